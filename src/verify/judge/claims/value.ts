// Judges a number printed as the value of a named quantity (out_{h1} = … = 0.5933), a blank where one belongs, or a number for an unknown name.
import { ConstantNode, OperatorNode, type MathNode } from '../../../util/mathjs.js';
import { unwrapParentheses } from '../../../util/mathNodes.js';
import type { MathSide, NumberLiteral } from '../../read/parseLatexMath.js';
import { rootOf, type Claim } from '../claim.js';
import type { Carried, Subject } from '../chainState.js';
import type { JudgeContext } from '../judgeContext.js';
import type { DocumentMemory, Origin } from '../memory.js';
import { atDecimals, judgeNumberLazily, printedDecimals, significantDigits, type NumberVerdict } from '../verdict.js';
import { plausible, wrongSubstitution } from './arithmetic.js';
import { reproduces } from '../explain/slip.js';
import { aliasPrinted, handSig, printedStep, shownHand } from '../shownHand.js';
import { rememberTwin, twinPrinted } from '../twinValue.js';
import { termsRounded } from '../roundedTerms.js';
import { afterFromPrinted } from '../afterFromPrinted.js';

const about = (s: Subject): Pick<Claim, 'subject' | 'quantity'> => ({ subject: s.source, quantity: s.id });

/** ? or an empty side where a named quantity's value belongs: not printed, with the value it should have. */
export function judgeBlank(side: MathSide, subject: Subject, ctx: JudgeContext): Claim {
  return { kind: 'value', verdict: 'not-printed', start: side.start, printed: side.source, expected: atDecimals(ctx.net.exact(subject.id), ctx.blankDecimals), ...about(subject) };
}

/** Why a name has no value: the network has no quantity of that name (not a tie between readings, which gives its own reason). */
export const notAQuantity = (name: string): string => `${name} is not a quantity of this network`;

/** A number for a name that is not a quantity of the network: unresolved. */
export function judgeUnknown(literal: NumberLiteral, name: string, reason?: string): Claim {
  return { kind: 'value', verdict: 'unresolved', start: literal.start, printed: literal.text, subject: name, detail: reason ?? notAQuantity(name) };
}

/**
 * The printed value against the exact one, the document's own arithmetic for it (unless that substituted a wrong
 * number) and hand calculations at its precision; a wrong value's slip; a right value after numbers that do not give it.
 */
export function judgeValue(literal: NumberLiteral, subject: Subject, carried: Carried, ctx: JudgeContext, memory: DocumentMemory): { claims: Claim[]; memory: DocumentMemory } {
  const exact = ctx.net.exact(subject.id);
  // the hand calculation is worked once, for the verdict or for the explanation, whichever asks first
  let worked: ReturnType<typeof shownHand> | undefined;
  const handRun = (): ReturnType<typeof shownHand> => (worked ??= shownHand(subject.id, printedDecimals(literal.text), ctx, memory, handSig(literal.text)));
  const verdict = fromWrongOperand(literal.text, exact, carried, judgeNumberLazily(literal.text, exact, () => {
    // (the document's own arithmetic too is asked for only here: an exact value needs none of it)
    // (a sum may have been worked with each term rounded first: −0.0052 + 0.0103 = 0.0051)
    const own = (carried.tainted || !plausible(carried, exact) ? [] : carried.arithmetic !== undefined ? [carried.arithmetic, ...termsRounded(carried.arithmeticSide?.node, printedDecimals(literal.text), handSig(literal.text))] : memory.arithmeticFor(subject.id) ?? [])
      // operands each shown right at their printed places carry their rounding as far as it goes; else only so far
      .filter((a) => carried.shown === true || nearRounding(a, exact, printedDecimals(literal.text)));
    const hand = handRun();
    // with no numbers of its own on the line, the value may be worked from the numbers printed before for its operands
    const step = carried.arithmetic === undefined ? printedStep(subject.id, ctx, memory) : undefined;
    // or be the number printed right before for a quantity of the same value, re-printed (∂J/∂b = δ)
    const twin = carried.arithmetic === undefined ? twinPrinted(exact, memory) : undefined;
    // or, after the update, be the forward pass worked again from the updated weights the page printed
    const after = carried.arithmetic === undefined ? afterFromPrinted(subject.id, printedDecimals(literal.text), ctx, memory, handSig(literal.text)) : { rounded: [], truncated: [] };
    // or the number printed for the quantity it is by definition (∂net/∂w = out), carried under a new name
    const alias = carried.arithmetic === undefined ? aliasPrinted(subject.id, ctx, memory) : undefined;
    const carriedIn = [step, twin, alias, ...after.rounded].filter((x): x is number => x !== undefined);
    return { rounded: [...own, ...hand.rounded, ...carriedIn], truncated: [...hand.truncated, ...after.truncated], floats: hand.floats };
  }));
  const wrong = verdict.verdict === 'erratum';
  // A value that follows from an earlier erratum has that erratum's cause, not a slip of its own.
  const cause = wrong ? causeOfValue(literal.text, carried, memory, subject.id) : undefined;
  // an exact value has no slip to explain (and its hand calculation need not be worked)
  const slip = cause || verdict.verdict === 'exact' ? undefined : ctx.explain({ printed: literal.text, subjectId: subject.id, verdict: verdict.verdict, arithmetic: carried.arithmeticSide ? { value: carried.arithmetic!, side: carried.arithmeticSide } : memory.lastArithmetic(subject.id), own: memory.arithmeticFor(subject.id) ?? [], hand: handRun().rounded });
  const inherited = wrong && !slip && carried.inherited ? { detail: `computed from ${carried.inherited}, printed wrong earlier` } : {};
  const claim: Claim = { kind: 'value', ...verdict, start: literal.start, printed: literal.text, ...about(subject), ...(slip ?? inherited) };
  if (cause) claim.cause = cause;
  const claims: Claim[] = [claim];
  if (!wrong && !carried.tainted && carried.arithmeticSide) claims.push(...wrongSubstitution(literal.text, carried));
  const printed = rememberTwin(memory.with({ kind: 'printed', id: subject.id, claim }), exact, claim, carried.tainted === true);
  const remembered = wrong ? rememberWrong(printed, literal.text, cause ?? claim) : rememberOrigin(printed, literal.text, verdict.verdict, exact, carried);
  return { claims, memory: remembered };
}

