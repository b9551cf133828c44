// Lines up a substituted side (0.40 * 0.5932 + …) with the formula before it (w_5 * out_{h1} + …): each printed number meets the name it replaces.
import { ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, type MathNode } from '../../util/mathjs.js';
import { nodeKey } from '../read/canonicalName.js';
import type { NumberLiteral } from '../read/mathCursor.js';

export interface Operand {
  /** Canonical key of the name in the formula (out_h1, ∂E_total/∂out_o1). */
  key: string;
  literal: NumberLiteral;
  /** The formula has −name where the numbers have one negative literal: e^{-net_{h1}} against e^{-0.3775}. */
  negated: boolean;
}

const unwrap = (n: MathNode): MathNode => (n instanceof ParenthesisNode ? unwrap(n.content) : n);

/** Pairs names with numbers where both trees have the same shape; where the shapes part, that branch gives no pairs. */
export function alignOperands(formula: MathNode, numbers: MathNode, literals: readonly NumberLiteral[]): Operand[] {
  const constants = numbers.filter((n) => n instanceof ConstantNode && typeof n.value === 'number');
  if (constants.length !== literals.length) return [];
  const literalOf = new Map(constants.map((c, i) => [c, literals[i]!]));
  const pairs: Operand[] = [];
  const walk = (f: MathNode, n: MathNode): void => {
    const [a, b] = [unwrap(f), unwrap(n)];
    const literal = literalOf.get(b);
    if (literal) {
      const key = nodeKey(a);
      if (key !== null) pairs.push({ key, literal, negated: false });
      const inner = a instanceof OperatorNode && a.fn === 'unaryMinus' ? nodeKey(unwrap(a.args[0]!)) : null;
      if (inner !== null && literal.value < 0) pairs.push({ key: inner, literal, negated: true });
      return;
    }
    const sameOperator = a instanceof OperatorNode && b instanceof OperatorNode && a.fn === b.fn;
    const sameFunction = a instanceof FunctionNode && b instanceof FunctionNode && a.fn.name === b.fn.name && a.fn.name !== 'partial';
    if ((sameOperator || sameFunction) && a.args.length === b.args.length) a.args.forEach((x, i) => walk(x, b.args[i]!));
  };
  walk(formula, numbers);
  return pairs;
}
