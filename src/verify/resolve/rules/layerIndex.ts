// Rule layer-index: a_j^{(l)}, z_j^{(l)} and δ_j^{(l)} name unit j of layer l, with the input layer counted as 0 or 1 as
// the document's own printed values say (a^{(3)} in a 2-2-2 network can only mean the inputs are layer 1).
import { qid } from '../../../derive/quantityRef.js';
import { parseCanonicalKey } from '../../read/canonicalName.js';
import { chainsOf } from '../../read/readDocument.js';
import { printedAgreement, reproducesValue } from '../agreement.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import { describeReading } from '../readingLabel.js';

export type Kind = 'a' | 'z' | 'delta';

const KINDS: Readonly<Record<string, Kind>> = { a: 'a', z: 'z', delta: 'delta' };
/** `zero`: the page writes the index 0 itself (z_0^{(1)}), which a name without an index (δ^{(2)}) does not. */
export interface LayerName { key: string; kind: Kind; layer: number; index: number; zero?: boolean }

export const layerIndex: NameRule = {
  name: 'layer-index',
  apply(table, ctx) {
    const layers = ctx.net.graph.layers;
    if (layers.length < 2) return;
    const read = [...ctx.read.names].map(layerName).filter((n): n is LayerName => n !== undefined);
    if (read.length === 0) return;
    // z_0^{(1)}, z_1^{(1)} of a two-unit layer (z_1[0], z_1[1] on the line): a family the page counts from 0 is read
    // so where that makes more of its printed values hold than counting from 1 (Ng's bias unit a_0^{(2)} = 1 does not)
    const counted = best(ctx, read);
    const fromZero = read.some((n) => n.zero) ? best(ctx, read.map((n) => (zeroFamily(read, n) ? { ...n, index: n.index + 1, zero: false } : n))) : undefined;
    const chosen = fromZero && !fromZero.tied && fromZero.score > Math.max(0, counted?.score ?? 0) ? fromZero : counted;
    if (chosen === undefined || chosen.tied) return;
    const { names, o } = chosen;
    for (const n of names) {
      const id = idOf(ctx, n, o);
      if (id !== undefined) table.bind(n.key, { id, rule: 'layer-index', reading: describeReading({ offset: o, swap: false }, undefined) });
    }
    bindAfterUpdate(table, ctx, names, o);
    bindInputsAndTargets(table, ctx);
  },
};

/** Beside layer names, x_j is the j-th input and y_j the j-th target, unless a printed value says otherwise. */
function bindInputsAndTargets(table: Parameters<NameRule['apply']>[0], ctx: RuleContext): void {
  const targets = [...ctx.net.graph.nodes.values()].filter((n) => n.kind === 'target');
  for (const key of ctx.read.names) {
    const m = /^([xy])_(\d)$/.exec(key);
    if (!m) continue;
    const unit = m[1] === 'x' ? firstExample(ctx, ctx.net.graph.layers[0])?.[Number(m[2]) - 1] : firstExample(ctx, targets.map((t) => t.id))?.[Number(m[2]) - 1];
    const id = unit === undefined ? undefined : qid.value(unit);
    if (id !== undefined && agreesWithPrinted(ctx, key, id)) table.bind(key, { id, rule: 'layer-index' });
  }
}

/** No statement `key = number` of the document contradicts the quantity's value. */
function agreesWithPrinted(ctx: RuleContext, key: string, id: string): boolean {
  const value = ctx.net.valueOf(id);
  if (value === undefined) return false;
  return chainsOf(ctx.read).every((chain) => {
    const first = chain.sides[0]!.node;
    if (!('name' in first) || first.name !== key) return true;
    return chain.sides.slice(1).every((s) => s.numbers.length !== 1 || reproducesValue(s, value, s.numbers[0]!.value));
  });
}

