// Reads a layered network's graph as dense layers: W^(l) entry (j, k) is the weight from unit k of layer l−1 to unit j.
import type { MathNode } from 'mathjs';
import type { Activation, Graph } from '../../graph/types.js';
import { InputError, type SourceLocation } from '../../util/errors.js';
import { chainOperands } from '../../util/mathNodes.js';

export interface DenseLayer {
  /** 1 = first hidden layer, L = output layer. */
  index: number;
  /** [example][j]: the unit ids of each example's copy (h1, or h1_e2 in a batch). */
  units: string[][];
  /** [example][k]: the node ids this layer reads (inputs, or out_ of the layer below). */
  sources: string[][];
  /** [j][k]: parameter ids. */
  weights: string[][];
  /** [j]: bias ids, null where a unit has none (its entry prints 0). */
  biases: (string | null)[];
  /** The layer's activation, undefined where its units differ. */
  activation: Activation | undefined;
}

type Locate = (path: readonly (string | number)[]) => SourceLocation;

/** The dense layers of a network whose every unit reads every unit of the layer below once; a located error otherwise. */
export function denseLayers(graph: Graph, examples: number, locate: Locate): DenseLayer[] {
  if (graph.kind !== 'network') throw new InputError('the matrix form needs a layered network (layers:), not a graph', locate(['graph']));
  const split = (ids: string[]): string[][] => {
    const n = ids.length / examples;
    return Array.from({ length: examples }, (_, e) => ids.slice(e * n, (e + 1) * n));
  };
  const perLayer = graph.layers.map(split);
  const out: DenseLayer[] = [];
  for (let l = 1; l < graph.layers.length; l++) {
    const units = perLayer[l]!;
    const sources = perLayer[l - 1]!.map((ids) => (l === 1 ? ids : ids.map((u) => `out_${u}`)));
    const weights: string[][] = [];
    const biases: (string | null)[] = [];
    units[0]!.forEach((u) => {
      const row = readNet(graph, `net_${u}`, sources[0]!, locate);
      weights.push(row.weights);
      biases.push(row.bias);
    });
    const acts = units[0]!.map((u) => graph.nodes.get(`out_${u}`)!.activation!);
    const same = acts.every((a) => a.id === acts[0]!.id && a.describe === acts[0]!.describe);
    out.push({ index: l, units, sources, weights, biases, activation: same ? acts[0] : undefined });
  }
  return out;
}

/** A net's weights in the order of the layer below, and its bias. */
function readNet(graph: Graph, net: string, sources: string[], locate: Locate): { weights: string[]; bias: string | null } {
  const node = graph.nodes.get(net)!;
  const bySource = new Map<string, string>();
  let bias: string | null = null;
  const where = (): SourceLocation => locate(node.source ?? []);
  for (const term of chainOperands(node.expr!, 'add')) {
    const t = term as MathNode & { isSymbolNode?: boolean; isOperatorNode?: boolean; name?: string; args?: MathNode[] };
    if (t.isSymbolNode) {
      bias = t.name!;
      continue;
    }
    const [w, src] = (t.args ?? []) as (MathNode & { name: string })[];
    if (bySource.has(src!.name)) throw new InputError(`the matrix form needs one weight per pair of units: '${node.unit}' reads '${src!.name.replace(/^out_/, '')}' twice`, where());
    bySource.set(src!.name, w!.name);
  }
  const weights = sources.map((s) => {
    const w = bySource.get(s);
    if (w === undefined) throw new InputError(`the matrix form needs dense layers: neuron '${node.unit}' does not read '${s.replace(/^out_/, '')}' of the layer below`, where());
    return w;
  });
  if (bySource.size !== sources.length) throw new InputError(`the matrix form needs layered networks: neuron '${node.unit}' reads a unit outside the layer below`, where());
  return { weights, bias };
}

