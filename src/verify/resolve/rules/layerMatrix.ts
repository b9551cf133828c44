// Rule layer-matrix: W_{jk}^{(l)} and b_j^{(l)} (and W_l, b_l printed as matrices) are the entries of a layer's weight
// matrix and bias vector. Which layer the first matrix is (l = 1 or 2) and whether row j is the unit the weight feeds
// (z = W a) or the unit it reads (z = a W) are decided together, by how many of the document's printed values hold.
import { denseLayers, type DenseLayer } from '../../../derive/matrix/denseLayers.js';
import { qid } from '../../../derive/quantityRef.js';
import { parseCanonicalKey } from '../../read/canonicalName.js';
import { readsSymbol } from '../../../util/mathNodes.js';
import { chainsOf } from '../../read/readDocument.js';
import { printedAgreement, reproducesValue } from '../agreement.js';
import type { BindingTable } from '../bindingTable.js';
import { evaluateSide } from '../evaluateSide.js';
import { createLookup } from '../lookup.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import { describeReading, type Reading } from '../readingLabel.js';
export type { Reading };

/**
 * A weight W_{row col} (Θ_{row col}), a weight of a one-row or one-column W written W_k (single, col = k), or a bias
 * b_row (col null).
 */
export interface ParamName { key: string; layer: number; row: number; col: number | null; single: boolean; updated: boolean }

const UPDATE_MARKS = new Set(['plus', 'new', 'star']);

export const READINGS: readonly Reading[] = [
  { shift: 0, rowIsTarget: true },
  { shift: 0, rowIsTarget: false },
  { shift: 1, rowIsTarget: true },
  { shift: 1, rowIsTarget: false },
  ...(['zero', 'first', 'last'] as const).flatMap((biasColumn) => [
    { shift: 0 as const, rowIsTarget: true, biasColumn },
    { shift: 1 as const, rowIsTarget: true, biasColumn },
  ]),
];

const WEIGHT_BASES = new Set(['W', 'w', 'Theta']);

export const layerMatrix: NameRule = { name: 'layer-matrix', apply: (table, ctx) => bindLayerMatrices(table, ctx, false) };

/**
 * The same, after every other rule: the names still unbound, read by how many of the document's formulas over them
 * hold (z = W x + b = [0.15 0.2; 0.25 0.3][0.05; 0.1] + … = 0.3775), now that x and z have their quantities.
 */
export const layerMatrixByFormulas: NameRule = { name: 'layer-matrix', apply: (table, ctx) => bindLayerMatrices(table, ctx, true) };

function bindLayerMatrices(table: BindingTable, ctx: RuleContext, byFormulas: boolean): void {
  const found = [...ctx.read.names].map(paramName).filter((n): n is ParamName => n !== undefined && !(byFormulas && table.get(n.key)));
  const layers = found.length === 0 ? [] : layersOf(ctx);
  if (layers.length === 0) return;
  // an updated entry of a frozen parameter has no value to bind to
  const names = found.filter((n) => !n.updated || READINGS.some((r) => { const id = idOf(layers, n, r); return id === undefined || ctx.net.valueOf(id) !== undefined; }));
  const score = (r: Reading): number => agreement(ctx, layers, names, r) + (byFormulas ? formulaAgreement(table, ctx, layers, names, r) : 0);
  // b^{(l)} without an index names a bias only where the layer shares one; a bias vector \mathbf{b}^{(l)} decides nothing
  const scored = READINGS.filter((r) => names.every((n) => sharedBias(n) || idOf(layers, n, r) !== undefined))
    .map((r) => ({ r, score: score(r) }))
    .sort((x, y) => y.score - x.score);
  const best = scored[0];
  const tied = best ? scored.filter((s) => s.score === best.score && names.some((n) => idOf(layers, n, s.r) !== idOf(layers, n, best.r))) : [];
  if (best && best.score > 0 && tied.length === 0) {
    for (const n of names) {
      const id = idOf(layers, n, best.r);
      if (id !== undefined) table.bind(n.key, { id, rule: 'layer-matrix', reading: describeReading(undefined, best.r) });
    }
    if (best.r.biasColumn === 'zero') bindBiasUnits(table, ctx);
    return;
  }
  // the last chance: say why these names stay unread (--explain shows it), so a clash is never a run of errata;
  // an entry every equally good reading gives the same weight (a diagonal W_{11}) is that weight
  if (!byFormulas || scored.length === 0) return;
  const agreed = (n: ParamName): boolean => best!.score > 0 && idOf(layers, n, best!.r) !== undefined && tied.every((t) => idOf(layers, n, t.r) === idOf(layers, n, best!.r));
  for (const n of names.filter(agreed)) table.bind(n.key, { id: idOf(layers, n, best!.r)!, rule: 'layer-matrix' });
  const why = best!.score < 0 ? 'under no reading (which layer is first, row by unit fed or by unit read) do the printed entries hold'
    : best!.score === 0 ? 'no line of the document shows which layer or row order it means'
    : `${tied.length + 1} readings (which layer is first, row by unit fed or by unit read) fit the document equally well`;
  for (const n of names.filter((m) => !agreed(m) && !sharedBias(m))) table.refuse(n.key, `${why}; pin one with --name`, 'layer-matrix');
}

/** b^{(l)}: the bias its layer's units share, if they share one. */
const sharedBias = (n: ParamName): boolean => n.col === null && n.row === 0;

