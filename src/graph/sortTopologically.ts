// Kahn's algorithm over the parents relation; a cycle is reported with the nodes on it.
import { InputError, type SourceLocation } from '../util/errors.js';
import type { GraphNode } from './types.js';

export function sortTopologically(nodes: Map<string, GraphNode>, locate: (id: string) => SourceLocation): string[] {
  const pending = new Map<string, number>();
  const readers = new Map<string, string[]>();
  for (const node of nodes.values()) {
    pending.set(node.id, node.parents.length);
    for (const p of node.parents) {
      if (!nodes.has(p)) throw new InputError(`'${node.id}' reads '${p}', which is not defined`, locate(node.id));
      (readers.get(p) ?? readers.set(p, []).get(p)!).push(node.id);
    }
  }
  // Seed in insertion order so the order follows the file.
  const ready = [...nodes.keys()].filter((id) => pending.get(id) === 0);
  const order: string[] = [];
  for (let i = 0; i < ready.length; i++) {
    const id = ready[i]!;
    order.push(id);
    for (const r of readers.get(id) ?? []) {
      const left = pending.get(r)! - 1;
      pending.set(r, left);
      if (left === 0) ready.push(r);
    }
  }
  if (order.length < nodes.size) {
    const stuck = [...nodes.keys()].filter((id) => pending.get(id)! > 0);
    throw new InputError(`the network has a cycle through ${stuck.slice(0, 6).join(', ')}`, locate(stuck[0]!));
  }
  return order;
}
