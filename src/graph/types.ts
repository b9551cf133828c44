// The computational graph: named nodes, each a mathjs expression over its parents.
import type { MathNode } from 'mathjs';

export type NodeKind = 'input' | 'target' | 'param' | 'net' | 'activation' | 'lossTerm' | 'loss' | 'expr';

/** An activation function: its value, its local derivative in the slides' output form, and how it prints. */
export interface Activation {
  /** Stable id: 'sigmoid', 'tanh', 'relu', 'leaky-relu', 'linear', 'custom'. */
  id: string;
  /** out = f(net), as a tree over the given net symbol. */
  apply(net: MathNode): MathNode;
  /** d out / d net, written as the slides do (sigmoid: out(1 - out)), over the out and net symbols. */
  derivative(out: MathNode, net: MathNode): MathNode;
  /** Plain description for reports, e.g. 'leaky ReLU (slope 0.1)'. */
  describe: string;
  /** Layer activations (softmax): out_j over every net of the layer, and ∂out_j/∂net_k in slide form. */
  layer?: {
    apply(nets: readonly MathNode[], j: number): MathNode;
    partial(outJ: MathNode, outK: MathNode, same: boolean): MathNode;
  };
}

/** A per-output loss term E_k = L(t_k, o_k), with its derivative by the output in slide form. */
export interface Loss {
  id: string;
  /** The term for one output; `count` is the number of output units (for means). */
  term(target: MathNode, out: MathNode, count: number): MathNode;
  /** dE_k / d o_k. */
  derivative(target: MathNode, out: MathNode, count: number): MathNode;
  describe: string;
}

export interface GraphNode {
  id: string;
  kind: NodeKind;
  /** Definition over parent ids; leaves (input, target, param) have none. */
  expr?: MathNode;
  parents: string[];
  /** Leaves: the given value. */
  value?: number;
  /** Neurons: the unit id from the file (h1), its layer (1 = first hidden) and position in the layer (1-based). */
  unit?: string;
  layer?: number;
  index?: number;
  activation?: Activation;
  loss?: Loss;
  /** The total loss of a file whose examples' losses are averaged: the number of examples. */
  batchSize?: number;
  /** Parameters: updated by training. */
  trainable?: boolean;
  /** Where the node was defined in the user's file (a field path), for error messages. */
  source?: (string | number)[];
}

export interface Graph {
  title?: string;
  nodes: Map<string, GraphNode>;
  /** Node ids in topological order: every node after its parents. */
  order: string[];
  /** Reverse edges: node id -> ids of nodes that read it, in topological order. */
  children: Map<string, string[]>;
  /** The quantity whose gradient is taken (E_total for networks). */
  root: string;
  /** Trainable parameters in file order. */
  trainable: string[];
  learningRate: number;
  /** For layered networks: unit ids per layer (layer 0 = inputs). Empty for pure graphs. */
  layers: string[][];
  kind: 'network' | 'graph';
  /** The file's notation preset (mazur, layered, comp9444, tartu, plain). */
  notation?: 'mazur' | 'layered' | 'comp9444' | 'tartu' | 'plain';
}
