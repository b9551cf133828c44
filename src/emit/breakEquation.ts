// Breaks a printed LaTeX side that is too wide for its row at its top-level + and − into aligned continuation rows.
// The printer's own width model (texWidth) decides; a side that is one parenthesized sum times a factor breaks
// inside its parentheses, which then print as \Bigl( … \Bigr) (\left … \right cannot span rows).
import { estimateTexWidth } from './texWidth.js';

/** Ems a side may exceed its budget before it breaks at + (see breakSide). */
const SLACK = 6;

/** Where a printed side can break: before each binary + or − outside every group. */
function splitAtTopLevel(side: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < side.length; i++) {
    const rest = side.slice(i, i + 7);
    if (side[i] === '{' || rest.startsWith('\\left') || rest.startsWith('\\begin')) depth++;
    else if (side[i] === '}' || rest.startsWith('\\right') || rest.startsWith('\\end')) depth--;
    // The printer writes binary operators with a space on each side; a unary minus has none after it.
    else if (depth === 0 && (rest.startsWith(' + ') || rest.startsWith(' - ')) && i > start) {
      pieces.push(side.slice(start, i).trim());
      start = i + 1;
    }
    if (rest.startsWith('\\begin') || rest.startsWith('\\end')) i += side.slice(i).indexOf('}', 1);
  }
  pieces.push(side.slice(start).trim());
  return pieces;
}

/** The index just after the \right) that closes the \left( at 0, or -1. */
function closingParen(side: string): number {
  let depth = 0;
  for (let i = 0; i < side.length; i++) {
    if (side.startsWith('\\left', i)) depth++;
    else if (side.startsWith('\\right', i) && --depth === 0) return side.startsWith('\\right)', i) ? i + 7 : -1;
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
 * The rows of one side: itself when it fits `budget` ems, else its top-level terms packed greedily (each row after
 * the first begins with its operator). Pieces carry their operator: "+ \frac{a}{b}".
 */
export function breakSide(side: string, budget: number): string[] {
  // The width model errs wide (rows measure 7.7 to 9.3 pt an em, 38 ems at the worst): a side breaks at + only when it
  // is SLACK ems over, so a row that prints within the margin stays whole (a verify reader reads it as one statement).
  if (estimateTexWidth(side) <= budget + SLACK) return [side];
  const pieces = splitAtTopLevel(side);
  if (pieces.length > 1) return pack(pieces, budget);
  if (!side.startsWith('\\left(')) return [side];
  const close = closingParen(side);
  if (close < 0) return [side];
  const inner = splitAtTopLevel(side.slice(6, close - 7));
  if (inner.length < 2) return [side];
  const rows = pack(inner, budget - 2);
  rows[0] = `\\Bigl(${rows[0]}`;
  rows[rows.length - 1] = `${rows.at(-1)}\\Bigr)${side.slice(close)}`;
  return rows;
}
