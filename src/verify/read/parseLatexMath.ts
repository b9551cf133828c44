// Parses one equation's LaTeX into chains of mathjs trees (a = b ≈ c → sides and relations); never throws: failures are skips.
import { SymbolNode, type MathNode } from '../../util/mathjs.js';
import { BLANK_NAME } from './canonicalName.js';
import { tokenize, type Token } from './latexTokens.js';
import { RELATIONS, type Relation } from './mathCommands.js';
import { MathCursor, notRead, ParseError, type NumberLiteral } from './mathCursor.js';
import { parseSide } from './parseExpression.js';
import { splitStatements, type StatementRange } from './splitStatements.js';

export type { NumberLiteral, Relation };

/** One side of a chain. Offsets are 0-based into the equation's LaTeX. */
export interface MathSide {
  node: MathNode;
  /** The LaTeX of this side as printed. */
  source: string;
  start: number;
  end: number;
  /** Numeric literals on this side, in order, with their printed text. */
  numbers: NumberLiteral[];
  /** A "?" placeholder or a side left empty ("E = ?", "\frac{\partial E}{\partial w} &="). */
  blank: boolean;
}

/** a = b = c ≈ d: sides[i] relations[i] sides[i + 1]. */
export interface MathChain {
  sides: MathSide[];
  relations: Relation[];
  source: string;
  start: number;
  end: number;
}

export interface SkippedMath {
  skipped: true;
  reason: string;
  /** 0-based offset into the equation's LaTeX where reading failed. */
  column: number;
}

export interface ParsedMath {
  skipped: false;
  /** The statements of the equation that parsed ("x = 1, y = 2" gives two chains). */
  chains: MathChain[];
  /** Statements of the same equation that did not parse. */
  failed: SkippedMath[];
  /** The equation number (\tag{1}, "\quad (5)"), if any. */
  tag?: string;
  /** Numbers of matrix statements that no entry's chain holds, with the reason. */
  unread?: { number: NumberLiteral; reason: string }[];
  /** Vectors of numbers whose chains read none of them (printedVectors.ts), for the judge to tie to a quantity by value. */
  vectors?: PrintedVector[];
}

export type MathParse = ParsedMath | SkippedMath;

/** A vector of numbers with nothing beside it to compare it with (printedVectors.ts). */
export interface PrintedVector {
  /** The name the chain gives the vector (`h(x)`, `dw_{ho}`), as printed. */
  name?: string;
  /** For a vector with no name: the plain-text label line right above its math (`l1_error`, `Sigmoid derivative (update weight)`). */
  label?: string;
  entries: NumberLiteral[];
  /** Read entry by entry under its name (`weights_1 = 0.39`): judged by value only where that name reads nothing. */
  named?: true;
}

export interface ParseOptions {
  /** Two-letter names to keep whole (by default "wx" is w·x; three or more letters are always one name). */
  words?: Iterable<string>;
  /** Longer equations are skipped (default 5000 characters). */
  maxLength?: number;
  /** The document's loss letter: where given, dZ, dW, db (deeplearning.ai's gradients) are read as ∂L/∂Z, ∂L/∂W, ∂L/∂b. */
  lossLetter?: string;
}

export const DEFAULT_MAX_LENGTH = 5000;

const skip = (reason: string, column: number): SkippedMath => ({ skipped: true, reason, column });

export function parseLatexMath(latex: string, options: ParseOptions = {}): MathParse {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (latex.length > maxLength) return skip(`equation is ${latex.length} characters long (limit ${maxLength})`, 0);
  try {
    const { tokens, error } = tokenize(latex, new Set(options.words ?? []), options.lossLetter);
    if (error) return skip(error.message, error.offset);
    const { statements, tag } = splitStatements(tokens, latex);
    if (statements.length === 0) return skip(tag !== undefined ? `only an equation number (${tag})` : emptyReason(tokens), 0);
    const chains: MathChain[] = [];
    const failed: SkippedMath[] = [];
    for (const s of statements) {
      try {
        chains.push(parseChain(tokens, latex, s));
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        failed.push(skip(e.message, e.offset));
      }
    }
    if (chains.length === 0) return failed[0]!;
    return tag !== undefined ? { skipped: false, chains, failed, tag } : { skipped: false, chains, failed };
  } catch (e) {
    // A bug or an exhausted stack must not take the whole document down with it.
    return skip(`could not read this equation (${e instanceof Error ? e.message : String(e)})`, 0);
  }
}

