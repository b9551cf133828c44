// Rule training-word: the words code gives a training run's values (initial_weights, updated_bias, mse_values, with the page's epochs = N) are the parameters before and after the N rounds and the loss of each round.
import { qid } from '../../../derive/quantityRef.js';
import { denseLayers, type DenseLayer } from '../../../derive/matrix/denseLayers.js';
import { nodeKey } from '../../read/canonicalName.js';
import { chainsOf } from '../../read/readDocument.js';
import { printedAgreement } from '../agreement.js';
import type { BindingTable } from '../bindingTable.js';
import type { NameRule, RuleContext } from '../nameRule.js';

/** Words for the values before training, and after it. */
const BEFORE = new Set(['initial', 'init', 'start', 'starting']);
const AFTER = new Set(['updated', 'final', 'new', 'trained', 'learned', 'learnt']);
/** What the word that follows names: every weight, every bias, in the file's order. */
const WEIGHTS = new Set(['weights', 'weight', 'w']);
const BIASES = new Set(['bias', 'biases', 'b']);
/** A history of the loss, one entry per round: mse_values, losses, loss_history, cost_list. */
const LOSS_HISTORY = /^(?:(?:mse|loss|cost|error)_(?:values|history|list|log|per_epoch)|losses|costs|errors|mse_list)$/i;
/** The page's round count: epochs = 2, num_epochs = 3, iterations = 1000. */
const ROUNDS = /^(?:(?:num|n)_)?(?:epochs|iterations|iters|steps)$/i;

/** A name as code writes it: its word, what follows, and the entry (1-based) when it is one entry of a list. */
interface CodeName { key: string; stem: string; entry?: number }

export const trainingWord: NameRule = {
  name: 'training-word',
  apply(table, ctx) {
    bindFeatures(table, ctx);
    const names = [...ctx.read.names].filter((k) => !table.has(k)).map(codeName);
    if (!names.some((n) => n !== undefined)) return;
    const rounds = roundCount(ctx);
    const params = parameterLists(ctx);
    for (const n of names) {
      const [when, ...rest] = n?.stem.split('_') ?? [];
      const what = rest.join('_').toLowerCase();
      const list = WEIGHTS.has(what) ? params.weights : BIASES.has(what) ? params.biases : undefined;
      const param = list === undefined ? undefined : n!.entry === undefined ? (list.length === 1 ? list[0] : undefined) : list[n!.entry - 1];
      if (param === undefined || when === undefined) continue;
      const id = BEFORE.has(when.toLowerCase()) ? qid.value(param) : AFTER.has(when.toLowerCase()) && rounds !== undefined ? ctx.net.inRounds(qid.value(param), rounds) : undefined;
      if (id !== undefined) table.bind(n!.key, { id, rule: 'training-word' });
    }
    if (rounds !== undefined) bindRoundCount(table, ctx, rounds);
    bindHistory(table, ctx, names.filter((n): n is CodeName => n !== undefined && n.entry !== undefined && LOSS_HISTORY.test(n.stem)));
  },
};

/** The examples' inputs as code lists them: features = [[1.0, 2.0], [2.0, 1.0]], a row per example. */
const FEATURES = /^(?:features|inputs|samples|input_data|x_train)_(\d)(\d)?$/i;

/**
 * features_ij: input j of example i (features_j where the file has one example), bound only where every entry the
 * page prints is the network's: a list of other inputs is another example, not a slip in this one.
 */
function bindFeatures(table: BindingTable, ctx: RuleContext): void {
  const first = parameterLists(ctx).layers[0];
  if (first === undefined) return;
  const examples = first.sources.length;
  const idOf = (key: string): string | undefined => {
    const m = FEATURES.exec(key);
    if (!m || table.has(key)) return undefined;
    const [i, j] = m[2] === undefined ? (examples === 1 ? [1, Number(m[1])] : [0, 0]) : [Number(m[1]), Number(m[2])];
    const source = first.sources[i - 1]?.[j - 1];
    return source === undefined ? undefined : qid.value(source);
  };
  const keys = [...ctx.read.names].filter((k) => idOf(k) !== undefined);
  if (keys.length === 0 || printedAgreement(ctx, idOf) < keys.length) return;
  for (const key of keys) table.bind(key, { id: idOf(key)!, rule: 'training-word' });
}

/** initial_weights_2 → stem initial_weights, entry 2; updated_bias → stem updated_bias. */
function codeName(key: string): CodeName | undefined {
  const m = /^([A-Za-z]{2,}(?:_[A-Za-z]{2,})*)(?:_(\d{1,3}))?$/.exec(key);
  if (!m || (!m[1]!.includes('_') && !LOSS_HISTORY.test(m[1]!))) return undefined;
  return { key, stem: m[1]!, ...(m[2] !== undefined ? { entry: Number(m[2]) } : {}) };
}

/** The number of rounds the page runs: the whole number it gives epochs (or iterations), when it gives one. */
function roundCount(ctx: RuleContext): number | undefined {
  const counts = new Set<number>();
  for (const chain of chainsOf(ctx.read)) {
    const key = nodeKey(chain.sides[0]!.node);
    if (key === null || !ROUNDS.test(key)) continue;
    for (const s of chain.sides.slice(1)) if (s.numbers.length === 1 && s.source.trim() === s.numbers[0]!.text && Number.isInteger(s.numbers[0]!.value)) counts.add(s.numbers[0]!.value);
  }
  const [only] = counts;
  return counts.size === 1 && only! >= 1 ? only : undefined;
}

/** The round count's own name: read for the rounds it gives, not a quantity to compare with. */
function bindRoundCount(table: BindingTable, ctx: RuleContext, rounds: number): void {
  for (const key of ctx.read.names) {
    if (ROUNDS.test(key) && !table.has(key)) table.bind(key, { refused: `the number of rounds the page trains for (${rounds}), read by training-word`, rule: 'training-word' });
  }
}

/** The network's weights (unit by unit, layer by layer) and biases, as a page lists them; none where it is not dense. */
function parameterLists(ctx: RuleContext): { weights: string[]; biases: string[]; layers: DenseLayer[] } {
  const graph = ctx.net.graph;
  try {
    const layers = graph.kind === 'network' ? denseLayers(graph, graph.examples ?? 1, () => ({ file: '' })) : [];
    const trainable = new Set(graph.trainable);
    const keep = (ids: (string | null | undefined)[]): string[] => ids.filter((id): id is string => typeof id === 'string' && trainable.has(id));
    return { weights: keep(layers.flatMap((l) => l.weights.flat())), biases: keep(layers.flatMap((l) => l.biases)), layers };
  } catch {
    return { weights: [], biases: [], layers: [] };
  }
}

/**
 * mse_values_k: the loss of round k, measured in its forward pass before that round's update (after k − 1 rounds,
 * as a training loop records it), or after the update where more of the page's printed values say so.
 */
function bindHistory(table: BindingTable, ctx: RuleContext, names: readonly CodeName[]): void {
  if (names.length === 0) return;
  const loss = qid.value(ctx.net.graph.root);
  const after = (k: number): string | undefined => (k === 0 ? loss : ctx.net.inRounds(loss, k));
  const reading = (shift: number) => (key: string): string | undefined => {
    const n = names.find((x) => x.key === key);
    return n === undefined ? undefined : after(n.entry! - 1 + shift);
  };
  const shift = printedAgreement(ctx, reading(1)) > printedAgreement(ctx, reading(0)) ? 1 : 0;
  for (const n of names) {
    const id = reading(shift)(n.key);
    if (id !== undefined) table.bind(n.key, { id, rule: 'training-word' });
  }
}