/** Beside Θ_{j0}, x_0 and a_0^{(l)} are the bias unit: the constant 1 that column 0 multiplies. */
function bindBiasUnits(table: BindingTable, ctx: RuleContext): void {
  for (const key of ctx.read.names) if (/^(?:x_0|a_0\^\(\d+\))$/.test(key)) table.bind(key, { constant: 1, rule: 'layer-matrix' });
}

/** +1 for each side of a chain over the names that holds under the reading, −1 for each that does not. */
function formulaAgreement(table: BindingTable, ctx: RuleContext, layers: readonly DenseLayer[], names: readonly ParamName[], r: Reading): number {
  const assign = new Map(names.map((n) => [n.key, idOf(layers, n, r)!]));
  const lookup = createLookup(table, (id) => ctx.net.valueOf(id), ctx.net.units, assign);
  let sum = 0;
  for (const chain of chainsOf(ctx.read)) {
    const sides = chain.sides.map((side) => ({ side, v: evaluateSide(side.node, lookup) }));
    const formula = sides.find((x) => x.v.value !== undefined && x.v.names > 0 && names.some((n) => readsSymbol(x.side.node, n.key)));
    if (!formula) continue;
    for (const x of sides) if (x !== formula && x.v.value !== undefined && x.v.names === 0) sum += reproducesValue(x.side, formula.v.value!, x.v.value) ? 1 : -1;
  }
  return sum;
}


/** W_{12}^{(1)}, w_{21}^{(2)}: a weight; b_2^{(1)}, or b^{(1)} shared by the layer: a bias. Single-digit indices only (W_{112} is ambiguous). */
export function paramName(key: string): ParamName | undefined {
  const p = parseCanonicalKey(key);
  // W^{(2)+}, W^{(2)}_{new}: the entries after the update
  const updated = p.marks.length === 1 && UPDATE_MARKS.has(p.marks[0]!);
  if ((p.marks.length > 0 && !updated) || !/^\d+$/.test(p.layer)) return undefined;
  const layer = Number(p.layer);
  const name = { key, layer, single: false, updated };
  if (WEIGHT_BASES.has(p.base) && /^\d\d$/.test(p.sub)) return { ...name, row: Number(p.sub[0]), col: Number(p.sub[1]) };
  if (WEIGHT_BASES.has(p.base) && /^\d$/.test(p.sub)) return { ...name, row: Number(p.sub), col: 0, single: true };
  if (p.base === 'b' && /^\d?$/.test(p.sub)) return { ...name, row: p.sub === '' ? 0 : Number(p.sub), col: null };
  return undefined;
}

/** The network's dense layers, or none where it is not layered and dense. */
export function layersOf(ctx: RuleContext): DenseLayer[] {
  const graph = ctx.net.graph;
  if (graph.kind !== 'network' || graph.layers.length < 2) return [];
  try {
    return denseLayers(graph, graph.examples ?? 1, () => ({ file: '' }));
  } catch {
    return []; // not dense: the matrix names mean nothing here
  }
}

/** The parameter a name stands for under a reading, or undefined where the network has none. */
export function idOf(layers: readonly DenseLayer[], n: ParamName, r: Reading): string | undefined {
  const id = parameterOf(layers, n, r);
  return id && n.updated ? qid.update(id) : id && qid.value(id);
}

/** The parameter node a name stands for under a reading. */
function parameterOf(layers: readonly DenseLayer[], n: ParamName, r: Reading): string | undefined {
  const layer = layers[n.layer - 1 - r.shift];
  if (!layer) return undefined;
  if (n.col === null) {
    // b^{(l)} without an index: the one bias the layer's units share (Mazur's b_1), or the bias of a one-unit layer
    const shared = new Set(layer.biases);
    const bias = n.row === 0 ? (shared.size === 1 ? layer.biases[0] : undefined) : layer.biases[n.row - 1];
    return bias ?? undefined;
  }
  if (n.single) {
    // Θ^{(2)} = [−10 20 20] of one unit, its bias a column: entry k of its one row
    if (r.biasColumn) return layer.weights.length === 1 ? withBiasColumn(layer, 1, n.row, r.biasColumn) : undefined;
    // W^{(2)} = [0.6, −0.4] into one unit (or out of one source): its one index runs along the other side
    const weight = layer.weights.length === 1 ? layer.weights[0]![n.row - 1] : layer.weights[0]!.length === 1 ? layer.weights[n.row - 1]?.[0] : undefined;
    return weight ?? undefined;
  }
  if (r.biasColumn) return withBiasColumn(layer, n.row, n.col, r.biasColumn);
  const [unit, source] = r.rowIsTarget ? [n.row, n.col] : [n.col, n.row];
  const weight = layer.weights[unit - 1]?.[source - 1];
  return weight ?? undefined;
}

/** Entry (row, col) of a layer's weights with its biases as one more column. */
function withBiasColumn(layer: DenseLayer, row: number, col: number, where: 'zero' | 'first' | 'last'): string | undefined {
  const width = layer.weights[row - 1]?.length ?? 0;
  const source = where === 'zero' ? col : where === 'first' ? col - 1 : col === width + 1 ? 0 : col;
  return (source === 0 ? layer.biases[row - 1] : layer.weights[row - 1]?.[source - 1]) ?? undefined;
}

/** How many of the document's "name = number" statements hold under a reading. */
function agreement(ctx: RuleContext, layers: readonly DenseLayer[], names: readonly ParamName[], r: Reading): number {
  const byKey = new Map(names.map((n) => [n.key, n]));
  return printedAgreement(ctx, (key) => {
    const n = byKey.get(key);
    return n && idOf(layers, n, r);
  });
}
