// Judges a side of bare numbers written for a quantity (= 0.40 · 0.5933 + 0.45 · 0.5969 + 0.60): its operands, its terms, and what it leaves in memory.
import type { MathSide } from '../../read/parseLatexMath.js';
import { rootOf, type Claim } from '../claim.js';
import type { Carried, Subject } from '../chainState.js';
import type { JudgeContext } from '../judgeContext.js';
import type { DocumentMemory } from '../memory.js';
import { roundingSlack } from '../roundingSlack.js';
import { correlatedSlack } from '../correlatedSlack.js';
import { plausible } from './arithmetic.js';
import { judgeEngineOperands, judgeOperands } from './operands.js';
import { parseQuantityId, qid } from '../../../derive/quantityRef.js';
import { ConstantNode, FunctionNode, SymbolNode, type MathNode } from '../../../util/mathjs.js';
import { isTrainingSetting } from '../../network/networkView.js';
import { mapSymbols } from '../../../util/mathNodes.js';
import { termClaims } from './terms.js';
import { continuedSide, stepClaims } from './steps.js';
import { rowTermClaims } from '../rowTerms.js';
import { standsForValue } from '../unroundedOperands.js';
import { sameValue as sameExact } from '../verdict.js';
import { filterTree, traverseTree } from '../../../util/walkTree.js';

/** Two values of consecutive sides that agree within the rounding of the numbers in between. */
const sameValue = (a: number, b: number, slack: number): boolean => Math.abs(a - b) <= slack + 1e-9 * Math.max(1, Math.abs(a));

export interface SubstitutionResult {
  claims: Claim[];
  carried: Carried;
  memory: DocumentMemory;
}

/**
 * The engine's formulas a side of numbers written for `id` is worked from. A parameter after k rounds is its update
 * (w − η ∂E/∂w) from its value and gradient after k − 1 rounds, whatever round the text is at; any other quantity
 * after some rounds has no formula over quantities that could be paired (none).
 */
function engineFormulasFor(id: string, ctx: JudgeContext): readonly MathNode[] {
  const ref = parseQuantityId(id);
  if (ref?.kind !== 'trained') return ctx.engineFormulas(id);
  // pinned at no rounds (an optimizer's state at the step the derivation prints, m_1): the quantity as it stands
  if (ref.rounds === 0) return ctx.engineFormulas(ref.quantity);
  if (ref.quantity !== qid.value(ref.node) || !ctx.engineFormulas(qid.update(ref.node)).length) return [];
  const before = ref.rounds - 1;
  const earlier = (leaf: string): string => {
    if (before === 0) return leaf;
    const of = parseQuantityId(leaf);
    // inputs, targets and η stay what they are; anything computed or trained moves with the weights
    return of?.kind === 'value' ? ctx.net.inRounds(leaf, before) ?? leaf : of ? qid.trained(before, leaf) : leaf;
  };
  return ctx.engineFormulas(qid.update(ref.node)).map((f) => mapSymbols(f, (name) => new SymbolNode(name.includes('$') ? earlier(name) : name)));
}

/** The side's rounding slack, worked out once when first asked for. */
function slackOf(side: MathSide, formula: MathNode | undefined, ctx: JudgeContext): () => number {
  let slack: number | undefined;
  return () => {
    if (slack !== undefined) return slack;
    // σ(z)(1 − σ(z)) = 0.6028 × 0.3972: one rounded number, not two, when the other is computed from it
    const plain = roundingSlack(side.node, side.numbers, ctx.net.givenValues);
    return (slack = Math.min(plain, (formula && correlatedSlack(formula, side, ctx.net.givenValues)) ?? plain));
  };
}

/**
 * A number of the side the document printed wrong before, unless here it stands for a quantity it is right for: 0.0822
 * printed for ∂E/∂w_6 (wrong) and then substituted for ∂E/∂w_5 (whose value it is) carries no mistake into w_5⁺.
 */
function reusedWrong(side: MathSide, operands: readonly Claim[], memory: DocumentMemory): string | undefined {
  const right = new Set(operands.filter((c) => c.verdict === 'exact' || c.verdict === 'rounding-propagation').map((c) => c.start));
  return side.numbers.find((n) => memory.printedWrong(n.text) && !right.has(n.start))?.text;
}

/**
 * Arithmetic on a wrong operand, or on a number the document printed wrong before (0.3275 for z1, then
 * \frac{1}{1+e^{-0.3275}}), is no excuse for its result: it does not count as the document's own value.
 */
