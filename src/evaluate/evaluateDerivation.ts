// Gives every quantity of a derivation its number: compiled once, run exactly or as a student would by hand.
import type { MathNode } from 'mathjs';
import type { Derivation } from '../derive/deriveGraph.js';
import type { Quantity } from '../derive/quantity.js';
import { parseQuantityId } from '../derive/quantityRef.js';
import { NumericError } from '../util/errors.js';
import { compileExpr, type CompileOptions, type Compiled } from './compileExpr.js';
import { roundNumber, type NumberPolicy } from './numberPolicy.js';

/** A derivation compiled to closures over one slot array, in evaluation order. */
export interface Program {
  ids: string[];
  slotOf: SlotIndex;
  /** null for leaves, whose value sits in `leaves`. */
  steps: (Compiled | null)[];
  /** The same steps over the printed forms instead of their twins, for hand mode (compiled on first use). */
  textbookSteps?: (Compiled | null)[];
  leaves: Float64Array;
  derivation: Derivation;
}

export interface Evaluation {
  program: Program;
  slots: Float64Array;
  /** The value of a quantity id (throws on an unknown id). */
  get(id: string): number;
  hand: boolean;
}

export function compileDerivation(derivation: Derivation): Program {
  const { quantities } = derivation;
  const ids: string[] = [];
  let aligned = true;
  for (const q of quantities.values()) {
    if (q.slot !== ids.length) aligned = false;
    ids.push(q.id);
  }
  // Each quantity knows its slot (its position in evaluation order): the quantities map answers slot lookups.
  const slotOf: SlotIndex = aligned ? new QuantitySlots(quantities) : new Map(ids.map((id, i) => [id, i]));
  const lookup = (name: string): number => {
    const i = slotOf.get(name);
    if (i === undefined) throw new Error(`unknown quantity ${name}`);
    return i;
  };
  const leaves = new Float64Array(ids.length);
  let i = 0;
  for (const q of quantities.values()) leaves[i++] = q.def ? 0 : (q.value ?? Number.NaN);
  return { ids, slotOf, steps: compileSteps(derivation, lookup), leaves, derivation };
}

function compileSteps(derivation: Derivation, lookup: (name: string) => number, opts: CompileOptions = {}): (Compiled | null)[] {
  const steps: (Compiled | null)[] = new Array(derivation.quantities.size);
  // Subtrees shared between quantities compile to one shared closure.
  const shared = new Map<MathNode, Compiled>();
  let i = 0;
  for (const q of derivation.quantities.values()) steps[i++] = q.def ? compileExpr(q.def, lookup, shared, opts) : null;
  return steps;
}

/** Hand mode's steps: the printed forms (out(1 − out) from the rounded out), as a student computes them. */
function textbookSteps(program: Program): (Compiled | null)[] {
  return (program.textbookSteps ??= compileSteps(program.derivation, (name) => program.slotOf.get(name)!, { textbook: true }));
}

/** Quantity id -> slot. */
export interface SlotIndex {
  get(id: string): number | undefined;
  has(id: string): boolean;
}

/** Slots read off the quantities themselves, without a second map of every id. */
class QuantitySlots implements SlotIndex {
  constructor(private readonly quantities: ReadonlyMap<string, Quantity>) {}
  get(id: string): number | undefined {
    return this.quantities.get(id)?.slot;
  }
  has(id: string): boolean {
    return this.quantities.has(id);
  }
}

/**
 * Runs the program. `overrides` replaces leaf values (e.g. updated weights); with a hand policy every
 * computed quantity is rounded as printed before later quantities read it; `textbook` runs the printed forms unrounded.
 */
export function runProgram(program: Program, opts: { overrides?: ReadonlyMap<string, number>; policy?: NumberPolicy; textbook?: boolean } = {}): Evaluation {
  const slots = Float64Array.from(program.leaves);
  for (const [id, value] of opts.overrides ?? []) {
    const i = program.slotOf.get(id);
    if (i !== undefined) slots[i] = value;
  }
  const hand = opts.policy?.hand === true;
  // `textbook`: the printed forms in full precision, as a program that codes the slides' formulas computes them
  const steps = hand || opts.textbook ? textbookSteps(program) : program.steps;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (step === null || step === undefined) continue;
    const x = step(slots);
    slots[i] = hand ? roundNumber(x, opts.policy!) : x;
  }
  checkFinite(program, slots);
  return {
    program,
    slots,
    hand,
    get(id: string) {
      const i = program.slotOf.get(id);
      if (i === undefined) throw new Error(`unknown quantity ${id}`);
      return slots[i]!;
    },
  };
}

/** Evaluates one printed form (a tree over quantity ids) against an evaluation, rounding it in hand mode. */
export function evaluateForm(form: MathNode, ev: Evaluation, policy: NumberPolicy): number {
  const f = compileExpr(form, (name) => {
    const i = ev.program.slotOf.get(name);
    if (i === undefined) throw new Error(`unknown quantity ${name}`);
    return i;
  }, undefined, { textbook: ev.hand });
  const x = f(ev.slots);
  return ev.hand ? roundNumber(x, policy) : x;
}

function checkFinite(program: Program, slots: Float64Array): void {
  const allowed = program.derivation.overflowFactors;
  for (let i = 0; i < slots.length; i++) {
    if (Number.isFinite(slots[i]!)) continue;
    const id = program.ids[i]!;
    if (allowed?.has(id) && Math.abs(slots[i]!) === Infinity) continue;
    const q = program.derivation.quantities.get(id)!;
    const what = q.def ? `${q.def.toString()}` : 'a given value';
    throw new NumericError(`${describeQuantity(id)} is ${slots[i]} (computed from ${what})`, id);
  }
}

function describeQuantity(id: string): string {
  const ref = parseQuantityId(id);
  switch (ref?.kind) {
    case 'value': return `node ${ref.node}`;
    case 'partial': return `∂${ref.of}/∂${ref.wrt}`;
    case 'adjoint': return `∂E/∂${ref.node}`;
    case 'delta': return `δ of ${ref.node}`;
    case 'update': return `updated ${ref.node}`;
    case 'optimizerState': return `the optimizer's ${ref.key} of ${ref.node}`;
    default: return id;
  }
}