/** {a^{(2)}}^{+}: the output after the update, beside the a^{(2)} the rule read; {E}^{+} the loss after it. */
function bindAfterUpdate(table: Parameters<NameRule['apply']>[0], ctx: RuleContext, names: readonly LayerName[], offset: number): void {
  for (const key of ctx.read.names) {
    const p = parseCanonicalKey(key);
    if (p.marks.length !== 1 || p.marks[0] !== 'plus') continue;
    const plain = layerName(key.replace(/_plus(?=\^|$)/, ''));
    if (plain?.kind === 'a' && names.some((n) => n.key === plain.key)) {
      const id = idOf(ctx, plain, offset);
      if (id?.startsWith('v$')) table.bind(key, { id: qid.afterUpdate(id.slice(2)), rule: 'layer-index' });
    }
  }
  const loss = [...ctx.net.graph.nodes.values()].find((g) => g.kind === 'loss' && ctx.net.graph.children.get(g.id)?.length === 0);
  if (loss && ctx.read.names.has('E_plus') && names.length > 0) table.bind('E_plus', { id: qid.afterUpdate(loss.id), rule: 'layer-index' });
}

export function layerName(key: string): LayerName | undefined {
  const p = parseCanonicalKey(key);
  const kind = KINDS[p.base];
  if (!kind || p.marks.length > 0 || !/^\d?$/.test(p.sub) || !/^\d+$/.test(p.layer)) return undefined;
  // δ^{(2)} without an index: the one unit of its layer (idOf finds none in a wider layer)
  return { key, kind, layer: Number(p.layer), index: p.sub === '' ? 0 : Number(p.sub), zero: p.sub === '0' };
}

/** The offset (inputs layer 0 or 1) under which most printed values hold (tied: both do as well), or undefined where none fits. */
function best(ctx: RuleContext, names: readonly LayerName[]): { names: readonly LayerName[]; o: number; score: number; tied: boolean } | undefined {
  // a name without an index (δ^{(1)} of a wider layer) is a vector, not a unit: it neither decides nor is bound
  const offsets = [0, 1].filter((o) => names.every((n) => n.index === 0 || idOf(ctx, n, o) !== undefined));
  const scored = offsets.map((o) => ({ names, o, score: agreement(ctx, names, o), tied: false })).sort((x, y) => y.score - x.score);
  if (scored.length === 0) return undefined;
  return { ...scored[0]!, tied: scored.length === 2 && scored[0]!.score === scored[1]!.score };
}

/** A name of a layer one of whose names (z, a or δ) the page writes with the index 0: it counts that layer's units so. */
function zeroFamily(names: readonly LayerName[], n: LayerName): boolean {
  return n.index > 0 || n.zero ? names.some((m) => m.zero && m.layer === n.layer) : false;
}

/**
 * The quantity of unit `index` of network layer `layer − offset`, or undefined where there is none; `swap` reads a as
 * the net input and z as the output (Bishop's a_j = Σ w_{ji} z_i, z_j = h(a_j)).
 */
export function idOf(ctx: RuleContext, name: LayerName, offset: number, swap = false): string | undefined {
  const n = swap && name.kind !== 'delta' ? { ...name, kind: name.kind === 'a' ? 'z' as const : 'a' as const } : name;
  const layer = firstExample(ctx, ctx.net.graph.layers[n.layer - offset]);
  const unit = n.index === 0 ? (layer?.length === 1 ? layer[0] : undefined) : layer?.[n.index - 1];
  if (unit === undefined) return undefined;
  // the input layer has no nets, but a course that writes z_0 = a_0 = x means the input by its own layer 0
  if (n.layer - offset === 0) return n.kind === 'a' || (n.kind === 'z' && n.layer === 0) ? qid.value(unit) : undefined;
  const node = [...ctx.net.graph.nodes.values()].find((g) => g.unit === unit && g.kind === (n.kind === 'a' ? 'activation' : 'net'));
  if (!node) return undefined;
  return n.kind === 'delta' ? qid.delta(node.id) : qid.value(node.id);
}

/** How many of the document's "name = number" statements hold when layers are counted from `offset`. */
function agreement(ctx: RuleContext, names: readonly LayerName[], offset: number): number {
  const byKey = new Map(names.map((n) => [n.key, n]));
  return printedAgreement(ctx, (key) => {
    const n = byKey.get(key);
    return n && idOf(ctx, n, offset);
  });
}

/**
 * A layer's units in one example: a file with several examples lists each layer's units example after example, and
 * x_3 of a two-input network is no quantity, never the first input of the second example.
 */
function firstExample<T>(ctx: RuleContext, units: readonly T[] | undefined): readonly T[] | undefined {
  const examples = ctx.net.graph.examples ?? 1;
  return units && examples > 1 && units.length % examples === 0 ? units.slice(0, units.length / examples) : units;
}
