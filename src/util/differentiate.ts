// Symbolic derivative of a user's formula with mathjs, after expanding the functions mathjs does not know.
import { derivative, type MathNode } from './mathjs.js';
import { InputError, type SourceLocation } from './errors.js';
import { fn, neg, num, op, stripParens } from './mathNodes.js';

/** sigmoid(u) -> 1 / (1 + exp(-u)), so mathjs can differentiate it. */
export function expandSigmoid(node: MathNode): MathNode {
  return node.transform((n) => {
    const f = n as MathNode & { isFunctionNode?: boolean; fn?: { name?: string }; args?: MathNode[] };
    if (f.isFunctionNode && f.fn?.name === 'sigmoid' && f.args?.length === 1) {
      return op('/', num(1), op('+', num(1), fn('exp', neg(expandSigmoid(f.args[0]!)))));
    }
    return n;
  });
}

/** d node / d variable, simplified by mathjs. */
export function differentiate(node: MathNode, variable: string, where: SourceLocation): MathNode {
  try {
    return stripParens(derivative(expandSigmoid(node), variable));
  } catch (err) {
    throw new InputError(`cannot differentiate '${node.toString()}' by ${variable}: ${(err as Error).message.split(':')[0]}`, where);
  }
}
