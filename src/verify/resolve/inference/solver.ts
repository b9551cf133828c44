// Finds what a formula in the document's own notation is: the one quantity it equals at the network's values and at other points.
import type { FunctionNode, MathNode } from '../../../util/mathjs.js';
import { forEachSymbol } from '../../../util/mathNodes.js';
import { parseQuantityId, qid } from '../../../derive/quantityRef.js';
import { BLANK_NAME, ELLIPSIS_NAME, parseCanonicalKey } from '../../read/canonicalName.js';
import type { NetworkView } from '../../network/networkView.js';
import type { BindingTable } from '../bindingTable.js';
import { evaluateSide } from '../evaluateSide.js';
import { namesBoundBySums } from '../sumOver.js';
import { createLookup } from '../lookup.js';
import { callQuantity } from '../callQuantity.js';
import { sameFloat } from '../../network/floatEquality.js';

/** The engine's quantity kinds, in the order a name is taken to mean them when several have the same values everywhere. */
const PREFERENCE = ['value', 'delta', 'adjoint', 'termPartial', 'partial', 'contribution', 'update'];
/** At most this many unknown leaves in one formula, and this many candidate leaves: a search, not an explosion. */
export const MAX_UNKNOWN = 2;
export const MAX_LEAVES = 40;

/** A reading of a formula: the quantity it is (and every quantity equal to it everywhere, best first), and its leaves. */
export interface Solution {
  same: string[];
  /** The quantity ids given to the formula's unknown names. */
  assign: Map<string, string>;
}

export interface Solver {
  /** What a formula may read without defining: inputs, targets, parameters and the learning rate. */
  leaves: readonly string[];
  /** Names and derivatives in a formula that the table does not know. */
  unknownNames(node: MathNode): string[];
  /**
   * The one quantity (and assignment of the unknown leaves) the formula equals at the network's values and at every
   * other point; each unknown name among all leaves, or among its own candidates where they are given.
   */
  solve(formula: MathNode, unknown: readonly string[], candidates?: (name: string) => readonly string[]): Solution | undefined;
  /** The one assignment of the unknown leaves under which the formula is the given quantity everywhere. */
  solveLeaves(formula: MathNode, unknown: readonly string[], subject: string): Map<string, string> | undefined;
}

/** Whether a formula writes a name or derivative the table does not know (what unknownNames would list). */
export function writesUnknownName(node: MathNode, table: BindingTable): boolean {
  let unknown = false;
  forEachSymbol(node, (name) => void (unknown ||= name !== BLANK_NAME && name !== ELLIPSIS_NAME && !table.has(name)));
  return unknown;
}

