// Among matrices a name before parentheses that is not a function multiplies them: δ^{(2)} (a^{(1)})^T is δ · (a)ᵀ, not a call.
import { FunctionNode, OperatorNode, ParenthesisNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { parseCanonicalKey } from './canonicalName.js';
import { ELEMENTWISE } from './parseMatrix.js';
import { FUNCTION_BASES } from './mathCommands.js';

/**
 * δ^{(2)} (a^{(1)})^T was read as a call δ(a) transposed; among matrices a name before parentheses that is not a
 * function multiplies them: δ · (a)ᵀ.
 */
export function asProducts(node: MathNode): MathNode {
  const inner = node instanceof FunctionNode && node.fn.name === 'transpose' ? node.args[0] : node;
  if (inner instanceof FunctionNode && inner.args.length === 1 && !isFunctionName(inner.fn.name)) {
    const arg = new ParenthesisNode(asProducts(inner.args[0]!));
    const right = inner === node ? arg : new FunctionNode(new SymbolNode('transpose'), [arg]);
    return new OperatorNode('*', 'multiply', [new SymbolNode(inner.fn.name), right], true);
  }
  if (node instanceof ParenthesisNode) return new ParenthesisNode(asProducts(node.content));
  if (node instanceof FunctionNode) return new FunctionNode(node.fn, node.args.map(asProducts));
  if (!(node instanceof OperatorNode)) return node;
  const out = new OperatorNode(node.op as never, node.fn as never, node.args.map(asProducts) as never, node.implicit);
  if (ELEMENTWISE.has(node)) ELEMENTWISE.add(out);
  return out;
}

function isFunctionName(name: string): boolean {
  const p = parseCanonicalKey(name);
  return FUNCTION_BASES.has(p.base) || p.marks.includes('prime') || ['transpose', 'partial', 'sum_over', 'norm', 'abs', 'exp', 'tuple', 'interval'].includes(name);
}
