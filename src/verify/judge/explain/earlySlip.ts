// Explainers updated-too-early and iteration-count: the printed number is what the network gives with some weights updated too soon, or after another number of rounds.
import { parseQuantityId, qid } from '../../../derive/quantityRef.js';
import type { NetworkView } from '../../network/networkView.js';
import { layerGroups, runWithEarlyWeights, type UpdateOrder } from '../../network/replayTraining.js';
import { atDecimals, printedDecimals } from '../verdict.js';
import { reproduces, type Slip } from './slip.js';

export type EarlyExplainer = (printed: string, subjectId: string, pagePrinted?: (id: string) => string | undefined) => Slip | undefined;

interface EarlyUpdate {
  label: string;
  params: string[];
  overrides: Map<string, number>;
}

export function createEarlyExplainer(net: NetworkView): EarlyExplainer {
  let early: EarlyUpdate[] | undefined;
  return (printed, subjectId, pagePrinted) => {
    const ref = parseQuantityId(subjectId);
    if (ref?.kind === 'trained') return explainRounds(net, printed, ref.quantity, ref.rounds);
    early ??= earlyUpdates(net);
    return explainEarly(net, early, printed, subjectId) ?? (pagePrinted && explainEarly(net, asPrinted(early, pagePrinted), printed, subjectId, ' as the page printed them'));
  };
}

/** The last layer's parameters, then each earlier layer's, then all of them. */
function earlyUpdates(net: NetworkView): EarlyUpdate[] {
  const groups = layerGroups(net.doc);
  if (groups.length > 1) groups.push(groups.flat());
  return groups.map((ws) => ({
    label: ws.join(', '),
    params: ws,
    overrides: new Map(ws.map((w) => [qid.value(w), net.doc.valuation.exact(qid.update(w))])),
  }));
}

/**
 * The same early updates with the values the page printed for them (its own rounding carried into them): a number
 * copied from the page's updated weight is that weight used too early, to its last digit. Only groups the page printed
 * an update of.
 */
function asPrinted(early: EarlyUpdate[], pagePrinted: (id: string) => string | undefined): EarlyUpdate[] {
  return early.flatMap((e) => {
    const shown = e.params.map((w) => Number(pagePrinted(qid.update(w))?.replace('−', '-') ?? NaN));
    if (!shown.some(Number.isFinite)) return [];
    const overrides = new Map(e.params.map((w, k) => [qid.value(w), Number.isFinite(shown[k]!) ? shown[k]! : e.overrides.get(qid.value(w))!]));
    return [{ ...e, overrides }];
  });
}

function explainEarly(net: NetworkView, early: EarlyUpdate[], printed: string, subjectId: string, how = ''): Slip | undefined {
  const program = net.doc.valuation.evaluation.program;
  if (!program.slotOf.has(subjectId) || program.steps[program.slotOf.get(subjectId)!] === null) return undefined;
  for (const e of early) {
    let value: number;
    try {
      value = runWithEarlyWeights(program, new Map(), e.overrides).get(subjectId);
    } catch {
      continue;
    }
    if (!reproduces(printed, net.doc.valuation.exact(subjectId)) && reproduces(printed, value) && movesLastDigit(printed, value, net.doc.valuation.exact(subjectId))) {
      return { slip: 'updated-too-early', detail: `${printed} is what ${net.nameOf(subjectId)} comes to with ${e.label} already updated${how} (${atDecimals(value, 9)})` };
    }
  }
  return undefined;
}

/**
 * Whether the early update moves the value by a unit of the printed last place at least: −0.014 for ∂J/∂b = −0.013386
 * is no weight updated too early because that gives −0.013722 — a shift of a third of a unit, which any rounding
 * carried into the number matches as well (the page's 2 × −0.007).
 */
function movesLastDigit(printed: string, early: number, exact: number): boolean {
  return Math.abs(early - exact) >= 10 ** -printedDecimals(printed) * (1 - 1e-9);
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
