// An evaluation bar after an expression, f\bigg|_{z=2}: the expression at that point, read as evalat(f, z, 2) so the
// resolve stage can give it a value where the point is the network's own, and every other side stays read.
import { FunctionNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import type { MathCursor } from './mathCursor.js';
import { scriptRange } from './parseScripts.js';

/** The function evaluateSide reads an evaluation bar as: evalat(expression, variable, value). */
export const EVAL_AT = 'evalat';

/** After `\evalbar` (the tokenizer's mark for a sized bar followed by _): one name = one value in the subscript. */
export function parseEvalBar(c: MathCursor, node: MathNode, side: (c: MathCursor) => MathNode): MathNode {
  const bar = c.next();
  if (!c.isChar('_')) c.fail('a value at a stated point (|_{…}) with no point', bar);
  c.next();
  const r = scriptRange(c);
  const [variable, value] = c.within(r.from, r.to, () => {
    const name = side(c);
    if (!c.isChar('=')) c.fail('a value at a stated point (|_{…}) whose point is not one name = one value', bar);
    c.next();
    return [name, side(c)] as const;
  }, c.pos);
  if (!(variable instanceof SymbolNode)) c.fail('a value at a stated point (|_{…}) whose point is not one name = one value', bar);
  return new FunctionNode(new SymbolNode(EVAL_AT), [node, variable, value]);
}
