// Reads a matrix environment (bmatrix, pmatrix, Bmatrix, matrix, smallmatrix, array) or a bracketed list [a, b] into a mathjs ArrayNode of rows.
import { ArrayNode, ParenthesisNode, type MathNode } from '../../util/mathjs.js';
import type { Grammar } from './grammar.js';
import { parseCases } from './parseCases.js';
import type { MathCursor } from './mathCursor.js';
import type { Token } from './latexTokens.js';

/** Products written \odot or \circ: element by element when their operands are matrices. */
export const ELEMENTWISE = new WeakSet<MathNode>();

/** Environments whose body is a grid of entries: & between columns, \\ between rows. */
const GRIDS = new Set(['bmatrix', 'pmatrix', 'Bmatrix', 'matrix', 'smallmatrix', 'array', 'bmatrix*', 'pmatrix*']);
/** Environments that look like matrices but mean something else. */
const NOT_MATRICES: Readonly<Record<string, string>> = {
  vmatrix: 'a determinant (vmatrix) is not read',
  Vmatrix: 'a norm written as Vmatrix is not read',
};

/** Case splits: one value per condition (read by parseCases). */
const CASES = new Set(['cases', 'dcases', 'rcases', 'cases*']);

/** Called with the cursor just past \begin: reads {env}, the grid and \end{env}. */
export function parseMatrixEnvironment(c: MathCursor, g: Grammar, begin: Token): MathNode {
  const env = environmentName(c, begin);
  if (NOT_MATRICES[env]) return c.fail(NOT_MATRICES[env]!, begin);
  if (CASES.has(env)) {
    const split = parseCases(c, g, begin, matchingEnd(c, begin));
    environmentName(c, begin); // {env} after \end
    return split;
  }
  if (!GRIDS.has(env)) return c.fail(`\\begin{${env}} is not read yet`, begin);
  if (env === 'array' && c.peek()?.kind === 'lbrace') c.pos = c.peek()!.match! + 1; // the column spec {cc}
  const close = matchingEnd(c, begin);
  const rows = c.within(c.pos, close, () => readRows(c, g), close + 1);
  environmentName(c, begin); // {env} after \end
  const width = rows[0]!.length;
  if (rows.some((r) => r.length !== width)) return c.fail(`the rows of this ${env} have different lengths`, begin);
  return new ArrayNode(rows.map((r) => new ArrayNode(r)));
}

function environmentName(c: MathCursor, at: Token): string {
  const open = c.peek();
  if (open?.kind !== 'lbrace' || open.match === undefined) return c.fail('an environment without a name', at);
  const name = c.tokens.slice(c.pos + 1, open.match).map((t) => t.text).join('');
  c.pos = open.match + 1;
  return name;
}

/** The index of the \end that closes the \begin just read, counting nested environments. */
function matchingEnd(c: MathCursor, begin: Token): number {
  let depth = 0;
  for (let k = c.pos; k < c.tokens.length; k++) {
    const t = c.tokens[k]!;
    if (t.kind !== 'command') continue;
    if (t.text === '\\begin') depth++;
    else if (t.text === '\\end' && depth-- === 0) return k;
  }
  return c.fail('an environment that is never closed (no \\end)', begin);
}

function readRows(c: MathCursor, g: Grammar): MathNode[][] {
  const rows: MathNode[][] = [];
  let row: MathNode[] = [];
  for (;;) {
    if (c.isCommand('\\hline')) { c.next(); continue; }
    if (c.atEnd()) break;
    row.push(g.side(c));
    if (c.isChar('&')) {
      c.next();
      continue;
    }
    rows.push(row);
    row = [];
    if (!c.isCommand('\\\\')) break;
    c.next();
    if (c.peek()?.kind === 'open' && c.peek()!.text === '[') c.pos = c.peek()!.match! + 1; // \\[2pt]
  }
  if (row.length > 0) rows.push(row);
  if (rows.length === 0) return c.fail('an empty matrix');
  return rows;
}

/**
 * [a, b, c] is a row vector and [[a, b], [c, d]] a matrix of rows, as code and many posts write them (read like a
 * bmatrix); [x] alone is a bracketed expression.
 */
export function bracketVector(items: MathNode[]): MathNode {
  const rows = items.map((i) => (i instanceof ArrayNode && i.items.length === 1 && i.items[0] instanceof ArrayNode ? i.items[0] : undefined));
  if (items.length === 1) return rows[0] ? items[0]! : new ParenthesisNode(items[0]!);
  if (rows.every((r) => r !== undefined) && rows.every((r) => r!.items.length === rows[0]!.items.length)) return new ArrayNode(rows as ArrayNode[]);
  return new ArrayNode([new ArrayNode(items)]);
}
