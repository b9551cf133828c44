// Rule layer-subscript: on a page whose digit subscripts number layers (z1 = W1 x + b1 = [0.2, 0.2], read as z_j^{(1)}),
// z2, a2, δ2 and b2 of a layer with one unit are that unit's net, output, δ and bias, and W2's entries its weights.
import { qid } from '../../../derive/quantityRef.js';
import { parseCanonicalKey } from '../../read/canonicalName.js';
import { chainsOf } from '../../read/readDocument.js';
import { readsSymbol } from '../../../util/mathNodes.js';
import { nodeKey } from '../../read/canonicalName.js';
import { familySupport } from '../agreement.js';
import type { BindingTable } from '../bindingTable.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import { idOf, layerName, type Kind } from './layerIndex.js';
import { layersOf } from './layerMatrix.js';

const UNIT_KINDS: Readonly<Record<string, Kind>> = { a: 'a', z: 'z', delta: 'delta' };

export const layerSubscript: NameRule = {
  name: 'layer-subscript',
  apply(table, ctx) {
    const offset = subscriptOffset(table, ctx);
    if (offset === undefined) return;
    const units = unitNames(table, ctx, offset);
    const params = parameterNames(table, ctx, offset);
    // the page's printed values for these names must mostly hold: one that fails is a slip, most failing a misreading
    if (units.length > 0 && familySupport(ctx, [...units, ...params]) > 0) for (const [key, id] of units) table.bind(key, { id, rule: 'layer-subscript' });
    for (const [key, id] of params) table.bind(key, { id, rule: 'layer-subscript' });
  },
};

/**
 * How the page's layers map to the network's (graph layer = page layer − offset), as its vectors named by a layer
 * subscript show: z_1 printed as a vector, whose entries ([z_1]_{2}, read as z_2^{(1)}) layer-index bound. Undefined
 * without that evidence, or where it points two ways.
 */
function subscriptOffset(table: BindingTable, ctx: RuleContext): number | undefined {
  const offsets = new Set<number>();
  for (const chain of chainsOf(ctx.read)) {
    const key = nodeKey(chain.sides[0]!.node);
    const n = key === null ? undefined : layerName(key);
    // bound by layer-index, or confirmed by the convention rule's reading of the whole page
    const rule = table.get(n?.key ?? '')?.rule;
    if (!n || n.index === 0 || (rule !== 'layer-index' && rule !== 'convention') || !ENTRY_OF_SUBSCRIPTED.test(chain.sides[0]!.source)) continue;
    for (const o of [0, 1]) if (idOf(ctx, n, o) === table.idOf(n.key)) offsets.add(o);
  }
  return offsets.size === 1 ? [...offsets][0] : undefined;
}

/** An entry of a vector whose name carries its layer as a subscript and nothing above it: [z_1]_{2}, [z1]_{2}. */
const ENTRY_OF_SUBSCRIPTED = /^\[[^\]^([]*?_?\{?\d\}?\]_\{?\d+\}?$/;

/** z_2, a_2, δ_2 still unbound, where page layer 2 has one unit: that unit's net, output and δ. */
function unitNames(table: BindingTable, ctx: RuleContext, offset: number): [string, string][] {
  const out: [string, string][] = [];
  for (const key of ctx.read.names) {
    const p = parseCanonicalKey(key);
    const kind = UNIT_KINDS[p.base];
    if (!kind || p.marks.length > 0 || p.layer !== '' || !/^\d$/.test(p.sub) || table.has(key)) continue;
    const layer = Number(p.sub);
    if (layer - offset < 1) continue; // the inputs are named x, never by a layer's letter alone
    const id = idOf(ctx, { key, kind, layer, index: 0 }, offset);
    if (id !== undefined) out.push([key, id]);
  }
  return out;
}

/**
 * b_2 and W_2's entries W_k^{(2)} of a one-unit layer, where the page's own formula for that layer's net reads them
 * (z2 = W2 a1 + b2): the formula says W_l and b_l make z_l, so they belong to the layer z_l names.
 */
function parameterNames(table: BindingTable, ctx: RuleContext, offset: number): [string, string][] {
  const layers = layersOf(ctx);
  const out: [string, string][] = [];
  for (const key of ctx.read.names) {
    const p = parseCanonicalKey(key);
    const bias = p.base === 'b' && p.layer === '' && /^\d$/.test(p.sub);
    const weight = p.base === 'W' && /^\d$/.test(p.layer) && /^\d$/.test(p.sub);
    // a name the convention rule already read the same way still counts (it is bound again to the same quantity)
    if (!(bias || weight) || p.marks.length > 0 || (table.has(key) && table.get(key)?.rule !== 'convention')) continue;
    const page = Number(bias ? p.sub : p.layer);
    const layer = layers[page - offset - 1];
    if (!layer || layer.weights.length !== 1 || !netReads(ctx, page, bias ? key : `W_${page}`)) continue;
    const param = bias ? layer.biases[0] : layer.weights[0]![Number(p.sub) - 1];
    if (param && (!table.has(key) || table.idOf(key) === qid.value(param))) out.push([key, qid.value(param)]);
  }
  return out;
}

/** Whether a statement of the page defines z_l by a formula that reads `name`. */
function netReads(ctx: RuleContext, layer: number, name: string): boolean {
  return chainsOf(ctx.read).some((chain) => nodeKey(chain.sides[0]!.node) === `z_${layer}` && chain.sides.slice(1).some((s) => readsSymbol(s.node, name)));
}