/** Built once, after the static rules: the candidates are the quantities the table names at that moment. */
export function createSolver(table: BindingTable, net: NetworkView): Solver {
  const byId = table.ids();
  const leaves = byId.filter((id) => {
    const ref = parseQuantityId(id);
    if (ref?.kind === 'eta') return true;
    const node = ref?.kind === 'value' ? net.graph.nodes.get(ref.node) : undefined;
    return node !== undefined && (node.kind === 'input' || node.kind === 'target' || node.kind === 'param');
  });
  // The total loss before a loss term equal to it (one output): documents mean the total by L, E, J or C.
  const root = qid.value(net.graph.root);
  const candidates = [...byId].sort((a, b) => (a === root ? -1 : b === root ? 1 : rank(a) - rank(b)));
  const near = createNear(candidates, net);
  // σ(z_1), sigmod(a_1): an activation of a net the table knows is that unit's output, at any point
  const call = (node: FunctionNode): string | undefined => callQuantity(node, table, net);
  const lookupWith = (assign: ReadonlyMap<string, string>, at: (id: string) => number | undefined) => createLookup(table, at, net.units, assign, call);
  const at = (id: string): number | undefined => net.valueOf(id);

  const subscriptAgrees = (name: string, id: string): boolean => {
    const sub = parseCanonicalKey(name).sub;
    const ref = parseQuantityId(id);
    const node = ref?.kind === 'value' ? net.graph.nodes.get(ref.node) : undefined;
    return /^\d+$/.test(sub) && node?.index !== undefined && Number(sub) === node.index;
  };
  // x_1^{(2)}, y^{(2)}: in a file with examples, a numbered superscript is the example (as Ng numbers them)
  const exampleAgrees = (name: string, id: string): boolean => {
    const layer = parseCanonicalKey(name).layer;
    const ref = parseQuantityId(id);
    const node = ref?.kind === 'value' ? net.graph.nodes.get(ref.node) : undefined;
    return /^\d+$/.test(layer) && node?.example !== undefined && Number(layer) === node.example;
  };
  /**
   * The one reading, or among several the one whose leaves agree with the names' subscripts (y_1 is the first output's
   * target), or else with their superscripts as example numbers.
   */
  const only = (readings: Map<string, string>[]): Map<string, string> | undefined => {
    if (readings.length <= 1) return readings[0];
    for (const agrees of [subscriptAgrees, exampleAgrees]) {
      const agreeing = readings.filter((assign) => [...assign].every(([name, id]) => agrees(name, id)));
      if (agreeing.length === 1) return agreeing[0];
    }
    return undefined;
  };

  return {
    leaves,
    unknownNames(node) {
      const out = new Set<string>();
      const bound = namesBoundBySums(node);
      forEachSymbol(node, (name) => {
        if (name !== BLANK_NAME && name !== ELLIPSIS_NAME && !table.has(name) && !bound.has(name)) out.add(name);
      });
      return [...out];
    },
    solve(formula, unknown, candidates = () => leaves) {
      const matches: Solution[] = [];
      for (const assign of assignments(unknown, candidates)) {
        const here = evaluateSide(formula, lookupWith(assign, at));
        if (here.value === undefined || here.names === 0) continue;
        const points = net.points().map((p) => evaluateSide(formula, lookupWith(assign, (id) => p.value(id))).value);
        if (points.some((x) => x === undefined) || constant(here.value, points as number[])) continue;
        const same = near(here.value).filter((id) => net.points().every((p, i) => close(p.value(id), points[i]!)));
        if (same.length > 0) matches.push({ same, assign });
      }
      // Two readings of the same formula: only the one whose leaves agree with the subscripts, else none.
      const assign = only(matches.map((m) => m.assign));
      return assign ? matches.find((m) => m.assign === assign) : undefined;
    },
    solveLeaves(formula, unknown, subject) {
      const found: Map<string, string>[] = [];
      const target = at(subject);
      if (target === undefined) return undefined;
      for (const assign of assignments(unknown, () => leaves)) {
        const here = evaluateSide(formula, lookupWith(assign, at)).value;
        if (here === undefined || !close(here, target)) continue;
        const elsewhere = net.points().map((p) => evaluateSide(formula, lookupWith(assign, (id) => p.value(id))).value);
        const everywhere = elsewhere.every((x, i) => x !== undefined && close(net.points()[i]!.value(subject), x));
        if (everywhere && !constant(here, elsewhere as number[])) found.push(assign);
      }
      return only(found);
    },
  };
}

/**
 * Candidates sorted by value, so a formula's value finds its few equals by binary search (a table of a large
 * network has 10^5 quantities and a document may define dozens of names). Equals come in the candidates' order.
 */
function createNear(candidates: readonly string[], net: NetworkView): (x: number) => string[] {
  let byValue: { id: string; v: number; order: number }[] | undefined;
  return (x) => {
    byValue ??= candidates.flatMap((id, order) => {
      const v = net.valueOf(id);
      return v === undefined ? [] : [{ id, v, order }];
    }).sort((a, b) => a.v - b.v);
    const tol = 1e-9 * Math.max(1, Math.abs(x));
    let lo = 0;
    let hi = byValue.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byValue[mid]!.v < x - tol) lo = mid + 1;
      else hi = mid;
    }
    const found: { id: string; order: number }[] = [];
    for (let i = lo; i < byValue.length && byValue[i]!.v <= x + tol; i++) if (close(byValue[i]!.v, x)) found.push(byValue[i]!);
    return found.sort((a, b) => a.order - b.order).map((f) => f.id);
  };
}

/** Every way to give the unknown names distinct leaves, each among its candidates (one empty assignment when nothing is unknown). */
function* assignments(unknown: readonly string[], candidates: (name: string) => readonly string[], taken = new Map<string, string>()): Generator<Map<string, string>> {
  if (taken.size === unknown.length) {
    yield new Map(taken);
    return;
  }
  const name = unknown[taken.size]!;
  for (const leaf of candidates(name)) {
    if ([...taken.values()].includes(leaf)) continue;
    taken.set(name, leaf);
    yield* assignments(unknown, candidates, taken);
    taken.delete(name);
  }
}

function rank(id: string): number {
  const kind = parseQuantityId(id)?.kind;
  const i = kind === undefined ? -1 : PREFERENCE.indexOf(kind);
  return i < 0 ? PREFERENCE.length : i;
}

/** A formula with the same value at every point identifies nothing (−log 1 is 0 like every zero quantity). */
function constant(here: number, elsewhere: readonly number[]): boolean {
  return elsewhere.every((x) => close(x, here));
}

/** Equal to float accuracy (sameFloat); an undefined value is close to nothing. */
export function close(a: number | undefined, b: number): boolean {
  return a !== undefined && sameFloat(a, b);
}