/** No statement: nothing at all, or only a separator written alone ($\to$, $\Rightarrow$ between words). */
function emptyReason(tokens: readonly Token[]): string {
  const only = tokens.map((t) => t.text.trim()).filter((t) => t !== '').join(' ');
  return only === '' ? 'empty equation' : `no equation, only ${only} (an arrow or separator between words)`;
}

function relationOf(t: Token | undefined): Relation | undefined {
  return t && (t.kind === 'char' || t.kind === 'command') ? RELATIONS[t.text] : undefined;
}

function parseChain(tokens: Token[], src: string, range: StatementRange): MathChain {
  const c = new MathCursor(tokens, src, range.from, range.to);
  const sides: MathSide[] = [];
  const relations: Relation[] = [];
  for (;;) {
    const start = c.offset();
    const first = c.numbers.length;
    const blank = c.atEnd() || relationOf(c.peek()) !== undefined;
    const node = blank ? new SymbolNode(BLANK_NAME) : parseSide(c);
    const end = blank ? start : lastEnd(tokens, c.pos, range.from);
    const numbers = c.numbers.slice(first);
    sides.push({ node, source: src.slice(start, end), start, end, numbers, blank: blank || isBlankNode(node) });
    const t = c.peek();
    if (!t) break;
    const r = relationOf(t) ?? (sides.length === 1 && isColon(t) ? labelColon(tokens, src, c, range, sides[0]!) : undefined);
    if (r === LABEL) return parseChain(tokens, src, { from: c.pos + 1, to: range.to });
    if (!r) return c.fail(notRead(t), t);
    c.next();
    relations.push(r);
  }
  const start = sides[0]!.start;
  const end = sides[sides.length - 1]!.end;
  return { sides, relations, source: src.slice(start, end), start, end };
}

const LABEL = Symbol('label');
const isColon = (t: Token): boolean => t.kind === 'char' && t.text === ':';

/**
 * A colon after the chain's first side labels it, as worked lists write it: `NOR: \Theta = …` is a heading before an
 * equation of its own (the label is dropped), `W_{xh}: 0.5 - 0.1(-0.489) = 0.549` names the working after it (the
 * colon reads as "="). Anything else (a ratio a : b) stays unread.
 */
function labelColon(tokens: Token[], src: string, c: MathCursor, range: StatementRange, first: MathSide): Relation | typeof LABEL | undefined {
  if (first.blank) return undefined;
  let rest: MathChain | undefined;
  try {
    rest = parseChain(tokens, src, { from: c.pos + 1, to: range.to });
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
  }
  if (!rest || rest.sides.length < 2) return undefined;
  const head = rest.sides[0]!;
  if (!head.blank && head.numbers.length === 0 && rest.relations[0] === '=') return LABEL;
  return first.node instanceof SymbolNode && first.numbers.length === 0 ? '=' : undefined;
}

function isBlankNode(node: MathNode): boolean {
  return node instanceof SymbolNode && node.name === BLANK_NAME;
}

/** End offset of the last token consumed before `pos`, passing over spacing commands. */
function lastEnd(tokens: Token[], pos: number, from: number): number {
  let k = pos - 1;
  while (k > from && tokens[k]!.kind === 'command' && /^\\(?:[,;:! ]|q?quad)$/.test(tokens[k]!.text)) k--;
  return tokens[k]?.end ?? 0;
}
