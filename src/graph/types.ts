// The computational graph: named nodes, each a mathjs expression over its parents.
import type { MathNode } from 'mathjs';
import type { Activation } from './activations/activation.js';
import type { Loss } from './losses/loss.js';
import type { SourceLocation } from '../util/errors.js';
import type { OptimizerSpec } from '../definition/optimizerSpec.js';

export type NodeKind = 'input' | 'target' | 'param' | 'net' | 'activation' | 'lossTerm' | 'loss' | 'expr';

export interface GraphNode {
  id: string;
  kind: NodeKind;
  /** Definition over parent ids; leaves (input, target, param) have none. */
  expr?: MathNode;
  parents: string[];
  /** Leaves: the given value. */
  value?: number;
  /** Leaves written as a fraction in the file (2/3): the exact value for derive --exact. */
  fraction?: string;
  /** Neurons: the unit id from the file (h1), its layer (1 = first hidden) and position in the layer (1-based). */
  unit?: string;
  layer?: number;
  index?: number;
  /** Neurons and targets of a file with examples: the example's number (1-based). */
  example?: number;
  activation?: Activation;
  loss?: Loss;
  /** The total loss of a file whose examples' losses are averaged: the number of examples. */
  batchSize?: number;
  /** Parameters: updated by training. */
  trainable?: boolean;
  /** Where the node was defined in the user's file (a field path), for error messages. */
  source?: (string | number)[];
  /** The file position of a formula node (graph node, loss term), for errors found while differentiating it. */
  where?: SourceLocation;
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
  /** η: the file's optimizer lr, else its learning_rate (as train and step take it). */
  learningRate: number;
  /** The file's `optimizer:`: derive prints its first step (derive/optimizerRule.ts); train, step and verify's replays step it. */
  optimizer?: OptimizerSpec;
  /** For layered networks: unit ids per layer (layer 0 = inputs). Empty for pure graphs. */
  layers: string[][];
  kind: 'network' | 'graph';
  /** Copies of the forward pass, one per training example (1 without `examples`). */
  examples?: number;
  /** A file without a loss: the gradient given to the root (∂f/∂f, 1 as in micrograd's backward()). */
  seed?: number;
  /** A network without targets and without an output gradient: the forward pass only (root is its last output). */
  forwardOnly?: boolean;
  /** The file's `kink: t`: a piecewise function's slope at its kink is (1 − t)·left + t·right (undefined: PyTorch's). */
  kink?: number;
  /** The file's notation preset (mazur, layered, comp9444, tartu, plain). */
  notation?: 'mazur' | 'layered' | 'comp9444' | 'tartu' | 'plain' | 'ng' | 'row-major';
}

export type { Activation, Loss };
