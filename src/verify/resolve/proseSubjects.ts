// Resolves what each prose number is said to be (o_1, "the error", the k-th of "the outputs") to a quantity of the network.
import { parseQuantityId, qid } from '../../derive/quantityRef.js';
import type { NetworkView } from '../network/networkView.js';
import type { ProseNumber } from '../read/proseNumbers.js';
import type { BindingTable } from './bindingTable.js';
import { keyOfLatex } from './latexKey.js';

/** A prose number with the quantity it is about and that quantity's printed name. */
export interface ResolvedProse extends ProseNumber {
  id: string;
  name: string;
}

export function resolveProse(prose: readonly ProseNumber[], table: BindingTable, net: NetworkView): ResolvedProse[] {
  const g = net.graph;
  const last = g.layers[g.layers.length - 1] ?? [];
  const outputs = last.flatMap((u) => [...g.nodes.values()].filter((n) => n.unit === u && n.kind === 'activation').map((n) => qid.value(n.id)));
  const idOf = (p: ProseNumber): string | undefined => {
    switch (p.subject.kind) {
      case 'loss': return qid.value(g.root);
      case 'eta': return net.valueOf(qid.eta) === undefined ? undefined : qid.eta;
      case 'output': return p.subject.sole && outputs.length !== 1 ? undefined : outputs[p.subject.index];
      case 'everyWeight': return oneWeightValue(net);
      // one output unit per example: the example's place is its output's
      case 'example': return outputs.length === (g.examples ?? 1) ? outputs[p.subject.example - 1] : undefined;
      case 'name': {
        const key = keyOfLatex(p.subject.text);
        return key === null ? undefined : table.idOf(key);
      }
      // the gradient of what the network computes, on a name that is one of its nodes
      case 'gradient': {
        const key = keyOfLatex(p.subject.text);
        const ref = key === null ? undefined : parseQuantityId(table.idOf(key) ?? '');
        const id = ref?.kind === 'value' ? qid.adjoint(ref.node) : undefined;
        return id !== undefined && net.valueOf(id) !== undefined ? id : undefined;
      }
    }
  };
  return prose.flatMap((p) => {
    const id = idOf(p);
    return id === undefined ? [] : [{ ...p, id, name: p.subject.kind === 'everyWeight' ? 'every weight' : net.nameOf(id) }];
  });
}

/**
 * "Every weight 0.5" names a quantity only where the network's weights share one value: then the first weight stands
 * for them all; where they differ, the sentence is about some other setting and names none.
 */
function oneWeightValue(net: NetworkView): string | undefined {
  const weights = [...net.graph.nodes.values()].filter((n) => n.kind === 'param' && /^w/i.test(n.id)).map((n) => qid.value(n.id));
  const values = new Set(weights.map((id) => net.valueOf(id)));
  return weights.length > 0 && values.size === 1 && !values.has(undefined) ? weights[0] : undefined;
}
