// Rule indexed-sibling: h_1 defined by its formula, then "similarly, h_2 = 0.5969": the same letter with another index is the layer's node at that index.
import { parseQuantityId, formatQuantityId } from '../../../derive/quantityRef.js';
import { parseCanonicalKey } from '../../read/canonicalName.js';
import type { Finding, InferenceState } from './inferenceState.js';

/** For each name found so far as base_n (or base_{h1}) for a node of a layer, the same name for the layer's other nodes. */
export function indexedSiblings(state: InferenceState): Finding[] {
  const out: Finding[] = [];
  const ids = new Set(state.table.ids());
  const graph = state.net.graph;
  for (const alias of state.added) {
    const parts = parseCanonicalKey(alias);
    const id = state.table.idOf(alias);
    const ref = id === undefined ? undefined : parseQuantityId(id);
    const node = ref && (ref.kind === 'value' || ref.kind === 'delta') ? graph.nodes.get(ref.node) : undefined;
    if (!ref || !node || node.index === undefined || parts.marks.length > 0) continue;
    // The subscript is the node's position (z_1) or its unit's name (z_{h1}).
    const byIndex = /^\d+$/.test(parts.sub) && Number(parts.sub) === node.index;
    const byUnit = !byIndex && node.unit !== undefined && parts.sub === node.unit;
    if (!byIndex && !byUnit) continue;
    for (const other of graph.nodes.values()) {
      if (other === node || other.kind !== node.kind || other.layer !== node.layer || other.index === undefined) continue;
      const sub = byIndex ? String(other.index) : other.unit;
      if (sub === undefined) continue;
      const name = `${parts.base}_${sub}${parts.layer ? `^(${parts.layer})` : ''}`;
      const sibling = formatQuantityId({ kind: ref.kind as 'value' | 'delta', node: other.id });
      if (ids.has(sibling) && !state.table.has(name) && !state.definedByFormula.has(name) && !out.some((f) => f.alias === name)) {
        out.push({ alias: name, same: [sibling], rule: 'indexed-sibling' });
      }
    }
  }
  return out;
}
