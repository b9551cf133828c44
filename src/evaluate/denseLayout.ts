// Recognizes a dense layered network in a Graph and packs its parameters as weight matrices (rows: weights, then bias).
import type { MathNode } from 'mathjs';
import type { Graph, GraphNode } from '../graph/types.js';
import { sym, chainOperands } from '../util/mathNodes.js';
import { lossFromLogits, type LogitOutput } from '../graph/logitForms.js';

/** One layer: unit j's row is packed[offset + j·(inSize + 1) …], its weights in source order, then its bias. */
export interface DenseLayer {
  size: number;
  inSize: number;
  offset: number;
  units: string[];
  /** out = f(net) over the symbol `net`; f'(net) over `out` and `net`: the trees the derivation uses. */
  apply: MathNode;
  derivative: MathNode;
}

export interface DenseLayout {
  inputs: Float64Array;
  targets: Float64Array;
  layers: DenseLayer[];
  packedSize: number;
  /** Packed slot → index into the parameter list, or −1 for a constant (frozen parameter, missing bias). */
  source: Int32Array;
  /** Values of the constant slots (0 elsewhere). */
  constants: Float64Array;
  /** The packed order is the parameter order itself: no gather or scatter is needed. */
  identity: boolean;
  /** E_k = L(t, o) and dE_k/do over the symbols `t` and `o` (and `net`, in their twins from the logits). */
  lossTerm: MathNode;
  lossDerivative: MathNode;
  /** δ_k over `t` and `net` where the loss has a closed form from the net (sigmoid + binary cross-entropy). */
  lossDelta?: MathNode;
  /** Output node ids (out_o1, …). */
  outputs: string[];
}

type Term = MathNode & { isSymbolNode?: boolean; isOperatorNode?: boolean; fn?: string; name?: string; args?: MathNode[] };

/** The layout, or the reason the graph is not a dense layered network (the caller falls back to generated code). */
export function denseLayout(graph: Graph, params: readonly string[]): DenseLayout | string {
  if (graph.kind !== 'network' || graph.layers.length < 2) return 'not a layered network';
  const paramIndex = new Map(params.map((p, i) => [p, i]));
  const sizes = graph.layers.map((l) => l.length);
  const packedSize = sizes.slice(1).reduce((acc, n, l) => acc + n * (sizes[l]! + 1), 0);
  const source = new Int32Array(packedSize).fill(-1);
  const constants = new Float64Array(packedSize);
  const layers: DenseLayer[] = [];
  let offset = 0;
  for (let l = 1; l < graph.layers.length; l++) {
    const prev = graph.layers[l - 1]!.map((u) => (l === 1 ? u : `out_${u}`));
    const layer = packLayer(graph, l, prev, offset, paramIndex, source, constants);
    if (typeof layer === 'string') return layer;
    layers.push(layer);
    offset += layer.size * (layer.inSize + 1);
  }
  const loss = lossTrees(graph);
  if (typeof loss === 'string') return loss;
  const identity = packedSize === params.length && source.every((s, k) => s === k);
  const value = (id: string): number => graph.nodes.get(id)?.value ?? Number.NaN;
  return {
    inputs: Float64Array.from(graph.layers[0]!, value),
    targets: Float64Array.from(graph.layers.at(-1)!, (u) => value(`target_${u}`)),
    layers, packedSize, source, constants, identity, ...loss,
    outputs: graph.layers.at(-1)!.map((u) => `out_${u}`),
  };
}

function packLayer(graph: Graph, l: number, prev: string[], offset: number, paramIndex: Map<string, number>, source: Int32Array, constants: Float64Array): DenseLayer | string {
  const units = graph.layers[l]!;
  const column = new Map(prev.map((p, i) => [p, i]));
  const stride = prev.length + 1;
  let trees: { apply: MathNode; derivative: MathNode; key: string } | undefined;
  for (let j = 0; j < units.length; j++) {
    const net = graph.nodes.get(`net_${units[j]}`);
    const out = graph.nodes.get(`out_${units[j]}`);
    if (net?.kind !== 'net' || out?.kind !== 'activation' || !out.activation || out.activation.layer) return `unit ${units[j]} has a layer activation`;
    const row = offset + j * stride;
    const why = packRow(graph, net, column, row, prev.length, paramIndex, source, constants);
    if (why) return why;
    const apply = out.activation.apply(sym('net'));
    const derivative = out.activation.derivative(sym('out'), sym('net'));
    const key = `${apply.toString()}|${derivative.toString()}`;
    if (trees && trees.key !== key) return `layer ${l} mixes activations`;
    trees ??= { apply, derivative, key };
  }
  return { size: units.length, inSize: prev.length, offset, units, apply: trees!.apply, derivative: trees!.derivative };
}

/** net = Σ w·src + b with every source of the previous layer exactly once and at most one bias. */
function packRow(graph: Graph, net: GraphNode, column: Map<string, number>, row: number, width: number, paramIndex: Map<string, number>, source: Int32Array, constants: Float64Array): string | undefined {
  const seen = new Uint8Array(width + 1);
  const place = (slot: number, param: string): boolean => {
    const node = graph.nodes.get(param);
    if (node?.kind !== 'param' || seen[slot - row]) return false;
    seen[slot - row] = 1;
    const index = paramIndex.get(param);
    if (index === undefined) constants[slot] = node.value!;
    else source[slot] = index;
    return true;
  };
  for (const term of chainOperands(net.expr!, 'add')) {
    const t = term as Term;
    if (t.isSymbolNode) {
      if (!place(row + width, t.name!)) return `${net.id} has a second bias`;
      continue;
    }
    const [w, s] = (t.args ?? []) as Term[];
    const col = s?.name === undefined ? undefined : column.get(s.name);
    if (!t.isOperatorNode || t.fn !== 'multiply' || !w?.isSymbolNode || col === undefined || !place(row + col, w.name!)) {
      return `${net.id} is not a dense weighted sum of the previous layer`;
    }
  }
  // A neuron must read every unit before it; a missing bias is the constant 0 (already in `constants`).
  for (let i = 0; i < width; i++) if (!seen[i]) return `${net.id} does not read every unit of the previous layer`;
  return undefined;
}

function lossTrees(graph: Graph): { lossTerm: MathNode; lossDerivative: MathNode; lossDelta?: MathNode } | string {
  const outputs = graph.layers.at(-1)!;
  const root = graph.nodes.get(graph.root);
  if (root?.kind !== 'loss' || root.parents.join() !== outputs.map((u) => `E_${u}`).join()) return 'the loss is not a sum over the outputs';
  const loss = graph.nodes.get(`E_${outputs[0]}`)!.loss!;
  if (outputs.some((u) => graph.nodes.get(`E_${u}`)!.loss !== loss)) return 'outputs use different losses';
  const [t, o, net] = [sym('t'), sym('o'), sym('net')];
  const activation = graph.nodes.get(`out_${outputs[0]}`)!.activation!;
  // the loss read from the logits, as the derivation's trees are (graph/logitForms.ts)
  const logits: LogitOutput = { out: 'o', activation, value: activation.apply(net), net };
  const delta = loss.logitDelta?.[activation.id]?.(t, net);
  return {
    lossTerm: lossFromLogits(loss.term(t, o, outputs.length), logits),
    lossDerivative: lossFromLogits(loss.derivative(t, o, outputs.length), logits),
    ...(delta ? { lossDelta: delta } : {}),
  };
}

