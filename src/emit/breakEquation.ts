// Breaks a printed LaTeX side that is too wide for its row at its top-level + and − into aligned continuation rows.
// The printer's own width model (texWidth) decides; a side that is one parenthesized sum (after a factor) breaks
// inside its parentheses, which then print as \Bigl( … \Bigr) (\left … \right cannot span rows).
import { estimateTexWidth } from './texWidth.js';

/** Ems a side may exceed its budget before it breaks at + (see breakSide). */
const SLACK = 6;

/** Where a printed side can break: before each binary + or − (or, for a product, each \cdot) outside every group. */
function splitAtTopLevel(side: string, ops: readonly string[] = [' + ', ' - ']): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < side.length; i++) {
    const rest = side.slice(i, i + 7);
    if (side[i] === '{' || rest.startsWith('\\left') || rest.startsWith('\\Bigl') || rest.startsWith('\\begin')) depth++;
    else if (side[i] === '}' || rest.startsWith('\\right') || rest.startsWith('\\Bigr') || rest.startsWith('\\end')) depth--;
    // The printer writes binary operators with a space on each side; a unary minus has none after it.
    else if (depth === 0 && ops.some((op) => side.startsWith(op, i)) && i > start) {
      pieces.push(side.slice(start, i).trim());
      start = i + 1;
    }
    if (rest.startsWith('\\begin') || rest.startsWith('\\end')) i += side.slice(i).indexOf('}', 1);
  }
  pieces.push(side.slice(start).trim());
  return pieces;
}

/** The index just after the \right) that closes the \left( at `from`, or -1. */
function closingParen(side: string, from = 0): number {
  let depth = 0;
  for (let i = from; i < side.length; i++) {
    if (side.startsWith('\\left', i)) depth++;
    else if (side.startsWith('\\right', i) && --depth === 0) return side.startsWith('\\right)', i) ? i + 7 : -1;
  }
  return -1;
}

/** Where the first parenthesis outside every group opens (the ( of \frac{1}{8}\left(…\right)), or -1. */
function firstTopLevelParen(side: string): number {
  let depth = 0;
  for (let i = 0; i < side.length; i++) {
    if (side.startsWith('\\left(', i) && depth === 0) return i;
    if (side[i] === '{' || side.startsWith('\\left', i)) depth++;
    else if (side[i] === '}' || side.startsWith('\\right', i)) depth--;
  }
  return -1;
}

/** Packs pieces into rows no wider than `budget` ems; a row never starts with a dangling operator. */
function pack(pieces: string[], budget: number): string[] {
  const rows: string[] = [];
  let row = '';
  for (const piece of pieces) {
    const candidate = row ? `${row} ${piece}` : piece;
    if (row && estimateTexWidth(candidate) > budget) rows.push(row), (row = piece);
    else row = candidate;
  }
  return [...rows, row];
}

/**
 * The slack a side may use: the model errs wide on names and operators but measures a digit at its printed width
 * (half an em), so only the share of the side that is not digits may run over (a row of 9-decimal numbers with 58%
 * digits, 5.8 ems over, ran 14 pt into the margin).
 */
function slackOf(side: string, width: number): number {
  const digits = 0.5 * (side.match(/[0-9]/g) ?? []).length;
  return SLACK * Math.max(0, 1 - digits / width);
}

/**
 * The rows of one side: itself when it fits `budget` ems, else its top-level terms packed greedily (each row after
 * the first begins with its operator). Pieces carry their operator: "+ \frac{a}{b}".
 */
export function breakSide(side: string, budget: number): string[] {
  // The width model errs wide (rows measure 7.7 to 9.3 pt an em, 38 ems at the worst): a side breaks at + only when it
  // is SLACK ems over, so a row that prints within the margin stays whole (a verify reader reads it as one statement).
  const width = estimateTexWidth(side);
  if (width <= budget) return [side];
  const pieces = splitAtTopLevel(side);
  if (pieces.length > 1) return width <= budget + slackOf(side, width) ? [side] : pack(pieces, budget);
  const inParens = breakInParens(side, budget);
  if (inParens) return inParens;
  // a long product of factors (a batch's δ of a hidden unit: ⅛(−(t − o)) · o(1 − o) · w_6 · h(1 − h)) breaks at its \cdot
  const factors = splitAtTopLevel(side, [' \\cdot ']);
  return factors.length > 1 && width > budget + SLACK / 2 ? pack(factors, budget) : [side];
}

/**
 * One parenthesized sum, alone or after a factor (\frac{1}{8}\left(E_{o1,e1} + … + E_{o1,e8}\right), a batch's mean),
 * broken inside its parentheses, with no slack: a run of subscripted names measures up to 9.2 pt an em (8 overran by 14 pt).
 */
function breakInParens(side: string, budget: number): string[] | undefined {
  const open = firstTopLevelParen(side);
  const close = open < 0 ? -1 : closingParen(side, open);
  // only a sum that ends the side: one inside a factor of a product (a(1 − a) · w) breaks with the product instead
  if (close < 0 || close !== side.length) return undefined;
  const inner = splitAtTopLevel(side.slice(open + 6, close - 7));
  if (inner.length < 2) return undefined;
  // the rows after the first begin with \quad and an operator, the last ends with \Bigr)
  const rows = pack(inner, budget - 4 - estimateTexWidth(side.slice(0, open)));
  rows[0] = `${side.slice(0, open)}\\Bigl(${rows[0]}`;
  rows[rows.length - 1] = `${rows.at(-1)}\\Bigr)${side.slice(close)}`;
  return rows;
}
