// When a printed number is wrong, finds the known slip that produces it: another quantity's value (swapped index, wrong label) or parameters updated too early.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { explainRounds, parseTrained, trainedId } from './roundSlips.js';
import type { Replay } from './replayTraining.js';
import { layerGroups, runWithEarlyWeights } from './replayTraining.js';
import { atDecimals, printedDecimals } from './verdict.js';

/**
 * swapped-index: the value of a sibling (w5 ↔ w6, o1 ↔ o2); wrong-label: the value of a related quantity of the same
 * unit (its target, the parameter before or after its update); updated-too-early: the value the derivation gives
 * when some parameters already hold their updated values; arithmetic: the printed result does not follow from the
 * printed operands; iteration-count: the value after another number of rounds than the text says.
 */
export type SlipName = 'swapped-index' | 'wrong-label' | 'updated-too-early' | 'iteration-count' | 'arithmetic';

export const SLIP_NAMES: readonly SlipName[] = ['swapped-index', 'wrong-label', 'updated-too-early', 'iteration-count', 'arithmetic'];

export interface Slip {
  slip: SlipName;
  /** "0.7729 is the value of out_o2, not out_o1". */
  detail: string;
}

/** Finds the slips a wrong printed number is explained by; built once per document. */
export interface SlipFinder {
  /** The value of a sibling or a related quantity (swapped index, wrong label). */
  label(printed: string, subjectId: string): Slip | undefined;
  /** The value with some parameters already updated. */
  early(printed: string, subjectId: string): Slip | undefined;
}

interface EarlyUpdate {
  label: string;
  overrides: Map<string, number>;
}

/** Whether the printed digits are the value rounded or cut off at the printed precision. */
export function reproduces(printed: string, value: number): boolean {
  const d = printedDecimals(printed);
  const shown = Number(printed);
  // A whole number reproduces only a value that is that number to the first decimal (1 is not 1.4).
  if (d === 0 && Number(atDecimals(value, 1)) !== shown) return false;
  return Number(atDecimals(value, d)) === shown || Number(atDecimals(value, d, 'truncate')) === shown;
}

/** `exact` and `name` know trained$N$node ids (a node after N rounds); `replay` gives other rounds and orders. */
export function createSlipFinder(doc: DerivationDocument, candidateIds: readonly string[], exact: (id: string) => number, name: (id: string) => string, replay: Replay): SlipFinder {
  let early: EarlyUpdate[] | undefined;
  // Candidates indexed once by shape (siblings) and by node (its target, update, value after the update).
  const byShape = new Map<string, string[]>();
  const byNode = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, id: string): void => void m.set(k, [...(m.get(k) ?? []), id]);
  for (const id of candidateIds) {
    push(byShape, shapeOf(id), id);
    push(byNode, unitOf(id), id);
  }
  const related = (id: string): string[] => [...(byShape.get(shapeOf(id)) ?? []), ...(byNode.get(unitOf(id)) ?? [])];
  return {
    label(printed, subjectId) {
      const same = (id: string): Slip | undefined => {
        const kind = relation(subjectId, id);
        if (!kind || !safeReproduces(printed, () => exact(id))) return undefined;
        return { slip: kind, detail: `${printed} is the value of ${name(id)}, not ${name(subjectId)}` };
      };
      const trained = parseTrained(subjectId);
      const base = trained ? `v$${trained.node}` : subjectId;
      for (const candidate of related(base)) {
        const id = !trained ? candidate : candidate.startsWith('v$') ? trainedId(trained.rounds, candidate.slice(2)) : undefined;
        const s = id === undefined || id === subjectId ? undefined : same(id);
        if (s) return s;
      }
      return undefined;
    },
    early(printed, subjectId) {
      const trained = parseTrained(subjectId);
      if (trained) return explainRounds(printed, trained, replay, name);
      early ??= earlyUpdates(doc);
      return explainEarly(doc, early, printed, subjectId, name(subjectId));
    },
  };
}

const shapeOf = (id: string): string => id.replace(/\d+/g, '#');
const unit = (n: string): string => n.replace(/^(out|net|target|E)_/, '');
/** v$out_o1, v$target_o1, after$out_o1 → o1; v$w5, u$w5 → w5. */
const unitOf = (id: string): string => unit(id.split('$')[1] ?? '');

/** How two quantity ids are related: siblings differ only in their digits; a node, its target and its update share a unit. */
function relation(subject: string, other: string): SlipName | undefined {
  if (shapeOf(subject) === shapeOf(other)) return 'swapped-index';
  const [ka, a = ''] = subject.split('$');
  const [kb, b = ''] = other.split('$');
  const pair = `${ka}/${kb}`;
  if (['v/u', 'u/v', 'v/after', 'after/v'].includes(pair) && a === b) return 'wrong-label';
  if (pair === 'v/v' && a !== b && unit(a) === unit(b) && (a.startsWith('target_') || b.startsWith('target_'))) return 'wrong-label';
  return undefined;
}

function safeReproduces(printed: string, value: () => number): boolean {
  try {
    return reproduces(printed, value());
  } catch {
    return false;
  }
}

/** The last layer's parameters, then each earlier layer's, then all of them. */
function earlyUpdates(doc: DerivationDocument): EarlyUpdate[] {
  const groups = layerGroups(doc);
  if (groups.length > 1) groups.push(groups.flat());
  return groups.map((ws) => ({
    label: ws.join(', '),
    overrides: new Map(ws.map((w) => [`v$${w}`, doc.valuation.exact(`u$${w}`)])),
  }));
}

function explainEarly(doc: DerivationDocument, early: EarlyUpdate[], printed: string, subjectId: string, subject: string): Slip | undefined {
  const program = doc.valuation.evaluation.program;
  if (!program.slotOf.has(subjectId) || program.steps[program.slotOf.get(subjectId)!] === null) return undefined;
  for (const e of early) {
    let value: number;
    try {
      value = runWithEarlyWeights(program, new Map(), e.overrides).get(subjectId);
    } catch {
      continue;
    }
    if (!reproduces(printed, doc.valuation.exact(subjectId)) && reproduces(printed, value)) {
      return { slip: 'updated-too-early', detail: `${printed} is what ${subject} comes to with ${e.label} already updated (${atDecimals(value, 9)})` };
    }
  }
  return undefined;
}
