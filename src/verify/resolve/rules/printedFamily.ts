// Rule printed-family: letters a document gives to each layer's weights or biases (V_{jk} and W_{jk}; c_j and d_j),
// with no layer mark, are the one layer (and row order) whose values the document prints for them.
import { qid } from '../../../derive/quantityRef.js';
import type { DenseLayer } from '../../../derive/matrix/denseLayers.js';
import { nodeKey, parseCanonicalKey } from '../../read/canonicalName.js';
import { chainsOf } from '../../read/readDocument.js';
import { reproducesValue } from '../agreement.js';
import type { BindingTable } from '../bindingTable.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import { layersOf } from './layerMatrix.js';

/** A candidate: which parameter entry (j) or (j, k) of a family stands for, or undefined outside the layer. */
type Reading = (j: number, k: number) => string | undefined;
interface Candidate { reading: Reading; group: string }

/** At least this many printed values must hold, and none fail, for a family to be read as a layer. */
const MIN_AGREEING = 2;

export const printedFamily: NameRule = {
  name: 'printed-family',
  apply(table, ctx) {
    const layers = layersOf(ctx);
    if (layers.length < 2) return;
    const families = familiesOf(table, ctx);
    const chosen = new Map<string, { reading: Reading; members: string[]; group: string }>();
    for (const [family, members] of families) {
      const two = family.endsWith('#2');
      const fits = candidates(layers, two).filter((c) => members.every((m) => c.reading(...indices(m)) !== undefined) && fitsPrinted(ctx, members, c.reading));
      if (fits.length === 1) chosen.set(family, { ...fits[0]!, members });
    }
    // two families read as the same layer decide nothing
    const groups = [...chosen.values()].map((c) => c.group);
    for (const c of chosen.values()) {
      if (groups.filter((g) => g === c.group).length > 1) continue;
      for (const m of c.members) table.bind(m, { id: qid.value(c.reading(...indices(m))!), rule: 'printed-family' });
    }
  },
};

/** Unbound names with one or two single-digit indices and no layer mark or other mark, by letter and index count. */
function familiesOf(table: BindingTable, ctx: RuleContext): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of ctx.read.names) {
    const p = parseCanonicalKey(key);
    if (p.layer !== '' || p.marks.length > 0 || !/^[A-Za-z]+$/.test(p.base) || !/^[1-9]{1,2}$/.test(p.sub)) continue;
    const family = `${p.base}#${p.sub.length}`;
    out.set(family, [...(out.get(family) ?? []), key]);
  }
  // a family any of whose names another rule has read is that rule's
  return new Map([...out].filter(([, members]) => members.every((m) => !table.has(m))));
}

function indices(key: string): [number, number] {
  const sub = parseCanonicalKey(key).sub;
  return [Number(sub[0]), Number(sub[1] ?? 0)];
}

/** Each layer's weights (row j the unit fed, or the unit read) for two indices; its biases for one. */
function candidates(layers: readonly DenseLayer[], two: boolean): Candidate[] {
  return layers.flatMap((layer, l): Candidate[] => two
    ? [
        { reading: (j: number, k: number) => layer.weights[j - 1]?.[k - 1], group: `W${l}` },
        { reading: (j: number, k: number) => layer.weights[k - 1]?.[j - 1], group: `W${l}` },
      ]
    : [{ reading: (j: number) => layer.biases[j - 1] ?? undefined, group: `b${l}` }]);
}

/** At least MIN_AGREEING of the document's "name = number" statements over the family hold, and none fails. */
function fitsPrinted(ctx: RuleContext, members: readonly string[], reading: Reading): boolean {
  let agree = 0;
  const family = new Set(members);
  for (const chain of chainsOf(ctx.read)) {
    const key = nodeKey(chain.sides[0]!.node);
    if (key === null || !family.has(key)) continue;
    const value = ctx.net.valueOf(qid.value(reading(...indices(key))!));
    const printed = chain.sides.slice(1).filter((s) => s.numbers.length === 1 && s.source.trim() === s.numbers[0]!.text);
    if (value === undefined || printed.length === 0) continue;
    if (!printed.every((s) => reproducesValue(s, value, s.numbers[0]!.value))) return false;
    agree++;
  }
  return agree >= MIN_AGREEING;
}
