// The backward pass in matrix form, one section per layer: ∇_a E, f'(z), δ = ∇_a E ⊙ f'(z), ∂E/∂W = δ aᵀ, ∂E/∂b, the updates.
import type { MathNode } from 'mathjs';
import { op, sum, sym } from '../../util/mathNodes.js';
import type { Equation } from '../layout.js';
import { qid } from '../quantity.js';
import { derivativeForm, lossGradientForm, ones } from './lossForms.js';
import { columns, named, targets, type LayerOperands, type MatrixContext } from './matrixContext.js';
import { bin, operand, transpose, type Cell, type MatrixExpr, type MatrixLine, type MatrixSection, type Operand } from './matrixTypes.js';

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

function layerLines(ctx: MatrixContext, x: LayerOperands, above: { W: Operand; delta: Operand } | undefined): { lines: MatrixLine[]; delta: Operand } {
  const { d, names } = ctx;
  const l = x.layer.index;
  const units = x.layer.units;
  const ids = (f: (u: string) => string): Cell[][] => columns(units, f);
  const loss = d.graph.nodes.get(d.graph.root)!.loss!;
  // ∇_a E: the loss's own derivative at the output, (W^(l+1))ᵀ δ^(l+1) below it
  const gradA = named(names.gradOut(l), ids((u) => qid.adjoint(`out_${u}`)));
  const gradForm = above ? bin('matmul', transpose(operand(above.W)), operand(above.delta)) : lossGradientForm(loss, x.a, targets(ctx), ctx.batchMean);
  const lines: MatrixLine[] = [{ kind: 'matrix', lhs: gradA, formula: gradForm }];
  const delta = named(names.delta(l), ids((u) => qid.delta(`net_${u}`)));
  if (x.layer.activation?.layer) {
    // softmax: δ = Jᵀ ∇_a E with J_vu = ∂a_v/∂z_u (one example: a batch has one Jacobian per column)
    if (ctx.examples === 1) {
      const us = units[0]!;
      const J = named(names.jacobian(l), us.map((v) => us.map((u) => qid.partial(`out_${v}`, `net_${u}`))));
      lines.push({ kind: 'matrix', lhs: J, formula: null }, { kind: 'matrix', lhs: delta, formula: bin('matmul', transpose(operand(J)), operand(gradA)) });
    } else lines.push({ kind: 'matrix', lhs: delta, formula: null });
  } else {
    const fp = named(names.derivative(l, x.layer.activation), ids((u) => qid.partial(`out_${u}`, `net_${u}`)));
    lines.push({ kind: 'matrix', lhs: fp, formula: derivativeForm(x.layer.activation, x.a) });
    lines.push({ kind: 'matrix', lhs: delta, formula: bin('hadamard', operand(gradA), operand(fp)) });
  }
  lines.push(...parameterLines(ctx, x, delta));
  return { lines, delta };
}

/** ∂E/∂W = δ aᵀ and ∂E/∂b = δ (a batch: Δ 1), then W⁺ = W − η ∂E/∂W where every entry is its own trainable parameter. */
function parameterLines(ctx: MatrixContext, x: LayerOperands, delta: Operand): MatrixLine[] {
  const { d, names } = ctx;
  const l = x.layer.index;
  const m = ctx.examples;
  const trainable = (p: string | null): boolean => p !== null && d.quantities.has(qid.adjoint(p));
  const own = (p: string | null): boolean => trainable(p) && d.graph.children.get(p!)!.length === m;
  // An entry of the outer product that is not one parameter's gradient (frozen or shared) is its own sum Σ_e δ_j a_k.
  const product = (j: number, k: number | null): MathNode =>
    sum(x.layer.units.map((us, e) => {
      const dj = sym(qid.delta(`net_${us[j]}`));
      return k === null ? dj : op('*', dj, sym(qid.value(x.layer.sources[e]![k]!)));
    }));
  const lines: MatrixLine[] = [];
  const eta: Operand = { name: names.eta, cells: [['eta']], scalar: 'value' };
  const scalarLines: Equation[] = [];
  const emit = (params: (string | null)[][], gradName: Operand['name'], formula: MatrixExpr, value: Operand, entry: (j: number, k: number) => MathNode): void => {
    const flat = params.flat();
    if (!flat.some(trainable)) return;
    const grad = named(gradName, params.map((row, j) => row.map((p, k) => (own(p) ? qid.adjoint(p!) : entry(j, k)))));
    lines.push({ kind: 'matrix', lhs: grad, formula });
    if (flat.every(own)) {
      const upd = named(names.updated(value.name), params.map((row) => row.map((p) => qid.update(p!))));
      lines.push({ kind: 'matrix', lhs: upd, formula: bin('sub', operand(value), bin('scale', operand(eta), operand(grad))) });
    } else {
      for (const p of new Set(flat.filter(trainable))) scalarLines.push(...scalarUpdate(ctx, p!, !own(p)));
    }
  };
  emit(x.layer.weights, names.gradWeights(l), bin('matmul', operand(delta), transpose(operand(x.below))), x.W, (j, k) => product(j, k));
  if (x.b) {
    const bForm = m === 1 ? operand(delta) : bin('matmul', operand(delta), operand(ones(m)));
    emit(x.layer.biases.map((b) => [b]), names.gradBias(l), bForm, x.b, (j) => product(j, null));
  }
  const seen = new Set<string>();
  for (const eq of scalarLines) if (!seen.has(eq.lhs) && seen.add(eq.lhs)) lines.push({ kind: 'scalar', equation: eq });
  return lines;
}

/** A parameter that is not one matrix entry (shared by several, or beside frozen ones): its scalar gradient and update. */
function scalarUpdate(ctx: MatrixContext, p: string, shared: boolean): Equation[] {
  const def = (id: string): MathNode => ctx.d.quantities.get(id)!.def!;
  const line = (lhs: string): Equation => ({ lhs, forms: [def(lhs)], numeric: def(lhs), showValue: true });
  return shared ? [line(qid.adjoint(p)), line(qid.update(p))] : [line(qid.update(p))];
}
