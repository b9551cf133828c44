// Rule error-word: the word error differentiated (∂error/∂weight, ∂Error/∂a) is the loss whose gradient the chain rule takes.
import { FunctionNode, SymbolNode, type MathNode } from '../../../util/mathjs.js';
import { qid } from '../../../derive/quantityRef.js';
import { nodeKey } from '../../read/canonicalName.js';
import { chainsOf } from '../../read/readDocument.js';
import { DERIVATIVE, derivativeId } from '../inference/derivativeOfNames.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import type { BindingTable } from '../bindingTable.js';
import { fitsOrSlip, onlyNumbers } from './printedFit.js';

/** The word for the error in the languages of the pages read (case aside). */
const ERROR = /^(?:error|err|fehler|erreur|errore|erro)$/i;

/**
 * A page that differentiates "the error" by a weight and by the output (∂error/∂weight = ∂error/∂a × …) means the loss:
 * the error function gradient descent lowers. Read so only where the page never writes the word alone (an error
 * written alone may be t − a, a program's `error = y - y_hat`) and the values it prints for those derivatives are
 * mostly the loss's gradients (one with its sign flipped or two digits swapped counts as the gradient printed with a slip).
 */
export const errorWord: NameRule = {
  name: 'error-word',
  apply(table, ctx) {
    const root = qid.value(ctx.net.graph.root);
    for (const word of differentiatedWords(ctx)) {
      if (table.has(word) || writtenAlone(ctx, word) || ctx.read.programFormulas.has(word)) continue;
      if (printedGradientsHold(table, ctx, word, root)) table.bind(word, { id: root, rule: 'error-word' });
    }
  },
};

/** The error words the page differentiates (the A of ∂A/∂B). */
function differentiatedWords(ctx: RuleContext): Set<string> {
  return new Set(ctx.read.quantityNames.flatMap((k) => {
    const of = DERIVATIVE.exec(k)?.[1];
    return of !== undefined && ERROR.test(of) ? [of] : [];
  }));
}

/** Whether the page writes the word outside a derivative (given a value or a formula of its own, or read by one). */
function writtenAlone(ctx: RuleContext, word: string): boolean {
  let alone = false;
  const visit = (node: MathNode): void => {
    if (alone || (node instanceof FunctionNode && node.fn.name === 'partial')) return;
    if (node instanceof SymbolNode && node.name === word) alone = true;
    else node.forEach((child) => visit(child));
  };
  for (const chain of chainsOf(ctx.read)) for (const side of chain.sides) visit(side.node);
  return alone;
}

/** Whether more of the numbers printed for ∂word/∂B (B a name already read) are the loss's gradients than not, one at least. */
function printedGradientsHold(table: BindingTable, ctx: RuleContext, word: string, root: string): boolean {
  let right = 0;
  let wrong = 0;
  for (const chain of chainsOf(ctx.read)) {
    const m = DERIVATIVE.exec(nodeKey(chain.sides[0]!.node) ?? '');
    if (m?.[1] !== word) continue;
    const id = derivativeId(ctx.net, root, table.idOf(m[2]!));
    if (id === undefined) continue;
    for (const side of chain.sides.slice(1)) {
      if (side.numbers.length !== 1 || !onlyNumbers(side.node)) continue;
      if (fitsOrSlip(side.numbers[0]!, ctx.net.valueOf(id))) right++;
      else wrong++;
    }
  }
  return right > wrong;
}
