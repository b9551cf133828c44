// What verify asks of the network, in one place: exact values (after N rounds too), names, definitions, hand calculations, other points.
import type { MathNode } from '../../util/mathjs.js';
import type { DerivationDocument } from '../../evaluate/derivationDocument.js';
import { quantityName } from '../../emit/quantityName.js';
import { runProgram, type Evaluation } from '../../evaluate/evaluateDerivation.js';
import type { RoundingMode } from '../../evaluate/numberPolicy.js';
import type { Graph, GraphNode } from '../../graph/types.js';
import { formatQuantityId, parseQuantityId, qid } from '../../derive/quantityRef.js';
import { givenValuesOf } from './givenValues.js';
import { createPoints, type Point } from './otherPoints.js';
import { createReplay, MAX_REPLAY_WORK, type Replay } from './replayTraining.js';

export type { Point };

/** An input, target or parameter: a value the network is given (what an example starts from), not one it computes. */
export function isGivenValue(net: NetworkView, id: string | undefined): boolean {
  if (id !== undefined && isOptimizerSetting(net, id)) return true;
  if (id === undefined || parseQuantityId(id)?.kind !== 'value') return false;
  const kind = net.nodeOf(id)?.kind;
  return kind === 'input' || kind === 'param' || kind === 'target';
}

/** The optimizer's constants (β₁, ε) and its starting state (m_0 = 0, pinned as trained$0$os$m$0$w): settings the file gives. */
export function isOptimizerSetting(net: NetworkView, id: string): boolean {
  const ref = parseQuantityId(id);
  if (ref?.kind === 'optimizerConstant') return true;
  const state = ref?.kind === 'trained' && ref.rounds === 0 ? ref.quantity : id;
  return parseQuantityId(state)?.kind === 'optimizerState' && net.doc.derivation.quantities.get(state)?.def === undefined;
}

/** The learning rate and the optimizer's constants: what a training rule is run with, the same for every network. */
export function isTrainingSetting(id: string | undefined): boolean {
  const kind = id === undefined ? undefined : parseQuantityId(id)?.kind;
  return kind === 'eta' || kind === 'optimizerConstant';
}

const AFTER_A_STEP: ReadonlySet<string> = new Set(['update', 'afterUpdate', 'trained', 'change']);

/** A value a step gives (w⁺, Δw, a value after the update or after N rounds): never what an example is given. */
export function isAfterAStep(id: string | undefined): boolean {
  return id !== undefined && AFTER_A_STEP.has(parseQuantityId(id)?.kind ?? '');
}

export interface NetworkView {
  doc: DerivationDocument;
  graph: Graph;
  /** The exact value of a quantity id; trained ids are replayed (NaN past the replay limit). Throws for ids without a value. */
  exact(id: string): number;
  /** The exact value, or undefined where there is none or it is not finite. */
  valueOf(id: string): number | undefined;
  /** How a quantity id prints in a report (w2, out_o1, "out_o1 after 1000 rounds"); other strings as they are. */
  nameOf(id: string): string;
  /** The definition of a node's value over quantity ids (v$net_h1 → v$w1 * v$i1 + …). */
  definition(id: string): MathNode | undefined;
  /** The quantity a `\leftarrow` assigns to: v$w5 → u$w5, or undefined when w is not updated. */
  updateOf(id: string): string | undefined;
  /** A node's value id after that many rounds; the id itself for what training does not change; undefined past the replay limit. */
  inRounds(id: string, rounds: number): string | undefined;
  /** Unit ids that a summation index ranges over: 'o' → ['o1', 'o2']. */
  units(index: string): string[];
  /** The graph node a quantity is about (its own node; `of` for partials), if any. */
  nodeOf(id: string): GraphNode | undefined;
  /** The network's given numbers (inputs, targets, parameters, as magnitudes): printed, they are exact, not rounded. */
  givenValues: ReadonlySet<number>;
  /**
   * The values a hand calculation at this many decimals gives, rounding or truncating each step, and what a program
   * coding the printed formulas (out(1 − out), not a stable form) prints in float64. With `sig`, each step keeps that
   * many significant digits instead (a page worked to three significant figures throughout).
   */
  hand(id: string, decimals: number, sig?: number): { rounded: number[]; truncated: number[]; floats: number[] };
  /** Other values of the leaves (fixed pseudo-random points); with `only`, of those leaves (node ids) alone. */
  points(only?: ReadonlySet<string>): readonly Point[];
  replay: Replay;
}

