// Rule customary-letter: letters most texts use without defining them: \alpha and lr for the learning rate, t_k for the k-th target (d, the desired output, as printed), δ_o for the output's δ.
import { isQuantity, type BindingTable } from '../bindingTable.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import { parseQuantityId, qid } from '../../../derive/quantityRef.js';
import { printedValues } from '../agreement.js';

const LEARNING_RATE_WORDS = ['lr', 'LR', 'learningrate', 'learning_rate', 'learningRate'];

export const customaryLetter: NameRule = {
  name: 'customary-letter',
  apply(table, ctx) {
    const eta = table.get('eta');
    if (isQuantity(eta) && !ctx.read.names.has('eta')) table.bind('alpha', { id: eta.id, rule: 'customary-letter' });
    // lr (as code names it) and learning_rate spelt out are the learning rate whatever else the document writes
    if (isQuantity(eta)) for (const word of LEARNING_RATE_WORDS) table.bind(word, { id: eta.id, rule: 'customary-letter' });
    const targets = [...ctx.net.graph.nodes.values()].filter((n) => n.kind === 'target');
    bindOutputDelta(table, ctx, targets.flatMap((n) => (n.unit === undefined ? [] : [n.unit])));
    targets.forEach((n, k) => {
      const id = table.idOf(ctx.nodeKey(n.id) ?? '');
      if (id !== undefined) table.bind(`t_${k + 1}`, { id, rule: 'customary-letter' });
      // With one output, t alone is its target, unless the document gives t several values (t = 1, t = 2: a step counter),
      // or the file's optimizer counts steps and the page gives t a value the target does not have (At t = 1 …).
      if (id !== undefined && targets.length === 1 && printedValues(ctx, 't').size < 2 && !countsStepsAsT(ctx, id)) {
        table.bind('t', { id, rule: 'customary-letter' });
      }
      // d, the desired output (Haykin's d − y), where the page gives it the target's value and no other
      if (id !== undefined && targets.length === 1 && givesOnly(ctx, 'd', ctx.net.valueOf(id))) table.bind('d', { id, rule: 'customary-letter' });
    });
  },
};

/** Whether the page prints values for the name and every one is this value. */
function givesOnly(ctx: RuleContext, key: string, value: number | undefined): boolean {
  const printed = printedValues(ctx, key);
  return value !== undefined && printed.size > 0 && [...printed].every((v) => Math.abs(v - value) <= 1e-12 * Math.max(1, Math.abs(value)));
}

/** Under an optimizer whose step reads the counter t (Adam), a t the page sets to other than the target's value is the counter. */
function countsStepsAsT(ctx: RuleContext, targetId: string): boolean {
  const d = ctx.net.doc.derivation;
  if (!d.optimizer || !d.quantities.has(qid.optimizerConstant('t'))) return false;
  const target = ctx.net.valueOf(targetId);
  return [...printedValues(ctx, 't')].some((v) => target === undefined || Math.abs(v - target) > 1e-12);
}

/**
 * δ_o, the output's δ, where the network has one output unit and none named o; δ alone where it has one unit (its
 * sign the page's: rule opposite-sign reads δ = (t − y) y (1 − y) as minus it).
 */
function bindOutputDelta(table: BindingTable, ctx: RuleContext, outputs: readonly string[]): void {
  const d = ctx.net.doc.derivation;
  const deltaOf = (unit: string): string | undefined => {
    const net = [...ctx.net.graph.nodes.values()].find((n) => n.kind === 'net' && n.unit === unit);
    return net && d.quantities.has(qid.delta(net.id)) ? qid.delta(net.id) : undefined;
  };
  const out = outputs.length === 1 ? deltaOf(outputs[0]!) : undefined;
  if (out !== undefined && !ctx.net.graph.nodes.has('o')) table.bind('delta_o', { id: out, rule: 'customary-letter' });
  const deltas = [...d.quantities.keys()].filter((id) => parseQuantityId(id)?.kind === 'delta');
  if (deltas.length === 1 && deltas[0] === out) table.bind('delta', { id: out, rule: 'customary-letter' });
}