export function judgeSubstitution(side: MathSide, value: number, subject: Subject | undefined, carried: Carried, ctx: JudgeContext, memory: DocumentMemory, rounds: number | undefined): SubstitutionResult {
  const slack = slackOf(side, carried.formula, ctx);
  if (!subject) {
    // ∂output1/∂output1' = output1*(1-output1) = 0.751365095*(1-0.751365095): the left side is no quantity, but the
    // numbers still stand for the formula's names, each one compared with its quantity
    const operands = carried.formula ? judgeOperands(carried.formula, side, ctx, memory, rounds) : [];
    // max(0, 16·0.04 − 6·0.22) = max(0, 0.68): a number that replaces a part of the side before it is that part's value
    const taken = new Set(operands.filter(reported).map((c) => c.start));
    // a row worked term by term on a line of its own after the side of numbers it works on (rule "row by row")
    const steps = (carried.arithmeticSide ? stepClaims(carried.arithmeticSide, side, ctx.lookup, undefined, carried.corrected) : rowTermClaims(side, memory, ctx.lookup)).filter((c) => !taken.has(c.start));
    const named = [...operands, ...steps];
    const wrongOperand = named.find((c) => c.verdict === 'erratum');
    // after a step printed wrong, what follows is judged against the side before that step, not the wrong number
    const wrongStep = steps.some((c) => c.verdict === 'erratum') && carried.arithmetic !== undefined;
    sameMistake(named, wrongOperand);
    // arithmetic on a number printed wrong before: its result carries that mistake (δ = −0.7944 × 0.2395)
    const wrong = reusedWrong(side, named, memory);
    const cause = rootOf(wrongOperand) ?? (wrong === undefined ? undefined : memory.wrongRoot(wrong));
    const tainted = wrongOperand !== undefined || wrong !== undefined;
    const inherited = wrong ?? wrongOperand?.printed;
    const after = wrongStep ? { arithmetic: carried.arithmetic!, arithmeticSide: carried.arithmeticSide!, ownValue: value, ownCause: cause! } : { arithmetic: value, arithmeticSide: side };
    const kept = side.numbers.length >= 3 ? memory.with({ kind: 'unnamedSide', side }) : memory;
    return { claims: named.filter(reported), carried: { ...after, slack, tainted: tainted && !wrongStep, ...(inherited ? { inherited } : {}), ...(cause && !wrongStep ? { cause } : {}) }, memory: kept };
  }
  const written = carried.formula ? judgeOperands(carried.formula, side, ctx, memory, rounds) : [];
  const trained = parseQuantityId(subject.id)?.kind === 'trained';
  // a formula whose numbers are only parts' values (δ_{o1} w_5 printed 0.0554) leaves them to the engine's formulas
  const read = written.some(reported) || (rounds !== undefined && !trained) ? { claims: [] } : judgeEngineOperands(subject.id, side, ctx, memory, engineFormulasFor(subject.id, ctx));
  const engine = read.claims;
  const named = engine.length > 0 ? engine : written;
  // a number that replaces a part of the side of numbers before it is that part's value
  const taken = new Set(named.filter(reported).map((c) => c.start));
  // the step before is on this chain, or on an earlier line that wrote the same quantity one step back
  const stepFrom = carried.arithmeticSide ?? continuedSide(memory.lastArithmetic(subject.id), side);
  const steps = stepFrom ? stepClaims(stepFrom, side, ctx.lookup, ctx.net.givenValues, stepFrom === carried.arithmeticSide ? carried.corrected : undefined).filter((c) => !taken.has(c.start)) : [];
  const operands = [...named, ...steps];
  const inherited = reusedWrong(side, operands, memory);
  const wrongOperand = operands.find((c) => c.verdict === 'erratum');
  sameMistake(operands, wrongOperand);
  // a step that follows from a wrong one before it carries that mistake on, on the same line or on a later one
  // (z = 0.5(0.487) + … then z = 0.244 + … = 0.539, where 0.487 was wrong)
  const exact = ctx.net.exact(subject.id);
  const follows = (before: number): boolean => Math.abs(value - before) < Math.abs(value - exact) && sameValue(value, before, 2 * slack());
  const earlier = carried.arithmeticSide ? undefined : memory.lastArithmetic(subject.id);
  const again = earlier?.cause !== undefined && follows(earlier.value);
  const stepOn = carried.tainted === true && carried.arithmetic !== undefined && (sameValue(value, carried.arithmetic, carried.slack?.() ?? 0) || follows(carried.arithmetic));
  const tainted = wrongOperand !== undefined || inherited !== undefined || again || stepOn;
  const cause = rootOf(wrongOperand) ?? (inherited !== undefined ? memory.wrongRoot(inherited) : again ? earlier!.cause : carried.cause);
  // Every rounded number of the side stands for a quantity it is the value of: the side's distance from the exact
  // value is its operands' rounding, however far that carries.
  // Or each was printed earlier for a quantity, right there, and those quantities give the subject's exact value.
  const paired = new Set(operands.map((c) => c.start));
  const standsRight = (): boolean => {
    const x = standsForValue(side, memory, ctx.net.givenValues);
    return x !== undefined && sameExact(x, exact);
  };
  const verified = !tainted && !carried.formulaWrong && !read.termLeftOut && ((operands.length > 0 && side.numbers.every((n) => n.decimals === 0 || paired.has(n.start))) || standsRight());
  // each number shown right at its printed places (a stale 1 for m_1 is a whole number too: only the formula's own
  // constants go unchecked; a truncated operand is not right)
  const right = operands.every((c) => c.verdict === 'exact' || c.verdict === 'rounding-propagation');
  // compared with the network, not with the step before (0.9 + 0.96002 after 0.9(1) + 0.1(9.6002) shows no 1 right)
  const compared = new Set(named.map((c) => c.start));
  const shown = verified && right && side.numbers.every((n) => compared.has(n.start) || (n.decimals === 0 && readsConstant(carried.formula, n.value)));
  let next = memory;
  if (!tainted && plausible({ arithmetic: value, slack, verified, formulaWrong: carried.formulaWrong }, ctx.net.exact(subject.id))) next = next.with({ kind: 'arithmetic', id: subject.id, value });
  const before = carried.arithmeticSide ? { value: carried.arithmetic!, side: carried.arithmeticSide } : next.lastArithmetic(subject.id);
  // A term judged against the line that computed it says more (its arithmetic slip) than the same number as an operand.
  // a term stands for a quantity only when that quantity is a term of the subject's own formula (E_o1 in E = E_o1 + E_o2);
  // w_33 a_3 = 0.2 · 2.3 = 0.46 is no quantity, however near one's value it falls
  let parts: Set<string> | undefined;
  const nearest = (v: number, tolerance: number): ReturnType<typeof ctx.nearest> => {
    const found = ctx.nearest(v, tolerance);
    if (!found) return undefined;
    parts ??= new Set(ctx.engineFormulas(subject.id).flatMap((f) => filterTree(f, (n) => n instanceof SymbolNode && n.name.includes('$')).map((n) => (n as SymbolNode).name)));
    return parts.has(found.id) ? found : undefined;
  };
  const terms = before ? termClaims(side, before, nearest, (id) => ctx.net.exact(id), ctx.net.givenValues) : [];
  const byTerm = new Set(terms.map((c) => c.start));
  const claims = [...operands.filter((c) => !byTerm.has(c.start) && reported(c)), ...terms].sort((a, b) => a.start - b.start);
  next = next.with({ kind: 'lastArithmetic', id: subject.id, arithmetic: { value, side, ...(tainted && cause ? { cause } : {}) } });
  const corrected = correctedOperands(operands);
  return { claims, carried: { arithmetic: value, arithmeticSide: side, slack, tainted, verified, shown, ...(inherited ? { inherited } : {}), ...(cause ? { cause } : {}), ...(corrected ? { corrected } : {}) }, memory: next };
}

