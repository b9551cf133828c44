// Explainers updated-too-early and iteration-count: the printed number is what the network gives with some weights updated too soon, or after another number of rounds.
import { parseQuantityId, qid } from '../../../derive/quantityRef.js';
import type { NetworkView } from '../../network/networkView.js';
import { layerGroups, runWithEarlyWeights, type UpdateOrder } from '../../network/replayTraining.js';
import { atDecimals } from '../verdict.js';
import { reproduces, type Slip } from './slip.js';

export type EarlyExplainer = (printed: string, subjectId: string) => Slip | undefined;

interface EarlyUpdate {
  label: string;
  overrides: Map<string, number>;
}

export function createEarlyExplainer(net: NetworkView): EarlyExplainer {
  let early: EarlyUpdate[] | undefined;
  return (printed, subjectId) => {
    const ref = parseQuantityId(subjectId);
    if (ref?.kind === 'trained') return explainRounds(net, printed, ref.quantity, ref.rounds);
    early ??= earlyUpdates(net);
    return explainEarly(net, early, printed, subjectId);
  };
}

/** The last layer's parameters, then each earlier layer's, then all of them. */
function earlyUpdates(net: NetworkView): EarlyUpdate[] {
  const groups = layerGroups(net.doc);
  if (groups.length > 1) groups.push(groups.flat());
  return groups.map((ws) => ({
    label: ws.join(', '),
    overrides: new Map(ws.map((w) => [qid.value(w), net.doc.valuation.exact(qid.update(w))])),
  }));
}

function explainEarly(net: NetworkView, early: EarlyUpdate[], printed: string, subjectId: string): Slip | undefined {
  const program = net.doc.valuation.evaluation.program;
  if (!program.slotOf.has(subjectId) || program.steps[program.slotOf.get(subjectId)!] === null) return undefined;
  for (const e of early) {
    let value: number;
    try {
      value = runWithEarlyWeights(program, new Map(), e.overrides).get(subjectId);
    } catch {
      continue;
    }
    if (!reproduces(printed, net.doc.valuation.exact(subjectId)) && reproduces(printed, value)) {
      return { slip: 'updated-too-early', detail: `${printed} is what ${net.nameOf(subjectId)} comes to with ${e.label} already updated (${atDecimals(value, 9)})` };
    }
  }
  return undefined;
}

const plural = (n: number): string => `${n} round${n === 1 ? '' : 's'}`;

/**
 * A value "after N rounds": the same rounds with the last layer updated first (Mazur's first code), then a round
 * count off by one or by a factor of ten, in either order.
 */
function explainRounds(net: NetworkView, printed: string, id: string, rounds: number): Slip | undefined {
  const other = [rounds - 1, rounds + 1, rounds * 10, rounds / 10].filter((n) => Number.isInteger(n) && n >= 1);
  const tries: [number, UpdateOrder][] = [[rounds, 'sequential'], ...other.flatMap((n): [number, UpdateOrder][] => [[n, 'text'], [n, 'sequential']])];
  for (const [r, order] of tries) {
    const value = net.replay.value(id, r, order);
    if (value === undefined || !reproduces(printed, value)) continue;
    const how = order === 'sequential' ? " if each layer's updated weights are used too early, in the gradients of the layers before it" : '';
    const slip = r === rounds ? 'updated-too-early' : 'iteration-count';
    const after = r === rounds ? '' : `, not ${plural(rounds)}`;
    return { slip, detail: `${printed} is ${net.nameOf(id)} after ${plural(r)}${after}${how} (${Number(value.toPrecision(9))})` };
  }
  return undefined;
}