/** Kinds of quantity that have another value after each round of training, besides the nodes' own values. */
const MOVING = new Set(['partial', 'adjoint', 'delta', 'termPartial', 'contribution', 'optimizerState']);

/** Each derivation's view, kept while the derivation lives: its hand calculations, points and replays are made once for every document checked against it. */
const views = new WeakMap<DerivationDocument, NetworkView>();

export function createNetworkView(doc: DerivationDocument): NetworkView {
  return views.get(doc) ?? views.set(doc, makeView(doc)).get(doc)!;
}

function makeView(doc: DerivationDocument): NetworkView {
  const graph = doc.derivation.graph;
  const program = doc.valuation.evaluation.program;
  const replay = createReplay(doc);
  const exact = (id: string): number => {
    // most ids are plain quantities (v$…, g$…, pd$…): only minus, change and trained ids are taken apart
    if (replay.ownRule && (id.startsWith('u$') || id.startsWith('after$'))) return afterOneStep(id);
    if (!id.startsWith('neg$') && !id.startsWith('dw$') && !id.startsWith('trained$')) return doc.valuation.exact(id);
    const ref = parseQuantityId(id);
    if (ref?.kind === 'negated') return -exact(formatQuantityId(ref.of));
    // Δw of a derivation without --delta-w lines: w − w⁺
    if (ref?.kind === 'change' && !doc.derivation.quantities.has(id)) return exact(qid.value(ref.node)) - exact(qid.update(ref.node));
    return ref?.kind === 'trained' ? replay.value(ref.quantity, ref.rounds, 'text') ?? Number.NaN : doc.valuation.exact(id);
  };
  // w⁺ and a value after the update, under the file's optimizer: one step of its rule
  const afterOneStep = (id: string): number => {
    const ref = parseQuantityId(id);
    const node = ref && 'node' in ref ? ref.node : undefined;
    return (node === undefined ? undefined : replay.value(qid.value(node), 1, 'text')) ?? Number.NaN;
  };
  const hand = createHandRuns(doc);
  const unitIds = [...new Set([...graph.nodes.values()].flatMap((n) => (n.unit === undefined ? [] : [n.unit])))];
  const nameOf = (id: string): string => {
    const ref = parseQuantityId(id);
    const state = ref?.kind === 'trained' ? parseQuantityId(ref.quantity) : undefined;
    // the optimizer's state after more rounds is its state after a later step: m_θ^(3), not m_θ^(1) after 2 rounds
    if (ref?.kind === 'trained' && state?.kind === 'optimizerState') return nameOf(qid.optimizerState(state.key, state.step + ref.rounds, state.node));
    if (ref?.kind === 'trained') return `${nameOf(ref.quantity)} after ${ref.rounds} round${ref.rounds === 1 ? '' : 's'}`;
    if (ref?.kind === 'negated') return `−${nameOf(formatQuantityId(ref.of))}`;
    if (ref?.kind === 'change' && !doc.derivation.quantities.has(id)) return `Δ${nameOf(qid.value(ref.node))}`;
    try {
      return doc.derivation.quantities.has(id) || ref?.kind === 'afterUpdate' || ref?.kind === 'optimizerState' ? quantityName(id, doc.derivation, doc.notation, 'text') ?? id : id;
    } catch {
      return id;
    }
  };
  const valueNode = (id: string): GraphNode | undefined => {
    const ref = parseQuantityId(id);
    return ref?.kind === 'value' ? graph.nodes.get(ref.node) : undefined;
  };
  const valueOf = (id: string): number | undefined => {
    try {
      const x = exact(id);
      return Number.isFinite(x) ? x : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    doc,
    graph,
    exact,
    valueOf,
    nameOf,
    definition: (id) => (valueNode(id) ? doc.derivation.quantities.get(id)?.def : undefined),
    updateOf: (id) => {
      const node = valueNode(id);
      const u = node ? qid.update(node.id) : undefined;
      return u !== undefined && doc.derivation.quantities.has(u) ? u : undefined;
    },
    inRounds: (id, rounds) => {
      if (rounds === 0) return id;
      const node = valueNode(id);
      // a gradient moves with the weights too (dL/dw after 2 steps); an update already says which round it is
      // (and the optimizer's step counter t: step k + 1 after k rounds)
      const moves = node ? !(node.kind === 'input' || node.kind === 'target' || (node.kind === 'param' && !node.trainable)) : (MOVING.has(parseQuantityId(id)?.kind ?? '') || id === qid.optimizerConstant('t')) && program.slotOf.has(id);
      if (!moves) return id;
      return program.ids.length * rounds * 2 > MAX_REPLAY_WORK ? undefined : qid.trained(rounds, node ? node.id : id);
    },
    units: (index) => unitIds.filter((u) => new RegExp(`^${index.replace(/\W/g, '')}\\d+$`, 'i').test(u)),
    nodeOf: (id) => {
      const ref = parseQuantityId(id);
      if (!ref) return undefined;
      const name = 'node' in ref ? ref.node : 'of' in ref && typeof ref.of === 'string' ? ref.of : undefined;
      return name === undefined ? undefined : graph.nodes.get(name);
    },
    givenValues: givenValuesOf(graph, valueOf),
    hand: (id, decimals, sig) => {
      // a hand calculation of the derivation's own update is plain gradient descent: no model of the file's optimizer
      if (replay.ownRule && /^(?:u|after|dw)\$/.test(id)) return { rounded: [], truncated: [], floats: [] };
      const ref = parseQuantityId(id);
      if (ref?.kind !== 'negated') return hand(id, decimals, sig);
      const of = hand(formatQuantityId(ref.of), decimals, sig);
      return { rounded: of.rounded.map((x) => -x), truncated: of.truncated.map((x) => -x), floats: of.floats.map((x) => -x) };
    },
    points: createPoints(doc),
    replay,
  };
}

/** Hand calculations at a number of decimals, run once each and kept; one that overflows proves nothing. */
function createHandRuns(doc: DerivationDocument): NetworkView['hand'] {
  const program = doc.valuation.evaluation.program;
  const runs = new Map<string, Evaluation | null>();
  const run = (key: string, opts: Parameters<typeof runProgram>[1]): Evaluation | null => {
    if (!runs.has(key)) {
      try {
        runs.set(key, runProgram(program, opts));
      } catch {
        runs.set(key, null);
      }
    }
    return runs.get(key)!;
  };
  const at = (ev: Evaluation | null, id: string): number[] => (ev && ev.program.slotOf.has(id) ? [ev.get(id)] : []);
  return (id, decimals, sig) => {
    const rounded = (r: RoundingMode): number[] => at(run(sig === undefined ? `${decimals}/${r}` : `s${sig}/${r}`, { policy: { decimals, ...(sig === undefined ? {} : { sig }), rounding: r, trimZeros: true, hand: true } }), id);
    // only a number printed with a program's digits is compared with the textbook float run (see judgeNumber)
    const floats = decimals >= 12 && sig === undefined ? at(run('float', { textbook: true }), id) : [];
    return { rounded: rounded('half-up'), truncated: rounded('truncate'), floats };
  };
}
