// The matrix form of a dense network's derivation: forward pass, loss, each layer's δ, gradients and updates as matrix equations.
import type { Derivation } from '../deriveGraph.js';
import { qid } from '../quantity.js';
import type { SourceLocation } from '../../util/errors.js';
import { denseLayers } from './denseLayers.js';
import { matrixNames, activationHead } from './matrixNames.js';
import { lossValueForm } from './lossForms.js';
import { backwardSections } from './backwardSections.js';
import { operand, type Convention, type MatrixLayout, type MatrixLine, type MatrixSection, type Operand } from './matrixTypes.js';
import { named, perExample, targets, type LayerOperands, type MatrixContext } from './matrixContext.js';
import { algebraOf } from './conventions.js';

export interface MatrixOptions {
  convention: Convention;
  /** Examples in the batch (the file's `examples`, else 1). */
  examples: number;
  /** The layered notation counts the inputs as layer 1. */
  shift: number;
  locate: (path: readonly (string | number)[]) => SourceLocation;
}

export function buildMatrixLayout(d: Derivation, options: MatrixOptions): MatrixLayout {
  const dense = denseLayers(d.graph, options.examples, options.locate);
  const batch = options.examples > 1;
  const names = matrixNames(options.convention, options.shift, batch);
  const algebra = algebraOf(options.convention);
  const at = { algebra };
  const layers = dense.map((layer, i): LayerOperands => {
    const l = layer.index;
    const hasBias = layer.biases.some((b) => b !== null);
    return {
      layer,
      W: named(names.weights(l), algebra.weights(layer.weights.map((row) => row.map((w) => qid.value(w))))),
      b: hasBias ? named(names.bias(l), algebra.bias(layer.biases.map((b) => (b === null ? 0 : qid.value(b))))) : null,
      below: i === 0 ? named(names.input, perExample(at, layer.sources, qid.value)) : undefined!,
      z: named(names.net(l), perExample(at, layer.units, (u) => qid.value(`net_${u}`))),
      a: named(names.out(l), perExample(at, layer.units, (u) => qid.value(`out_${u}`))),
    };
  });
  layers.forEach((x, i) => {
    if (i > 0) x.below = layers[i - 1]!.a;
  });
  const root = d.graph.nodes.get(d.graph.root)!;
  const ctx: MatrixContext = { d, names, convention: options.convention, algebra, layers, examples: options.examples, batchMean: root.batchSize };
  const sections: MatrixSection[] = [forwardSection(ctx), errorSection(ctx), ...backwardSections(ctx), afterSection(ctx)];
  return { convention: options.convention, examples: options.examples, sections: sections.filter((s) => s.lines.length > 0) };
}

function forwardSection(ctx: MatrixContext): MatrixSection {
  const lines: MatrixLine[] = [{ kind: 'matrix', lhs: ctx.layers[0]!.below, formula: null }];
  for (const { layer, W, b, below, z, a } of ctx.layers) {
    // z = W a + b (the bias broadcast over the batch); a = f(z) entry by entry (softmax: by column, or by row)
    lines.push({ kind: 'matrix', lhs: z, formula: ctx.algebra.forward(W, below, b) });
    const act = layer.activation;
    lines.push({ kind: 'matrix', lhs: a, formula: act ? { kind: 'apply', fn: activationHead(act), activation: act, arg: operand(z), byRows: ctx.algebra.byRows } : null });
  }
  return { id: 'forward', lines };
}

function errorSection(ctx: MatrixContext): MatrixSection {
  const { d, names } = ctx;
  const loss = d.graph.nodes.get(d.graph.root)!.loss!;
  const y = targets(ctx);
  const lhs: Operand = { name: names.loss, cells: [[qid.value(d.graph.root)]], scalar: 'value' };
  return { id: 'error', lines: [{ kind: 'matrix', lhs: y, formula: null }, { kind: 'matrix', lhs, formula: lossValueForm(loss, ctx.layers.at(-1)!.a, y, ctx.batchMean, ctx.layers.at(-1)!.layer.units[0]!.length) }] };
}

function afterSection(ctx: MatrixContext): MatrixSection {
  const { d, names } = ctx;
  if (!d.graph.trainable.some((p) => d.quantities.has(qid.update(p)))) return { id: 'after', lines: [] };
  const out = ctx.layers.at(-1)!;
  const a = named(names.after(out.a.name), perExample(ctx, out.layer.units, (u) => qid.afterUpdate(`out_${u}`)));
  const e: Operand = { name: names.after(names.loss), cells: [[qid.afterUpdate(d.graph.root)]], scalar: 'value' };
  return { id: 'after', lines: [{ kind: 'matrix', lhs: a, formula: null }, { kind: 'matrix', lhs: e, formula: null }] };
}
