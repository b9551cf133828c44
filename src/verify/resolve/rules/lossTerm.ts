// Rule loss-term: E_k, differentiated by a quantity of output k and of nothing else (∂E_1/∂O_{out1}), is output k's term of a loss summed over the outputs.
import { qid } from '../../../derive/quantityRef.js';
import { parseCanonicalKey } from '../../read/canonicalName.js';
import { DERIVATIVE } from '../inference/derivativeOfNames.js';
import type { NameRule, RuleContext } from '../nameRule.js';

/** The letters a page writes the loss with. */
const LOSS_LETTERS = new Set(['E', 'L', 'J', 'C']);

export const lossTerm: NameRule = {
  name: 'loss-term',
  apply(table, ctx) {
    const terms = termsByOutput(ctx);
    if (terms.length === 0) return;
    for (const key of ctx.read.names) {
      const p = parseCanonicalKey(key);
      if (!LOSS_LETTERS.has(p.base) || !/^\d+$/.test(p.sub) || p.marks.length > 0 || p.layer !== '' || table.has(key)) continue;
      const term = terms[Number(p.sub) - 1];
      // the index is an output's only where every derivative of E_k the page writes is by a quantity of output k
      const units = ctx.read.quantityNames.flatMap((k) => {
        const m = DERIVATIVE.exec(k);
        return m && m[1] === key ? [unitOf(ctx, table.idOf(m[2]!))] : [];
      });
      if (term && units.length > 0 && units.every((u) => u === term.unit)) table.bind(key, { id: qid.value(term.id), rule: 'loss-term' });
    }
  },
};

/** The loss's terms in the order of the output layer's units (empty where the loss is not one term per output). */
function termsByOutput(ctx: RuleContext): { id: string; unit: string }[] {
  const layers = ctx.net.graph.layers;
  const outputs = layers[layers.length - 1] ?? [];
  const terms = [...ctx.net.graph.nodes.values()].filter((n) => n.kind === 'lossTerm');
  const ordered = outputs.map((u) => terms.find((t) => t.unit === u));
  return ordered.every((t) => t !== undefined) && terms.length === outputs.length ? ordered.map((t) => ({ id: t!.id, unit: t!.unit! })) : [];
}

function unitOf(ctx: RuleContext, id: string | undefined): string | undefined {
  return id === undefined ? undefined : ctx.net.nodeOf(id)?.unit;
}
