// Compiles a validated network file into the named computational graph (net_h1, out_h1, E_o1, E_total, ...).
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import type { LayerSpec } from '../definition/schema.js';
import { InputError, lazyLocation } from '../util/errors.js';
import { forEachSymbol, num, op, sum, sym, type MathNode } from '../util/mathNodes.js';
import { parseUserExpression } from '../util/parseUserExpression.js';
import { exampleCopies, type ExampleCopy } from './examples.js';
import { resolveActivation, resolveLoss } from './resolveFunctions.js';
import { sortTopologically } from './sortTopologically.js';
import { graphSeed, networkSeed } from './outputGradient.js';
import type { Graph, GraphNode } from './types.js';
import { createNotation } from './notation/index.js';
import { graphLossFromLogits, lossFromLogits, type LogitOutput } from './logitForms.js';
import { checkDistinctNames } from './notation/distinctNames.js';

/** Ids the compiler derives from a neuron's unit id. */
export const nodeIds = {
  net: (unit: string) => `net_${unit}`,
  out: (unit: string) => `out_${unit}`,
  target: (unit: string) => `target_${unit}`,
  lossTerm: (unit: string) => `E_${unit}`,
  loss: 'E_total',
};

export function compileNetwork(def: NetworkDefinition): Graph {
  const { spec } = def;
  const nodes = new Map<string, GraphNode>();
  const add = (node: GraphNode): void => {
    const fraction = node.source?.length === 2 ? def.fractions?.[node.source[1] as string] : undefined;
    if (fraction !== undefined && node.parents.length === 0) node.fraction = fraction;
    // One hash operation per node: a repeated name leaves the size unchanged (the map is dropped with the error).
    const before = nodes.size;
    nodes.set(node.id, node);
    if (nodes.size === before) throw new InputError(`the name '${node.id}' is used twice`, def.locate(node.source ?? []));
  };
  // Inputs first (one set per training example), as the order of printing follows the order of definition.
  const copies = spec.layers ? exampleCopies(def) : [{ inputs: spec.inputs, targets: spec.targets, suffix: '', path: [] }];
  for (const copy of copies) {
    for (const [id, value] of Object.entries(copy.inputs)) add({ id: id + copy.suffix, kind: 'input', parents: [], value, ...(copy.example ? { example: copy.example } : {}), source: [...copy.path, 'inputs', id] });
  }
  const frozen = new Set(spec.frozen);
  spec.frozen.forEach((id, i) => {
    if (!(id in spec.parameters)) throw new InputError(`frozen parameter '${id}' has no value in parameters`, def.locate(['frozen', i]));
  });
  // Keys, then a lookup each: Object.entries of a large (dictionary-mode) object costs about twice as much.
  const paramIds = Object.keys(spec.parameters);
  for (const id of paramIds) {
    add({ id, kind: 'param', parents: [], value: spec.parameters[id]!, trainable: !frozen.has(id), source: ['parameters', id] });
  }
  let root: string;
  let seed: number | undefined;
  let layers: string[][] = [];
  if (spec.layers) {
    if (spec.graph) throw new InputError('a file has either layers or graph, not both', def.locate(['graph']));
    // One copy of the forward pass per training example (one copy, unsuffixed, without examples).
    const perCopy = copies.map((copy) => addLayers(def, spec.layers!, add, nodes, copy));
    layers = perCopy[0]!.map((_, l) => perCopy.flatMap((ls) => ls[l]!));
    if (!spec.examples && Object.keys(spec.targets).length === 0) ({ root, seed } = networkSeed(def, layers.at(-1)!));
    else if (spec.output_gradient) throw new InputError('a file with targets takes its gradient from the loss: output_gradient is for files without targets', def.locate(['output_gradient']));
    else root = addLoss(def, copies, perCopy.map((ls) => ls.at(-1)!), add, nodes);
  } else if (spec.graph) {
    for (const [id, value] of Object.entries(spec.targets)) add({ id, kind: 'target', parents: [], value, source: ['targets', id] });
    root = addGraphNodes(def, spec.graph, add, nodes);
    seed = graphSeed(def, root);
  } else {
    throw new InputError('the file needs layers (a network) or graph (a computational graph)', def.locate([]));
  }
  const { order, children } = sortTopologically(nodes, (id) => def.locate(nodes.get(id)?.source ?? []));
  const trainable = paramIds.filter((id) => !frozen.has(id) && (children.get(id)?.length ?? 0) > 0);
  const backward = seed === undefined ? (spec.layers && nodes.get(root)!.kind !== 'loss' ? { forwardOnly: true } : {}) : { seed };
  const graph: Graph = { title: spec.title, nodes, order, children, root, trainable, learningRate: spec.optimizer?.lr ?? spec.learning_rate, ...(spec.optimizer ? { optimizer: spec.optimizer } : {}), layers, kind: spec.layers ? 'network' : 'graph', notation: spec.notation, kink: spec.kink, examples: copies.length, ...backward };
  checkDistinctNames(graph, createNotation(graph, spec.notation, spec.names), def.locate, new Set(Object.keys(spec.names ?? {})));
  return graph;
}

