// The backward pass in matrix form, one section per layer: ∇_a E, f'(z), δ = ∇_a E ⊙ f'(z) (softmax: Jᵀ ∇_a E), then the parameters.
import { num, op, sym } from '../../util/mathNodes.js';
import type { Graph } from '../../graph/types.js';
import { qid } from '../quantity.js';
import { derivativeForm, lossGradientForm, meanOf } from './lossForms.js';
import { named, perExample, targets, type LayerOperands, type MatrixContext } from './matrixContext.js';
import { bin, operand, type Cell, type MatrixLine, type MatrixSection, type Operand } from './matrixTypes.js';
import { parameterLines } from './parameterLines.js';

export function backwardSections(ctx: MatrixContext): MatrixSection[] {
  const sections: MatrixSection[] = [];
  let above: { W: Operand; delta: Operand } | undefined;
  for (let i = ctx.layers.length - 1; i >= 0; i--) {
    const x = ctx.layers[i]!;
    const { lines, delta } = layerLines(ctx, x, above);
    sections.push(i === ctx.layers.length - 1 ? { id: 'output', lines } : { id: 'hidden', layer: x.layer.index, lines });
    above = { W: x.W, delta };
  }
  return sections;
}

/** Ng's dZ and dA are per example: m times the δ of the mean (an extra tree, evaluated like every entry). */
export function exampleScale(ctx: MatrixContext): (id: string) => Cell {
  const m = ctx.convention === 'ng' ? ctx.batchMean : undefined;
  return m === undefined ? (id) => id : (id) => op('*', num(m), sym(id));
}

function layerLines(ctx: MatrixContext, x: LayerOperands, above: { W: Operand; delta: Operand } | undefined): { lines: MatrixLine[]; delta: Operand } {
  const { d, names } = ctx;
  const l = x.layer.index;
  const scaled = exampleScale(ctx);
  const cells = (f: (u: string) => Cell): Cell[][] => perExample(ctx, x.layer.units, f);
  const loss = d.graph.nodes.get(d.graph.root)!.loss!;
  const mean = ctx.convention === 'ng' ? undefined : ctx.batchMean;
  // ∇_a E: the loss's own derivative at the output, (W^(l+1))ᵀ δ^(l+1) below it
  const gradA = named(names.gradOut(l), cells((u) => scaled(qid.adjoint(`out_${u}`))));
  const gradForm = above ? ctx.algebra.backprop(above.W, above.delta) : lossGradientForm(loss, x.a, targets(ctx), mean, x.layer.units[0]!.length);
  const lines: MatrixLine[] = [{ kind: 'matrix', lhs: gradA, formula: gradForm }];
  const delta = named(names.delta(l), cells((u) => scaled(qid.delta(`net_${u}`))));
  const act = x.layer.activation;
  if (!above && outputShortcut(d.graph, ctx, x)) {
    // softmax with cross-entropy (targets summing to 1), sigmoid with binary cross-entropy: δ = a − y
    lines.push({ kind: 'matrix', lhs: delta, formula: meanOf(mean, bin('sub', operand(x.a), operand(targets(ctx)))) });
  } else if (act?.layer) {
    lines.push(...softmaxLines(ctx, x, gradA, delta));
  } else {
    const fp = named(names.derivative(l, act), cells((u) => qid.partial(`out_${u}`, `net_${u}`)));
    lines.push({ kind: 'matrix', lhs: fp, formula: derivativeForm(act, x.a) });
    lines.push({ kind: 'matrix', lhs: delta, formula: bin('hadamard', operand(gradA), operand(fp)) });
  }
  lines.push(...parameterLines(ctx, x, delta));
  return { lines, delta };
}

/** Softmax: δ = Jᵀ ∇_a E with J_vu = ∂a_v/∂z_u (one example: a batch has one Jacobian per example, only δ's numbers print). */
function softmaxLines(ctx: MatrixContext, x: LayerOperands, gradA: Operand, delta: Operand): MatrixLine[] {
  if (ctx.examples > 1) return [{ kind: 'matrix', lhs: delta, formula: null }];
  const us = x.layer.units[0]!;
  const J = named(ctx.names.jacobian(x.layer.index), us.map((v) => us.map((u) => qid.partial(`out_${v}`, `net_${u}`))));
  return [{ kind: 'matrix', lhs: J, formula: null }, { kind: 'matrix', lhs: delta, formula: ctx.algebra.jacobianDelta(J, gradA) }];
}

/** δ = a − y holds for sigmoid with binary cross-entropy, and for softmax with cross-entropy when each example's targets sum to 1. */
function outputShortcut(graph: Graph, ctx: MatrixContext, x: LayerOperands): boolean {
  const loss = graph.nodes.get(graph.root)!.loss!.id;
  const act = x.layer.activation?.id;
  if (act === 'sigmoid' && loss === 'binary-cross-entropy') return true;
  if (act !== 'softmax' || loss !== 'cross-entropy') return false;
  return x.layer.units.every((us) => Math.abs(us.reduce((s, u) => s + graph.nodes.get(`target_${u}`)!.value!, 0) - 1) < 1e-12);
}

