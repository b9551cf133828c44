// What a figure shows, as plain data: units, biases and weighted edges of a network; nodes, values and gradients of a graph.
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import { deriveGraph } from '../derive/deriveGraph.js';
import { qid } from '../derive/quantity.js';
import { compileDerivation, runProgram } from '../evaluate/evaluateDerivation.js';
import { createNotation } from '../graph/notation/index.js';
import { compileNetwork } from '../graph/compileNetwork.js';
import type { NumberPolicy } from '../evaluate/numberPolicy.js';

/** A label on an edge has room for this many decimals: figures print at most these (fewer when the policy asks). */
export const FIGURE_DECIMALS = 4;

/** The policy figure labels are printed with: the document's, capped at FIGURE_DECIMALS (TikZ and HTML alike). */
export function figurePolicy(policy: NumberPolicy): NumberPolicy {
  return { ...policy, decimals: Math.min(policy.decimals, FIGURE_DECIMALS) };
}

export interface FigureNode {
  id: string;
  /** LaTeX label in the file's notation. */
  label: string;
  column: number;
  row: number;
  kind: 'input' | 'unit' | 'bias' | 'loss' | 'node';
}

export interface FigureEdge {
  from: string;
  to: string;
  /** The weight's parameter id, if the edge carries one. */
  param?: string;
  /** LaTeX of the edge label (w_{5} = 0.4), or the value above and gradient below for graphs. */
  label?: string;
  value?: number;
  gradient?: number;
}

export interface FigureData {
  kind: 'network' | 'graph';
  nodes: FigureNode[];
  edges: FigureEdge[];
  /** Parameter values by id (for network edge labels). */
  values: Map<string, number>;
}

export function networkFigureData(def: NetworkDefinition): FigureData {
  const graph = compileNetwork(def);
  const notation = createNotation(graph, def.spec.names);
  const label = (id: string): string => notation.node(id).tex;
  // Columns from the file's layers, not the compiled graph's: a file of several examples compiles one copy per example.
  const columns = [[...new Set(Object.values(def.spec.layers![0]!.neurons).flatMap((n) => Object.values(n.weights)))], ...def.spec.layers!.map((l) => Object.keys(l.neurons))];
  const nodes: FigureNode[] = columns[0]!.map((id, row) => ({ id, label: label(id), column: 0, row, kind: 'input' }));
  const edges: FigureEdge[] = [];
  def.spec.layers!.forEach((layer, li) => {
    const biases = new Map<string, number>();
    Object.entries(layer.neurons).forEach(([unit, neuron], row) => {
      nodes.push({ id: unit, label: label(unit), column: li + 1, row, kind: 'unit' });
      for (const [w, from] of Object.entries(neuron.weights)) edges.push({ from, to: unit, param: w, label: label(w) });
      if (neuron.bias !== undefined) {
        if (!biases.has(neuron.bias)) biases.set(neuron.bias, biases.size);
        edges.push({ from: neuron.bias, to: unit, param: neuron.bias, label: label(neuron.bias) });
      }
    });
    const below = Math.max(columns[li]!.length, 1);
    for (const [b, i] of biases) nodes.push({ id: b, label: label(b), column: li, row: below + i, kind: 'bias' });
  });
  const outputs = columns.at(-1)!;
  nodes.push({ id: graph.root, label: label(graph.root), column: graph.layers.length, row: (outputs.length - 1) / 2, kind: 'loss' });
  for (const o of outputs) edges.push({ from: o, to: graph.root });
  return { kind: 'network', nodes, edges, values: new Map(Object.entries(def.spec.parameters)) };
}

/**
 * A graph file: one node per graph node, columns by depth, each edge (wire) with the value of its source and the
 * gradient flowing back along it: where a node feeds several others, its wires' gradients add up to its ∂E/∂n.
 */
export function graphFigureData(def: NetworkDefinition): FigureData {
  const graph = compileNetwork(def);
  const notation = createNotation(graph, def.spec.names);
  const derivation = deriveGraph(graph);
  const ev = runProgram(compileDerivation(derivation));
  const column = graphColumns(graph.order, (id) => graph.nodes.get(id)!.parents, (id) => graph.children.get(id) ?? []);
  const rows = new Map<number, number>();
  const nodes = graph.order.map((id): FigureNode => {
    const c = column.get(id)!;
    const row = rows.get(c) ?? 0;
    rows.set(c, row + 1);
    const kind = graph.nodes.get(id)!.kind;
    return { id, label: notation.node(id).tex, column: c, row, kind: kind === 'input' || kind === 'param' || kind === 'target' ? 'input' : 'node' };
  });
  const has = (id: string): boolean => derivation.quantities.has(id);
  const wireGradient = (p: string, child: string): number | undefined => {
    if (has(qid.contribution(child, p))) return ev.get(qid.contribution(child, p));
    if (!has(qid.adjoint(p))) return undefined;
    // One path to the loss: the wire on it carries all of ∂E/∂p; a wire off every path to the loss carries none.
    return has(qid.partial(child, p)) ? ev.get(qid.adjoint(p)) : 0;
  };
  const edges = graph.order.flatMap((id) => graph.nodes.get(id)!.parents.map((p): FigureEdge => ({
    from: p,
    to: id,
    value: ev.get(qid.value(p)),
    gradient: wireGradient(p, id),
  })));
  return { kind: 'graph', nodes, edges, values: new Map() };
}

/** Columns by depth: computed nodes one right of their deepest parent, leaves just left of their first reader. */
function graphColumns(order: string[], parents: (id: string) => string[], children: (id: string) => string[]): Map<string, number> {
  const depth = new Map<string, number>();
  for (const id of order) depth.set(id, parents(id).length ? 1 + Math.max(...parents(id).map((p) => depth.get(p)!)) : 0);
  for (const id of order) {
    if (parents(id).length === 0 && children(id).length) depth.set(id, Math.min(...children(id).map((c) => depth.get(c)!)) - 1);
  }
  return depth;
}

/** The edges on the chain rule of one parameter: its own edges, then every edge downstream of their targets. */
export function chainEdges(data: FigureData, param: string): Set<FigureEdge> {
  const on = new Set<FigureEdge>(data.edges.filter((e) => e.param === param || e.from === param));
  const frontier = [...on].map((e) => e.to);
  const seen = new Set<string>();
  while (frontier.length) {
    const n = frontier.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    for (const e of data.edges) if (e.from === n) { on.add(e); frontier.push(e.to); }
  }
  return on;
}