function addLayers(def: NetworkDefinition, specLayers: LayerSpec[], add: (n: GraphNode) => void, nodes: Map<string, GraphNode>, copy: ExampleCopy): string[][] {
  const x = copy.suffix;
  const symbols = new Map<string, MathNode>();
  const symbolOf = (id: string): MathNode => symbols.get(id) ?? symbols.set(id, sym(id)).get(id)!;
  const units = new Map<string, number>();
  specLayers.forEach((layer, li) => {
    for (const unit of Object.keys(layer.neurons)) {
      if (units.has(unit) || copy.inputs[unit] !== undefined) {
        throw new InputError(`neuron '${unit}' is defined twice (or shares its name with an input)`, def.locate(['layers', li, 'neurons', unit]));
      }
      units.set(unit, li + 1);
    }
  });
  const layers: string[][] = [Object.keys(copy.inputs).map((id) => id + x)];
  specLayers.forEach((layer, li) => {
    const ids = Object.keys(layer.neurons).map((u) => u + x);
    layers.push(ids);
    // A layer activation (softmax) reads every net of its layer: its outputs are added after the nets.
    const deferred: GraphNode[] = [];
    ids.forEach((unit, ui) => {
      const neuron = layer.neurons[unit.slice(0, unit.length - x.length)]!;
      const base = ['layers', li, 'neurons', unit.slice(0, unit.length - x.length)];
      const terms: MathNode[] = [];
      const parents: string[] = [];
      const weights = neuron.weights;
      for (const w of Object.keys(weights)) {
        const from = weights[w]!;
        // Positions are looked up only for an error: a lookup per weight would make large files quadratic.
        if (nodes.get(w)?.kind !== 'param') throw new InputError(`weight '${w}' has no value in parameters`, def.locate([...base, 'weights', w]));
        const src = units.has(from) ? `out_${from}${x}` : copy.inputs[from] !== undefined ? from + x : undefined;
        if (!src) throw new InputError(`neuron '${unit}' reads '${from}', which is neither an input nor a neuron`, def.locate([...base, 'weights', w]));
        // A source read by many nets (an input, a hidden output) is one shared symbol node: trees may share nodes.
        terms.push(op('*', sym(w), symbolOf(src)));
        parents.push(w, src);
      }
      if (neuron.bias !== undefined) {
        if (nodes.get(neuron.bias)?.kind !== 'param') throw new InputError(`bias '${neuron.bias}' has no value in parameters`, def.locate([...base, 'bias']));
        terms.push(sym(neuron.bias));
        parents.push(neuron.bias);
      }
      if (terms.length === 0) throw new InputError(`neuron '${unit}' has no weights and no bias`, def.locate(base));
      const where = lazyLocation(() => def.locate(neuron.activation ? [...base, 'activation'] : ['layers', li, 'activation']));
      const activation = resolveActivation(neuron.activation ?? layer.activation, where, def.spec.kink);
      const net = nodeIds.net(unit);
      const source = base;
      const example = copy.example ? { example: copy.example } : {};
      add({ id: net, kind: 'net', expr: sum(terms), parents: unique(parents), unit, layer: li + 1, index: ui + 1, ...example, source });
      const out: GraphNode = { id: nodeIds.out(unit), kind: 'activation', expr: activation.apply(sym(net)), parents: [net], unit, layer: li + 1, index: ui + 1, ...example, activation, source };
      if (activation.layer) deferred.push(out);
      else add(out);
    });
    const nets = ids.map((u) => nodeIds.net(u));
    for (const out of deferred) {
      add({ ...out, expr: out.activation!.layer!.apply(nets.map((n) => sym(n)), out.index! - 1), parents: nets });
    }
  });
  return layers;
}

