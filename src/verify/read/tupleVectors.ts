// A bare name given a tuple of numbers (x = (1, 2), y = (0, 1)) as a vector, so it is read entry by entry as a bracketed one is.
import { ArrayNode, FunctionNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { isBlank, parseCanonicalKey } from './canonicalName.js';
import type { MathChain } from './parseLatexMath.js';
import { isNumber } from './sideLiterals.js';

const LETTER = /^(?:[A-Za-z]|alpha|beta|gamma|delta|theta|mu|sigma|phi|psi|omega)$/;

/**
 * x = (1, 2), y = (0, 1): a bare name given a tuple of numbers is a vector, read entry by entry (x_1 = 1, x_2 = 2) as a
 * bracketed one is; a point (x, y) = (1, 2) or a call's arguments are not such a chain.
 */
export function tuplesAsVectors(chain: MathChain): MathChain {
  const isTuple = (n: MathNode): n is FunctionNode => n instanceof FunctionNode && n.fn.name === 'tuple' && n.args.every((a) => a.filter(isNumber).length === 1 && a.filter((x: MathNode) => x instanceof SymbolNode).length === 0);
  // a letter names a vector; a word (size = (1, 2), shape = (2, 3)) more often names a shape or a point
  const vectorName = chain.sides.some((s) => s.node instanceof SymbolNode && !isBlank(s.node) && LETTER.test(parseCanonicalKey(s.node.name).base) && parseCanonicalKey(s.node.name).sub === '');
  if (!vectorName || !chain.sides.some((s) => isTuple(s.node))) return chain;
  return { ...chain, sides: chain.sides.map((s) => (isTuple(s.node) ? { ...s, node: new ArrayNode([new ArrayNode(s.node.args)]) } : s)) };
}

