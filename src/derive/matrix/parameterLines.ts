// A layer's parameters in matrix form: ∂E/∂W = δ aᵀ (Ng: 1/m dZ Aᵀ), ∂E/∂b, and W⁺ = W − η ∂E/∂W where each entry is its own parameter.
import type { MathNode } from 'mathjs';
import { op, sum, sym } from '../../util/mathNodes.js';
import type { Equation } from '../layout.js';
import { qid } from '../quantity.js';
import { constant } from './lossForms.js';
import { named, type LayerOperands, type MatrixContext } from './matrixContext.js';
import { bin, operand, type Cell, type MatrixExpr, type MatrixLine, type MatrixName, type Operand } from './matrixTypes.js';

/** A shared parameter's gradient prints its sum of contributions up to this many terms. */
const MAX_TERMS = 4;

export function parameterLines(ctx: MatrixContext, x: LayerOperands, delta: Operand): MatrixLine[] {
  const { d, names, algebra } = ctx;
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
  // Ng averages in the gradient: dW = 1/m dZ Aᵀ, db = 1/m dZ 1
  const ngMean = ctx.convention === 'ng' ? ctx.batchMean : undefined;
  const averaged = (f: MatrixExpr): MatrixExpr => (ngMean === undefined ? f : bin('scale', operand(constant(1 / ngMean, `\\frac{1}{${ngMean}}`, `(1/${ngMean})`)), f));
  const eta: Operand = { name: names.eta, cells: [['eta']], scalar: 'value' };
  const lines: MatrixLine[] = [];
  const scalars: Equation[] = [];
  const emit = (params: (string | null)[][], orient: (c: Cell[][]) => Cell[][], gradName: MatrixName, formula: MatrixExpr, value: Operand, entry: (j: number, k: number) => MathNode): void => {
    const flat = params.flat();
    if (!flat.some(trainable)) return;
    const grad = named(gradName, orient(params.map((row, j) => row.map((p, k): Cell => (own(p) ? qid.adjoint(p!) : entry(j, k))))));
    lines.push({ kind: 'matrix', lhs: grad, formula: averaged(formula), role: 'gradient' });
    if (flat.every(own)) {
      const upd = named(names.updated(value.name), orient(params.map((row) => row.map((p) => qid.update(p!)))));
      lines.push({ kind: 'matrix', lhs: upd, formula: bin('sub', operand(value), bin('scale', operand(eta), operand(grad))), role: 'update' });
    } else {
      for (const p of new Set(flat.filter(trainable))) scalars.push(...scalarUpdate(ctx, p!, !own(p)));
    }
  };
  emit(x.layer.weights, (c) => algebra.weights(c), names.gradWeights(l), algebra.gradWeights(delta, x.below), x.W, product);
  if (x.b) emit(x.layer.biases.map((b) => [b]), (c) => algebra.bias(c.map((row) => row[0]!)), names.gradBias(l), algebra.gradBias(delta, m), x.b, (j) => product(j, null));
  const seen = new Set<string>();
  for (const eq of scalars) if (!seen.has(eq.lhs) && seen.add(eq.lhs)) lines.push({ kind: 'scalar', equation: eq });
  return lines;
}

/** A parameter that is not one matrix entry (shared by several, or beside frozen ones): its scalar gradient and update. */
function scalarUpdate(ctx: MatrixContext, p: string, shared: boolean): Equation[] {
  const def = (id: string): MathNode => ctx.d.quantities.get(id)!.def!;
  const line = (lhs: string): Equation => ({ lhs, forms: [def(lhs)], numeric: def(lhs), showValue: true });
  // a parameter shared by many units: its sum of contributions is too long to print; its value stands alone
  const gradient = ctx.d.graph.children.get(p)!.length > MAX_TERMS ? { lhs: qid.adjoint(p), forms: [], numeric: null, showValue: true } : line(qid.adjoint(p));
  return shared ? [gradient, line(qid.update(p))] : [line(qid.update(p))];
}