/**
/**
 * w_1⁺ = w_1 − lr·∂loss/∂w_1 = 0.1497807162 (exact …7161) where ∂loss/∂w_1 was printed wrong (…5676 for …5677): within
 * a rounding of the exact value, but what the formula gives only from the wrong number, so that erratum's consequence.
 */
function fromWrongOperand(printed: string, exact: number, carried: Carried, verdict: NumberVerdict): NumberVerdict {
  if (verdict.verdict !== 'rounding-propagation' || !carried.ownCause || carried.ownValue === undefined) return verdict;
  if (!reproduces(printed, carried.ownValue) || reproduces(printed, exact)) return verdict;
  return { ...verdict, verdict: 'erratum' };
}

/**
 * A value printed right: used later, it may stand for the quantity's exact value or for the arithmetic it was printed
 * from; either way it stands for that quantity (0.08870 printed for Δw_2 = 0.0887235, rounding carried from δ = 0.0887).
 */
function rememberOrigin(memory: DocumentMemory, text: string, verdict: Claim['verdict'], stands: number, carried: Carried): DocumentMemory {
  const unrounded = carried.tainted || carried.arithmetic === undefined ? [] : [carried.arithmetic];
  const right = verdict === 'exact' || verdict === 'rounding-propagation';
  if (!right && unrounded.length === 0) return memory;
  // (built field by field, in the same order: a spread of a literal per printed value was a visible cost)
  const origin: Origin = verdict === 'exact' ? { exact: stands, unrounded } : { unrounded };
  if (right) origin.stands = stands;
  return memory.with({ kind: 'origin', text, origin });
}

/**
 * Whether the document's own arithmetic can stand for the quantity rounded: within 1 % of it or five units of the
 * printed last place. δ_h = 0.24(0.05 + 0.01) = 0.0144 for a δ_h of 0.0075 is arithmetic on other numbers, whatever
 * the rounding of its two-decimal operands would allow.
 */
function nearRounding(arithmetic: number, exact: number, decimals: number): boolean {
  return Math.abs(arithmetic - exact) <= Math.max(0.01 * Math.abs(exact), 5 * 10 ** -decimals);
}

/**
 * A wrong value that follows from an earlier erratum: computed from a wrong operand or a wrong formula (and equal to
 * what that gives), or the same wrong number printed again.
 */
function causeOfValue(printed: string, carried: Carried, memory: DocumentMemory, id: string): Claim | undefined {
  const follows = (x: number | undefined): boolean => x !== undefined && reproduces(printed, x);
  // a result far from what its own numbers give (−0.0819 from 0.59 · 0.41 · 0.9 · (−0.0376) = −0.0082) is a slip of its
  // own, whatever wrong operand it was worked from
  const ownSlip = carried.arithmetic !== undefined && !follows(carried.formulaValue) && farApart(Number(printed), carried.arithmetic);
  if (carried.cause && !ownSlip && (carried.tainted || follows(carried.arithmetic) || follows(carried.formulaValue))) return carried.cause;
  if (carried.ownCause && follows(carried.ownValue)) return carried.ownCause;
  // the same wrong number printed again for the same quantity (a summary table of the gradients found)
  const before = memory.printedFor(id);
  if (before?.verdict === 'erratum' && before.printed === printed) return rootOf(before);
  return memory.wrongRoot(printed);
}

/**
 * Two numbers no rounding of their operands takes one to the other: a factor of 2 apart in size. (A sign alone is not
 * enough: a page that carries a sign slip may drop it again further on.)
 */
function farApart(a: number, b: number): boolean {
  if (a === 0 || b === 0) return a !== b;
  return Math.abs(a / b) >= 2 || Math.abs(a / b) <= 0.5;
}

/**
 * The literal a side is, if it is one number: 0.0821, (0.5), \left(-0.0836\right). (3.51 \times 10^{-5} is one number
 * as read: read/scientificNumber.ts.)
 */
export function literalOf(side: MathSide): NumberLiteral | undefined {
  if (side.node instanceof ConstantNode && side.numbers.length === 1) return side.numbers[0]!;
  // \left(-0.0836\right), (0.5): one number in parentheses is that number
  const inner = unwrapParentheses(side.node);
  const bare = inner instanceof OperatorNode && inner.fn === 'unaryMinus' ? inner.args[0] : inner;
  if (inner !== side.node && bare instanceof ConstantNode && side.numbers.length === 1 && (bare === inner || side.numbers[0]!.value < 0)) return side.numbers[0]!;
  return undefined;
}

/** A number printed wrong, remembered when it has three significant digits or more (fewer could be any number's). */
export function rememberWrong(memory: DocumentMemory, text: string, root: Claim): DocumentMemory {
  return significantDigits(text) >= 3 ? memory.with({ kind: 'wrongPrinted', text, root }) : memory;
}

