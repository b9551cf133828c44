// What a notation preset supplies: names for nodes, and optionally for deltas and for ∂E/∂node.
import type { Graph, GraphNode } from '../types.js';
import type { DisplayName } from './names.js';

export interface NotationPreset {
  id: string;
  /** The node's name, or undefined to use the identifier (w5 → w_{5}). */
  node(node: GraphNode, graph: Graph): DisplayName | undefined;
  /** δ of a net node, or undefined for δ_{unit}. */
  delta?(net: GraphNode, graph: Graph): DisplayName | undefined;
  /** A name for ∂E/∂node, or undefined to print the fraction. */
  adjoint?(node: GraphNode, graph: Graph): DisplayName | undefined;
}
