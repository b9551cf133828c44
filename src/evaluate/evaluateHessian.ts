// The Hessian's numbers: the tangent quantities of derive/hessian.ts evaluated, and central differences of the gradient as a check.
import type { Derivation } from '../derive/deriveGraph.js';
import { deriveHessian, type Hessian } from '../derive/hessian.js';
import { qid } from '../derive/quantity.js';
import { compileExpr } from './compileExpr.js';
import { runProgram, type Evaluation } from './evaluateDerivation.js';

/** Values computed before printing: the symbolic Hessian evaluated, and central differences of the gradient. */
export interface HessianValues {
  params: string[];
  values: number[][];
  check: number[][];
}

/** The Hessian's values at an evaluation of the derivation (row i, column j). */
export function evaluateHessian(h: Hessian, ev: Evaluation): number[][] {
  const base = ev.program.ids.length;
  const slots = new Float64Array(base + h.tangents.size);
  slots.set(ev.slots);
  const slotOf = new Map<string, number>();
  let next = base;
  for (const [id, def] of h.tangents) {
    const f = compileExpr(def, (name) => slotOf.get(name) ?? ev.program.slotOf.get(name) ?? fail(name));
    slots[next] = f(slots);
    slotOf.set(id, next++);
  }
  return h.params.map((i) => h.params.map((j) => {
    const id = h.entry(i, j);
    return id === null ? 0 : slots[slotOf.get(id)!]!;
  }));
}

/** Central differences of the gradient: (∂E/∂w_i at w_j + ε − at w_j − ε) / 2ε. */
export function finiteDifferenceHessian(h: Hessian, ev: Evaluation, epsilon = 1e-5): number[][] {
  const gradientAt = (w: string, x: number): number[] => {
    const shifted = runProgram(ev.program, { overrides: new Map([[qid.value(w), x]]) });
    return h.params.map((p) => shifted.get(qid.adjoint(p)));
  };
  const columns = h.params.map((j) => {
    const x = ev.get(qid.value(j));
    const [plus, minus] = [gradientAt(j, x + epsilon), gradientAt(j, x - epsilon)];
    return plus.map((g, i) => (g - minus[i]!) / (2 * epsilon));
  });
  return h.params.map((_, i) => h.params.map((__, j) => columns[j]![i]!));
}

function fail(name: string): never {
  throw new Error(`unknown quantity ${name}`);
}

/** The Hessian of a derivation's gradient at its values, with the finite-difference check, ready to print. */
export function hessianOf(d: Derivation, ev: Evaluation): HessianValues {
  const h = deriveHessian(d);
  return { params: h.params, values: evaluateHessian(h, ev), check: finiteDifferenceHessian(h, ev) };
}
