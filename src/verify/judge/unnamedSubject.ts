// A chain that names nothing ("the step is $-0.1\cdot4/\sqrt{16}=-0.1$", an update written as its formula, a line going on from the one above): the quantity it is about, so each number is compared with the quantity it stands for.
import type { MathNode } from '../../util/mathjs.js';
import { SymbolNode } from '../../util/mathjs.js';
import type { MathChain, MathSide } from '../read/parseLatexMath.js';
import type { ChainState } from './chainState.js';
import { continuedArithmetic } from './continuedArithmetic.js';
import { literalOf } from './claims/value.js';
import { updateQuantity } from '../resolve/updateQuantity.js';
import type { NumberLiteral } from '../read/mathCursor.js';
import { qid } from '../../derive/quantityRef.js';
import { alignEngine } from './alignEngine.js';
import { engineEnv, isQuantityName } from './claims/operands.js';
import { digitSlip } from './explain/digitSlip.js';
import type { JudgeContext } from './judgeContext.js';
import type { DocumentMemory } from './memory.js';

interface Entry {
  id: string;
  formula: MathNode;
}

interface Index {
  entries: Entry[];
  /** Entries (by position) whose formula reads each quantity. */
  readers: Map<string, number[]>;
  /** Every quantity a formula reads, by |value|. */
  leaves: { size: number; id: string }[];
}

/** A number that as many quantities print as this says nothing about which formula a side works out (1, 0, 0.5). */
const TOO_COMMON = 24;

const built = new WeakMap<object, Index>();

/** What a first side that is not a name (numbers, or a formula of names) is about, if anything: the state after it. */
export function numbersSubject(chain: MathChain, i: number, cleared: ChainState, memory: DocumentMemory, ctx: JudgeContext, rounds: number | undefined): ChainState {
  const side = chain.sides[i]!;
  const about = (id: string, carried = cleared.carried): ChainState => ({ subject: { id, source: ctx.net.nameOf(id) }, carried });
  // w_5 − lr·∂loss/∂w_5 = 0.3589 (an entry of a matrix update): the side is p⁺'s formula, the number after it p⁺'s value
  const update = rounds === undefined ? updateQuantity(side.node, ctx.table, ctx.net) : undefined;
  if (update) return about(update);
  // 0.2 − 0.4 + 2.8 = 2.6 on the line after z_1 = 0.2·1 − 0.1·4 + 0.4·7: the same quantity, one step on
  const on = i === 0 ? continuedArithmetic(side, memory, ctx.lookup, literalOf(chain.sides.at(-1)!)) : undefined;
  if (on) {
    const { value, side: before, cause } = on.arithmetic;
    return about(on.id, { ...cleared.carried, arithmetic: value, arithmeticSide: before, ...(cause ? { tainted: true, cause } : {}) });
  }
  // −0.1 · 4/√16 = −0.1 under "the step is": numbers only, the working of one quantity's formula
  const worked = i === 0 && rounds === undefined ? unnamedSubject(side, ctx, memory) : undefined;
  return worked ? about(worked) : cleared;
}

/**
 * The quantity a side of bare numbers is the working of, when it is one beyond doubt: one of the engine's formulas for
 * it pairs every number of the side with a quantity, at least two of them that quantity's value as printed, at most one
 * not, and no formula of a quantity with another value pairs as many. A number that is not its quantity's value must be
 * a slip one can name (a digit, the point moved) or stand for a quantity the page printed right before: a second
 * example's own numbers are neither.
 */
function unnamedSubject(side: MathSide, ctx: JudgeContext, memory: DocumentMemory): string | undefined {
  if (side.numbers.length < 2) return undefined;
  const index = indexOf(ctx);
  const seen = new Map<number, number>();
  side.numbers.forEach((literal) => {
    const ids = leavesPrinting(index, literal);
    if (ids.length > TOO_COMMON) return;
    for (const id of ids) for (const e of index.readers.get(id) ?? []) seen.set(e, (seen.get(e) ?? 0) + 1);
  });
  const env = engineEnv(ctx);
  let best: { id: string; score: number; value: number } | undefined;
  let tied = false;
  for (const [e, count] of seen) {
    if (count < 2) continue;
    const entry = index.entries[e]!;
    const m = alignEngine(entry.formula, side.node, side.numbers, env);
    // every number paired with a quantity (none only by the value of a part), at least two fitting and at most one not
    if (!m || m.operands.some((op) => op.part) || !Number.isInteger(m.score) || m.score < 2 || m.operands.length - m.score > 1) continue;
    const misfit = m.operands.find((op) => env.fit(op.id, op.literal, op.negated) === 0);
    if (misfit && !explained(misfit.id, misfit.literal, misfit.negated, ctx, memory)) continue;
    // 0.2 + (0.9)(−0.0087)(1) = 0.192 read as w35's step with δ5 misprinted, where −0.0087 is δ4 as printed and w14's
    // step, which reads δ4, aligns better: the number is right in that reading, so this one's slip is no slip to name
    if (misfit && rightElsewhere(index, seen, e, misfit.literal, ctx, (other) => (alignEngine(index.entries[other]!.formula, side.node, side.numbers, env)?.score ?? 0) > m.score)) continue;
    const value = ctx.net.valueOf(entry.id);
    if (value === undefined) continue;
    // −0.01 · 4/√16 reads −Δθ with −η printed −0.01 better than Δθ with η printed −0.01: a number's sign counts
    const score = 2 * m.score + (misfit && !sameSign(misfit.id, misfit.literal, misfit.negated, ctx) ? 0 : 1);
    if (best && score === best.score && Math.abs(value - best.value) > 1e-12 * Math.max(1, Math.abs(value))) tied = true;
    if (!best || score > best.score) [best, tied] = [{ id: entry.id, score, value }, false];
  }
  return best && !tied ? best.id : undefined;
}