/** The numbers substituted wrong as a mistake of their own (not one carried from before), by position: their quantities' values. */
function correctedOperands(operands: readonly Claim[]): Map<number, number> | undefined {
  const wrong = operands.filter((c) => c.kind === 'operand' && c.verdict === 'erratum' && c.cause === undefined && c.expected !== undefined && Number.isFinite(Number(c.expected)));
  return wrong.length === 0 ? undefined : new Map(wrong.map((c) => [c.start, Number(c.expected)]));
}

/**
 * A number shown to be a part's value (−0.17 for t − y) counts as checked for the rounding of what follows, but is no
 * quantity of the network: it is not reported (nor counted as judged).
 */
const reported = (c: Claim): boolean => !(c.kind === 'operand' && c.quantity === undefined);

/** Whether a formula has the number as one of its constants. */
const readsConstant = (formula: MathNode | undefined, value: number): boolean =>
  formula !== undefined && filterTree(formula, (n) => n instanceof ConstantNode && Number(n.value) === value).length > 0;

/** The same wrong number written twice (x(1 − x)) is one mistake: the later ones are its consequences. */
function sameMistake(claims: readonly Claim[], first: Claim | undefined): void {
  for (const c of claims) if (first && c !== first && c.verdict === 'erratum' && !c.cause && c.printed === first.printed) c.cause = first;
}

/** Whether a side prints numbers and names nothing but training settings (η, ε, β₁). */
export function settingsOnly(side: MathSide, ctx: JudgeContext): boolean {
  if (side.numbers.length === 0) return false;
  let only = true;
  traverseTree(side.node, (n, path) => {
    if (n instanceof SymbolNode && path !== 'fn' && !isTrainingSetting(ctx.table.idOf(n.name))) only = false;
    if (n instanceof FunctionNode && n.fn.name === 'partial') only = false;
  });
  return only;
}
