// Per-student variants of a network: the same shape with nice random parameters, checked so every answer reads well.
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { InputError } from '../util/errors.js';
import { randomFor, type Random } from './random.js';
import { makeWorksheet, type WorksheetOptions, type SheetAnswer } from './worksheet.js';

export interface Student {
  id: string;
  name?: string;
}

export interface VariantOptions extends WorksheetOptions {
  seed: string | number;
  students: readonly Student[];
  /** The grid parameters are drawn on (default 0.05) and their largest magnitude (default 1). */
  grid?: number;
  max?: number;
  /** Derives a network at the sheets' precision (the API's derive). */
  derive: (def: NetworkDefinition) => DerivationDocument;
}

export interface Variant {
  student: Student;
  /** The student's network file (JSON, which the YAML loader reads). */
  network: string;
  question: string;
  solution: string;
  answers: SheetAnswer[];
  /** Half a unit in the last printed place of each answer. */
  tolerance: number;
}

const TRIES = 400;

export function makeVariants(def: NetworkDefinition, options: VariantOptions): Variant[] {
  return options.students.map((student) => makeVariant(def, student, options));
}

function makeVariant(def: NetworkDefinition, student: Student, options: VariantOptions): Variant {
  const random = randomFor(options.seed, student.id);
  for (let i = 0; i < TRIES; i++) {
    const spec = { ...def.spec, title: `${def.spec.title ?? 'Backpropagation'} (${student.name ?? student.id})`, parameters: drawParameters(Object.keys(def.spec.parameters ?? {}), random, options) };
    const variant: NetworkDefinition = { ...def, spec };
    const doc = options.derive(variant);
    if (reasonToRedraw(doc) !== undefined) continue;
    const sheet = makeWorksheet(doc, options);
    return { student, network: `${JSON.stringify(spec, null, 2)}\n`, question: sheet.question, solution: sheet.solution, answers: sheet.answers, tolerance: Number((0.5 * 10 ** -sheet.precision.decimals).toPrecision(6)) };
  }
  throw new InputError(`no parameters on the grid gave student ${student.id} readable answers in ${TRIES} draws (a saturated unit, a gradient too small to show, or an answer at a rounding tie): try a finer --grid or more --decimals`, { file: def.file });
}

/** Distinct non-zero multiples of the grid in [-max, max], one per parameter. */
function drawParameters(names: readonly string[], random: Random, options: VariantOptions): Record<string, number> {
  const grid = options.grid ?? 0.05;
  const steps = Math.floor((options.max ?? 1) / grid + 1e-9);
  if (2 * steps < names.length) throw new InputError(`a grid of ${2 * steps} values cannot give ${names.length} parameters distinct values: widen --grid`, { file: '<command line>' });
  const used = new Set<number>();
  const out: Record<string, number> = {};
  for (const name of names) {
    let k = 0;
    while (k === 0 || used.has(k)) k = Math.floor(random() * (2 * steps + 1)) - steps;
    used.add(k);
    out[name] = Number((k * grid).toFixed(10));
  }
  return out;
}

/** Why a draw would make a poor sheet, or undefined: a saturated unit, an invisible gradient, an answer near a rounding tie. */
export function reasonToRedraw(doc: DerivationDocument): string | undefined {
  const { valuation, derivation } = doc;
  const d = valuation.policy.decimals;
  for (const [id, node] of derivation.graph.nodes) {
    if (node.kind !== 'activation') continue;
    const slope = derivation.quantities.has(`pd$${id}$${node.parents[0]}`) ? Math.abs(valuation.exact(`pd$${id}$${node.parents[0]}`)) : 1;
    if (slope < 0.02) return `${id} is saturated`;
  }
  for (const p of derivation.graph.trainable) if (Math.abs(valuation.exact(`g$${p}`)) < 2 * 10 ** -d) return `∂E/∂${p} would not show`;
  for (const s of doc.layout.sections) for (const b of s.blocks) for (const eq of b.equations) {
    if (!eq.showValue || eq.lhs.startsWith('after$')) continue;
    const scaled = Math.abs(valuation.exact(eq.lhs)) * 10 ** d;
    if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 0.01) return `${eq.lhs} is near a rounding tie`;
  }
  return undefined;
}
