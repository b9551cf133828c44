// Rule layer-role: a name made of a layer's tag, a role and a unit's number (h1_{out1}, h2_{in3}, O_{out2}) is that role of unit k of that layer, where the family's printed values mostly hold.
import { parseCanonicalKey } from '../../read/canonicalName.js';
import { familySupport } from '../agreement.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import { idOf, type Kind } from './layerIndex.js';

/** The words for a unit's output and for its net input, as the role part of such a name. */
const ROLES: Readonly<Record<string, Kind>> = { out: 'a', output: 'a', in: 'z', input: 'z', net: 'z' };

/** h1_out1: the role and the unit's number after the layer's tag. */
const ROLE_AND_UNIT = /^(out|output|in|input|net)(\d+)$/;

/**
 * Every reader of such a page reads the tag the same way: h (H) with a number is that hidden layer, counted from
 * the first layer after the inputs, h alone the only hidden layer; O (o, out, output) the output layer. A tag that
 * is also one of the network's unit names (a unit h1) is left alone: there h1_{out1} could be unit h1's.
 */
export const layerRole: NameRule = {
  name: 'layer-role',
  apply(table, ctx) {
    const names = [...ctx.read.names].flatMap((key) => {
      const id = table.has(key) ? undefined : roleId(ctx, key);
      return id === undefined ? [] : [[key, id] as [string, string]];
    });
    // one convention for the whole family: a layer whose printed values all fail is a slip there, not another reading
    if (names.length > 0 && familySupport(ctx, names) > 0) for (const [key, id] of names) table.bind(key, { id, rule: 'layer-role' });
  },
};

/** The quantity a tag-role-number name stands for, or undefined where the name is not of that shape or the network has no such unit. */
function roleId(ctx: RuleContext, key: string): string | undefined {
  const p = parseCanonicalKey(key);
  const m = ROLE_AND_UNIT.exec(p.sub);
  if (!m || p.marks.length > 0 || p.layer !== '') return undefined;
  const layer = layerOfTag(ctx, p.base);
  return layer === undefined ? undefined : idOf(ctx, { key, kind: ROLES[m[1]!]!, layer, index: Number(m[2]) }, 0);
}

/** The network layer (1 the first after the inputs) a tag names, or undefined. */
function layerOfTag(ctx: RuleContext, tag: string): number | undefined {
  const layers = ctx.net.graph.layers;
  if (layers.length < 2 || [...ctx.net.graph.nodes.values()].some((n) => n.unit === tag)) return undefined;
  if (/^(?:O|o|out|output|Out|Output)$/.test(tag)) return layers.length - 1;
  const hidden = /^[hH](\d*)$/.exec(tag);
  if (!hidden) return undefined;
  if (hidden[1] === '') return layers.length === 3 ? 1 : undefined;
  const k = Number(hidden[1]);
  return k >= 1 && k < layers.length - 1 ? k : undefined;
}