/** A number that is not its quantity's value, but a slip of it one can name, or of a value the page printed right before. */
function explained(id: string, literal: NumberLiteral, negated: boolean, ctx: JudgeContext, memory: DocumentMemory): boolean {
  const value = (negated ? -1 : 1) * ctx.net.exact(id);
  const printed = memory.printedFor(id);
  if (printed && (printed.verdict === 'exact' || printed.verdict === 'rounding-propagation')) return true;
  return literal.text.replace(/[^0-9]/g, '').replace(/^0+/, '').length >= 2 && digitSlip(literal.text, [value]) !== undefined;
}

/** Whether the literal (two significant digits or more) prints a quantity that another candidate formula (of another value, aligning better) reads. */
function rightElsewhere(index: Index, seen: Map<number, number>, e: number, literal: NumberLiteral, ctx: JudgeContext, better: (other: number) => boolean): boolean {
  // a round given (0.1, 0.3) prints many quantities and tells no reading apart
  if (literal.text.replace(/[^0-9]/g, '').replace(/^0+/, '').length < 2) return false;
  const value = ctx.net.valueOf(index.entries[e]!.id);
  return leavesPrinting(index, literal).some((id) => (index.readers.get(id) ?? []).some((other) => {
    const v = ctx.net.valueOf(index.entries[other]!.id);
    return other !== e && (seen.get(other) ?? 0) >= 2 && v !== undefined && value !== undefined && Math.abs(v - value) > 1e-12 * Math.max(1, Math.abs(value)) && better(other);
  }));
}

/** Whether a number has the sign of the quantity it is paired with. */
function sameSign(id: string, literal: NumberLiteral, negated: boolean, ctx: JudgeContext): boolean {
  return Math.sign((negated ? -1 : 1) * ctx.net.exact(id)) === Math.sign(literal.value);
}

/** The quantities whose value, or its negative, prints as the literal. */
function leavesPrinting(index: Index, literal: NumberLiteral): string[] {
  const size = Math.abs(literal.value);
  const half = 0.5 * 10 ** -literal.decimals;
  const out: string[] = [];
  for (let i = lowerBound(index.leaves, size - half); i < index.leaves.length && index.leaves[i]!.size <= size + half; i++) out.push(index.leaves[i]!.id);
  return out;
}

function indexOf(ctx: JudgeContext): Index {
  const key = ctx.net.doc;
  const found = built.get(key);
  if (found) return found;
  const d = ctx.net.doc.derivation;
  const changes = d.graph.trainable.flatMap((w) => [qid.change(w), `neg$${qid.change(w)}`]);
  const entries: Entry[] = [];
  const readers = new Map<string, number[]>();
  for (const id of [...d.quantities.keys(), ...changes]) {
    for (const formula of ctx.engineFormulas(id)) {
      const at = entries.push({ id, formula }) - 1;
      const names = new Set(formula.filter((n) => n instanceof SymbolNode && isQuantityName(n.name)).map((n) => (n as SymbolNode).name));
      for (const name of names) (readers.get(name) ?? readers.set(name, []).get(name)!).push(at);
    }
  }
  const leaves = [...readers.keys()].flatMap((id) => {
    const x = ctx.net.valueOf(id);
    return x === undefined ? [] : [{ size: Math.abs(x), id }];
  }).sort((a, b) => a.size - b.size);
  const index = { entries, readers, leaves };
  built.set(key, index);
  return index;
}

function lowerBound(xs: readonly { size: number }[], x: number): number {
  let [lo, hi] = [0, xs.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]!.size < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
