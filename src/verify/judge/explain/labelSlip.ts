// Explainers swapped-index and wrong-label: the printed number is the value of another quantity (a sibling, its target, the parameter before or after its update).
import { parseQuantityId, qid, type QuantityRef } from '../../../derive/quantityRef.js';
import type { NetworkView } from '../../network/networkView.js';
import { reproduces, type Slip, type SlipName } from './slip.js';

/** Finds the related quantity whose value a wrong printed number is; candidates indexed once by shape and by unit. */
export type LabelExplainer = (printed: string, subjectId: string) => Slip | undefined;

export function createLabelExplainer(net: NetworkView, candidateIds: readonly string[]): LabelExplainer {
  const unitOf = (id: string): string => unitKey(net, id);
  // indexed on the first wrong number (a document with none asks nothing)
  let index: { byShape: Map<string, string[]>; byUnit: Map<string, string[]> } | undefined;
  const indexed = (): NonNullable<typeof index> => {
    if (index) return index;
    const made = { byShape: new Map<string, string[]>(), byUnit: new Map<string, string[]>() };
    const push = (m: Map<string, string[]>, k: string, id: string): void => void (m.get(k) ?? m.set(k, []).get(k)!).push(id);
    for (const id of candidateIds) {
      push(made.byShape, shapeOf(id), id);
      push(made.byUnit, unitOf(id), id);
    }
    return (index = made);
  };
  // siblings first, the one whose index differs least first (∂net_o1/∂w_5 for ∂net_o1/∂w_6 before ∂net_o2/∂w_7 of the
  // same value); then the quantities of the same unit
  const related = (id: string): string[] => [...byIndexDistance(id, indexed().byShape.get(shapeOf(id)) ?? []), ...(indexed().byUnit.get(unitOf(id)) ?? [])];
  return (printed, subjectId) => {
    const same = (id: string): Slip | undefined => {
      const kind = relation(net, subjectId, id, unitOf);
      if (!kind || !safeReproduces(printed, () => net.exact(id)) || (kind !== 'swapped-index' && !beyondChance(printed, () => net.exact(id)))) return undefined;
      return { slip: kind, detail: `${printed} is the value of ${net.nameOf(id)}, not ${net.nameOf(subjectId)}` };
    };
    const ref = parseQuantityId(subjectId);
    const trained = ref?.kind === 'trained' ? ref : undefined;
    const base = trained ? trained.quantity : subjectId;
    for (const candidate of related(base)) {
      const c = parseQuantityId(candidate);
      const id = !trained ? candidate : c ? qid.trained(trained.rounds, c.kind === 'value' ? c.node : candidate) : undefined;
      const s = id === undefined || id === subjectId ? undefined : same(id);
      if (s) return s;
    }
    return undefined;
  };
}

/** Candidates in order of how many of their numbers differ from the subject's (a stable sort: ties keep their order). */
function byIndexDistance(subject: string, candidates: readonly string[]): string[] {
  const digits = (id: string): string[] => id.match(/\d+/g) ?? [];
  const mine = digits(subject);
  const distance = (id: string): number => {
    const theirs = digits(id);
    return theirs.length !== mine.length ? Infinity : theirs.filter((d, i) => d !== mine[i]).length;
  };
  return candidates.map((id, i) => ({ id, i, d: distance(id) })).sort((a, b) => a.d - b.d || a.i - b.i).map((c) => c.id);
}

/** Siblings differ only in their digits: v$out_o1 and v$out_o2, g$w5 and g$w6. */
const shapeOf = (id: string): string => id.replace(/\d+/g, '#');

/** The unit a quantity belongs to, from the graph: out_o1, target_o1, E_o1 → o1; a parameter is its own unit. */
function unitKey(net: NetworkView, id: string): string {
  const node = net.nodeOf(id);
  return node ? node.unit ?? node.id : '';
}

/** The value before the update where the one after it belongs is stale; the one after where the one before belongs, too early. */
const SAME_NODE_PAIRS: Readonly<Record<string, SlipName>> = {
  'update/value': 'stale-value', 'afterUpdate/value': 'stale-value', 'value/update': 'updated-too-early', 'value/afterUpdate': 'updated-too-early',
};

/** How two quantities are related: siblings by shape; a node, its target and its update by unit. */
function relation(net: NetworkView, subject: string, other: string, unitOf: (id: string) => string): SlipName | undefined {
  if (shapeOf(subject) === shapeOf(other)) return 'swapped-index';
  const [a, b] = [parseQuantityId(subject), parseQuantityId(other)];
  if (!a || !b) return undefined;
  const node = (r: QuantityRef): string | undefined => ('node' in r ? r.node : undefined);
  const pair = SAME_NODE_PAIRS[`${a.kind}/${b.kind}`];
  if (pair && node(a) === node(b)) return pair;
  const isTarget = (id: string): boolean => net.nodeOf(id)?.kind === 'target';
  if (a.kind === 'value' && b.kind === 'value' && a.node !== b.node && unitOf(subject) === unitOf(other) && (isTarget(subject) || isTarget(other))) return 'wrong-label';
  return undefined;
}

function safeReproduces(printed: string, value: () => number): boolean {
  try {
    return reproduces(printed, value());
  } catch {
    return false;
  }
}

/**
 * Whether the printed digits tell a quantity's value before or after its update (or its target) apart from chance:
 * printed as it is (a given 0.2, a target 0.01), or with three significant digits or more. An update moves a value
 * by a small step, so a two-digit slip often lands on the other one (0.42 for 0.44, where the updated value is
 * 0.4201…). A sibling is another matter: a swap of two printed numbers shows whatever their digits.
 */
function beyondChance(printed: string, value: () => number): boolean {
  const digits = printed.replace(/^[-+]?[0.]*/, '').replace('.', '').replace(/e.*$/i, '').length;
  if (digits >= 3) return true;
  try {
    return Math.abs(Number(printed) - value()) <= 1e-12 * Math.max(1, Math.abs(value()));
  } catch {
    return false;
  }
}
