// Names written side by side with nothing between them (x1w1x2w2): read as their product, with the spelling kept for resolve.
import type { MathNode } from '../../util/mathjs.js';
import type { MathCursor } from './mathCursor.js';

/**
 * The product of names written side by side with no space, operator or script between them, by the letters and digits
 * they were written with: x1w1x2w2 is x_1 · w_1 · x_2 · w_2 to the grammar, but a network may have a quantity of that
 * very name (micrograd's sum node). Read knows no network: it keeps the spelling, and resolve decides which is meant.
 */
const SPELLINGS = new WeakMap<MathNode, string>();

/** Letters, then letters and digits: the spelling of one identifier. */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*$/;

/** Marks `product` (the juxtaposition just read) when its tokens, from token `from` to the cursor, spell one identifier. */
export function markGlued(c: MathCursor, from: number, product: MathNode): void {
  const first = c.tokens[from];
  const last = c.tokens[c.pos - 1];
  if (!first || !last || c.pos - from < 2) return;
  const spelling = c.src.slice(first.start, last.end);
  if (IDENTIFIER.test(spelling)) SPELLINGS.set(product, spelling);
}

/** The key under which resolve binds a network quantity whose name is this spelling (no name read elsewhere has it). */
export const gluedKey = (spelling: string): string => `glued:${spelling}`;

/** The key of a product written as one glued identifier, or null for any other node. */
export function gluedKeyOf(node: MathNode): string | null {
  const spelling = SPELLINGS.get(node);
  return spelling === undefined ? null : gluedKey(spelling);
}