function addLoss(def: NetworkDefinition, copies: ExampleCopy[], outputsPerCopy: string[][], add: (n: GraphNode) => void, nodes: Map<string, GraphNode>): string {
  const loss = resolveLoss(def.spec.loss, lazyLocation(() => def.locate(['loss'])), def.spec.kink);
  const terms: MathNode[] = [];
  const parents: string[] = [];
  const lossWhere = lazyLocation(() => def.locate(['loss']));
  copies.forEach((copy, k) => {
    const outputs = outputsPerCopy[k]!;
    const x = copy.suffix;
    for (const key of Object.keys(copy.targets)) {
      if (!outputs.includes(key + x)) throw new InputError(`target '${key}' is not an output neuron (outputs: ${outputs.map((u) => u.slice(0, u.length - x.length)).join(', ')})`, def.locate([...copy.path, 'targets', key]));
    }
    outputs.forEach((unit, i) => {
      const value = copy.targets[unit.slice(0, unit.length - x.length)];
      if (value === undefined) throw new InputError(`output neuron '${unit}' has no target`, def.locate([...copy.path, 'targets']));
      const [t, o, e] = [nodeIds.target(unit), nodeIds.out(unit), nodeIds.lossTerm(unit)];
      add({ id: t, kind: 'target', parents: [], value, unit, index: i + 1, ...(copy.example ? { example: copy.example } : {}), source: [...copy.path, 'targets', unit] });
      const logits = logitOutput(nodes.get(o)!);
      const printed = loss.term(sym(t), sym(o), outputs.length);
      add({ id: e, kind: 'lossTerm', expr: logits ? lossFromLogits(printed, logits) : printed, parents: [t, o], unit, index: i + 1, loss, source: ['loss'], where: lossWhere });
      terms.push(sym(e));
      parents.push(e);
    });
  });
  // batch: mean → E_total = 1/n Σ over the n examples' terms; each term then enters with the factor 1/n.
  const mean = def.spec.batch === 'mean' && copies.length > 1;
  const expr = mean ? op('*', op('/', num(1), num(copies.length)), sum(terms)) : sum(terms);
  add({ id: nodeIds.loss, kind: 'loss', expr, parents, loss, source: ['loss'], ...(mean ? { batchSize: copies.length } : {}) });
  return nodeIds.loss;
}

function addGraphNodes(def: NetworkDefinition, graph: Record<string, string>, add: (n: GraphNode) => void, nodes: Map<string, GraphNode>): string {
  const names = new Set([...nodes.keys(), ...Object.keys(graph)]);
  for (const [id, text] of Object.entries(graph)) {
    const where = def.locate(['graph', id]);
    const expr = parseUserExpression(text, { symbols: names, where });
    const parents: string[] = [];
    forEachSymbol(expr, (s) => {
      if (!parents.includes(s)) parents.push(s);
    });
    add({ id, kind: 'expr', expr, parents, source: ['graph', id], where });
  }
  // a formula reading y = sigmoid(u) takes log(y), 1 − y and log(1 − y) from u (graph/logitForms.ts)
  for (const id of Object.keys(graph)) {
    const node = nodes.get(id)!;
    node.expr = graphLossFromLogits(node.expr!, node.parents, (p) => nodes.get(p)?.expr);
  }
  const root = def.spec.output ?? Object.keys(graph).at(-1)!;
  if (!(root in graph)) throw new InputError(`output '${root}' is not a node of graph`, def.locate(['output']));
  return root;
}

/** An output neuron as a loss reads it from its logits (graph/logitForms.ts). */
export function logitOutput(out: GraphNode): LogitOutput | undefined {
  if (out.kind !== 'activation' || !out.activation?.logits || !out.expr || out.unit === undefined) return undefined;
  return { out: out.id, activation: out.activation, value: out.expr, net: sym(nodeIds.net(out.unit)) };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

