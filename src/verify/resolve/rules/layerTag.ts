// Rule layer-tag: a network name that carries its layer as digits after its letters (a2_1, W3_1, z3) is the page's
// name with that layer as a superscript (a^{[2]}_1, W^{(3)}_1, z^{[3]}), where the page writes the family so.
import { qid } from '../../../derive/quantityRef.js';
import { familySupport } from '../agreement.js';
import type { NameRule } from '../nameRule.js';

/** letters, the layer's digits, and a unit's number after an underscore if any: a2_1, W3_1, z3. */
const LAYER_TAGGED = /^([A-Za-z]+)(\d+)(?:_(\d+))?$/;

/**
 * A reader of a page that writes a^{[2]}_1 beside a network file that names the same quantity a2_1 reads the digits
 * before the underscore as the layer: the same letter, layer and unit. Bound only where the page writes at least two
 * of the network's names so (its way of numbering layers, not a chance match) and its printed values for them hold
 * more often than not (one wrong given is then a slip, a page of failures a misreading).
 */
export const layerTag: NameRule = {
  name: 'layer-tag',
  apply(table, ctx) {
    const { net, read } = ctx;
    const found: [string, string][] = [];
    for (const id of net.graph.nodes.keys()) {
      const key = taggedKey(id);
      if (key !== undefined && read.names.has(key) && !table.has(key)) found.push([key, qid.value(id)]);
    }
    if (found.length < 2) return;
    if (familySupport(ctx, found) <= 0) return;
    for (const [key, id] of found) table.bind(key, { id, rule: 'layer-tag' });
  },
};

/** The page's key of a layer-tagged network name (a2_1 → a_1^(2), z3 → z^(3)), or undefined for any other name. */
export function taggedKey(name: string): string | undefined {
  const m = LAYER_TAGGED.exec(name);
  if (!m) return undefined;
  return m[3] === undefined ? `${m[1]}^(${m[2]})` : `${m[1]}_${m[3]}^(${m[2]})`;
}
