// The inputs and parameters a set of graph nodes is computed from: what moves a quantity when the leaves move.
import type { Graph } from './types.js';

/** Ids of the input and parameter nodes among the nodes' ancestors (a leaf is its own ancestor). */
export function leavesUnder(graph: Graph, nodes: Iterable<string>): Set<string> {
  const leaves = new Set<string>();
  const seen = new Set<string>();
  const stack = [...nodes];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const node = graph.nodes.get(id);
    if (!node) continue;
    if (node.kind === 'input' || node.kind === 'param') leaves.add(id);
    stack.push(...node.parents);
  }
  return leaves;
}
