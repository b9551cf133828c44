// Rule "a chain's last side is its value": a chain ending on numbers written for a quantity, with no result printed after them (= 0.0554 + -0.0190 + 0.0364), states that their value is the quantity's.
import { ArrayNode, ConstantNode, FunctionNode } from '../../util/mathjs.js';
import { readsAnySymbol } from '../../util/mathNodes.js';
import type { MathChain, MathSide } from '../read/parseLatexMath.js';
import type { ChainState } from './chainState.js';
import type { Claim } from './claim.js';
import { literalOf } from './claims/value.js';
import type { JudgeContext } from './judgeContext.js';
import { atDecimals } from './verdict.js';
import { filterTree } from '../../util/walkTree.js';

/** Beyond its numbers' rounding, by at least this share of the quantity (or of 1, for a small one), the side is wrong. */
const MARGIN = 0.01;

/**
 * The erratum of a chain whose last side, numbers under `=` for a named quantity of the network, gives a value that
 * neither its numbers' rounding nor a small margin explains; nothing where an operand was wrong already (that slip is
 * reported on its own) or where a result follows the side.
 */
export function unfinishedSideClaim(chain: MathChain, state: ChainState, ctx: JudgeContext): Claim[] {
  const last = chain.sides[chain.sides.length - 1]!;
  const { subject, carried } = state;
  if (chain.sides.length < 2 || chain.relations[chain.relations.length - 1] !== '=' || last.blank || literalOf(last)) return [];
  if (!numbersAlone(last) || !subject || carried.arithmeticSide !== last || carried.tainted || carried.arithmetic === undefined) return [];
  const expected = ctx.net.exact(subject.id);
  const value = carried.arithmetic;
  if (!Number.isFinite(expected)) return [];
  const off = Math.abs(value - expected);
  if (off <= 2 * (carried.slack?.() ?? 0) + MARGIN * Math.max(1, Math.abs(expected))) return [];
  return [{
    kind: 'formula', verdict: 'erratum', start: last.start, printed: last.source, subject: subject.source, quantity: subject.id,
    expected: atDecimals(expected, 9), detail: `the chain ends on these numbers, which give ${atDecimals(value, 9)}, not ${ctx.net.nameOf(subject.id)}`,
  }];
}

/**
 * Two printed numbers or more worked by plain arithmetic alone: no letter, no function (e^2 reads exp(2), yet a page
 * may name its error e), no list or vector ([0]), no constant the page did not print.
 */
function numbersAlone(side: MathSide): boolean {
  const constants = filterTree(side.node, (n) => n instanceof ConstantNode).length;
  const other = filterTree(side.node, (n) => n instanceof ArrayNode || n instanceof FunctionNode).length;
  return side.numbers.length >= 2 && constants === side.numbers.length && other === 0 && !readsAnySymbol(side.node);
}
