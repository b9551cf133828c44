// Builds what a training run needs from a network file: the gradient source and the LaTeX names.
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import { deriveGraph, type Derivation } from '../derive/deriveGraph.js';
import { createNotation } from '../graph/notation/index.js';
import { compileNetwork } from '../graph/compileNetwork.js';
import { createGradientFunction, toGradientSource, type GradientSource } from '../evaluate/gradientFunction.js';
import type { TrainingNames } from './trainingDocument.js';
import { InputError } from '../util/errors.js';

export interface PreparedTraining {
  derivation: Derivation;
  source: GradientSource;
  names: TrainingNames;
  learningRate: number;
}

export function prepareTraining(def: NetworkDefinition): PreparedTraining {
  const graph = compileNetwork(def);
  // a network without targets has no loss to descend (a graph's output is its loss)
  if (graph.kind === 'network' && graph.nodes.get(graph.root)!.kind !== 'loss') throw new InputError('training needs a loss: give the network targets', def.locate(['targets']));
  const derivation = deriveGraph(graph, { plainUpdate: true });
  const notation = createNotation(graph, def.spec.names);
  const source = toGradientSource(createGradientFunction(derivation));
  return {
    derivation,
    source,
    learningRate: graph.learningRate,
    names: {
      param: (id) => notation.node(id).tex,
      lossTex: notation.node(graph.root).tex,
      outputsTex: source.outputs.map((o) => notation.node(o).tex),
    },
  };
}
