// Checks one chain a = b = … = 0.0821 against the derivation: printed numbers, substituted operands, formulas and blanks become claims.
import { ConstantNode, OperatorNode, type MathNode } from '../util/mathjs.js';
import { forEachSymbol } from '../util/mathNodes.js';
import { nodeKey } from './canonicalName.js';
import { alignOperands } from './alignOperands.js';
import { evaluateSide, type Lookup } from './evaluateSide.js';
import type { MathChain, MathSide, NumberLiteral } from './parseLatexMath.js';
import type { NameTable } from './nameTable.js';
import { roundingSlack } from './roundingSlack.js';
import { atDecimals, judgeNumber, printedDecimals, type Verdict } from './verdict.js';
import { arithmeticSlip, termClaims, type Arithmetic } from './arithmeticSlips.js';
import type { SlipFinder, SlipName } from './slips.js';
import { checkFormula } from './checkFormula.js';
import { parseTrained } from './roundSlips.js';

export type ClaimKind = 'value' | 'operand' | 'formula' | 'arithmetic' | 'prose';

export interface Claim {
  kind: ClaimKind;
  verdict: Verdict;
  /** Offset into the equation's LaTeX of the number or side the claim is about. */
  start: number;
  /** The name the claim is about, as the document prints it. */
  subject?: string;
  /** The engine quantity it was compared with (g$w5, u$w5...). */
  quantity?: string;
  /** The printed number, or the LaTeX of the side. */
  printed: string;
  /** Our value: at the printed decimals for numbers, at 9 decimals for formulas and blanks. */
  expected?: string;
  detail?: string;
  /** The known slip that produces a wrong number (or the reason a formula is wrong). */
  slip?: SlipName;
}

/** What the checks know about the network and about the document read so far. */
export interface CheckContext {
  table: NameTable;
  lookup: Lookup;
  exact(id: string): number;
  /** The values a hand calculation at this many decimals gives, rounding or truncating each step. */
  hand(id: string, decimals: number): { rounded: number[]; truncated: number[] };
  /** The quantity a `\leftarrow` assigns to: v$w5 → u$w5. */
  updateOf(id: string): string | undefined;
  /** Per quantity: the last formula and every arithmetic the document wrote for it (lines often split a chain). */
  lastFormula: Map<string, MathNode>;
  arithmeticFor: Map<string, number[]>;
  /** Decimals for numbers the document leaves blank. */
  blankDecimals: number;
  slips: SlipFinder;
  /** Per quantity: the last side of bare numbers the document wrote for it. */
  lastArithmetic: Map<string, Arithmetic>;
  /** Values the document printed wrong so far (as printed, three significant digits or more): arithmetic that reuses one is no excuse. */
  wrongPrinted?: Set<string>;
  /** The network's given numbers (inputs, targets, parameters, as magnitudes): printed, they are exact, not rounded. */
  givenValues?: ReadonlySet<number>;
  /** The quantity whose exact value is nearest to `value`, if within `tolerance`. */
  nearest(value: number, tolerance: number): { id: string; subject: string } | undefined;
  /** Other values of the leaves (fixed pseudo-random points): names keyed like `lookup`, and each quantity's value there. */
  elsewhere(): readonly Point[];
  /** The definition of a node's value over quantity ids (v$net_h1 → v$w1 * v$i1 + …). */
  definition(id: string): MathNode | undefined;
  /** The rounds of training the text says the current equation is about ("after 1000 rounds"), if any. */
  rounds?: number;
  /** A node's value id after that many rounds (trained$N$node); the id itself for what training does not change; undefined past the replay limit. */
  inRounds(id: string, rounds: number): string | undefined;
  /** How a quantity id prints in a report (w2, out_o1); other strings as they are. */
  nameOf(id: string): string;
}

export interface Point {
  lookup: Lookup;
  value(id: string): number | undefined;
}

interface Subject {
  id: string;
  source: string;
}

const NO_COMPARISON = new Set(['\\leq', '\\geq', '<', '>', '\\neq']);

export function checkChain(chain: MathChain, ctx: CheckContext): Claim[] {
  const claims: Claim[] = [];
  let subject: Subject | undefined;
  let unknownName: string | undefined;
  let formula: MathNode | undefined;
  let arithmetic: number | undefined;
  let arithmeticSide: MathSide | undefined;
  let slack: number | undefined;
  let tainted: boolean | undefined;
  let inherited: string | undefined;
  chain.sides.forEach((side, i) => {
    const relation = i > 0 ? chain.relations[i - 1]! : undefined;
    if (relation === undefined || relation === '\\to') {
      subject = undefined;
      unknownName = undefined;
      formula = arithmetic = arithmeticSide = undefined;
      tainted = inherited = undefined;
      const key = nodeKey(side.node);
      const q = key === null ? undefined : ctx.table.get(key);
      const id = q && ctx.rounds !== undefined ? ctx.inRounds(q.id, ctx.rounds) : q?.id;
      if (q && id === undefined) {
        unknownName = `${side.source} after ${ctx.rounds} rounds`;
        return;
      }
      if (id !== undefined) {
        // w_{11} = w_{11} - \eta \frac{\partial L}{\partial w_{11}}: a parameter on both sides of its own equation is
        // assigned its new value, as with \leftarrow.
        const next = i === 0 && chain.relations[0] === '=' ? chain.sides[1] : undefined;
        const updated = next && key !== null && mentions(next.node, key) ? ctx.updateOf(id) : undefined;
        subject = { id: updated ?? id, source: side.source };
        formula = ctx.lastFormula.get(subject.id);
        return;
      }
      if (key !== null) {
        unknownName = side.source;
        return;
      }
    } else if (NO_COMPARISON.has(relation)) {
      formula = arithmetic = undefined;
      return;
    } else if (relation === '\\leftarrow' && subject) {
      const updated = ctx.updateOf(subject.id);
      if (updated) subject = { ...subject, id: updated };
    }
    const result = checkSide(side, subject, unknownName, { formula, arithmetic, arithmeticSide, slack, tainted, inherited }, ctx, claims);
    if (result.formula) formula = result.formula;
    arithmetic = result.arithmetic;
    arithmeticSide = result.arithmeticSide;
    slack = result.slack;
    tainted = result.tainted;
    inherited = result.inherited;
  });
  return claims;
}

/**
 * 3.51 \times 10^{-5} printed as a value: the number 0.0000351 with the decimals its digits carry, so it is
 * judged like 0.0000351 would be. Positive exponents beyond the mantissa's decimals (1.2 \times 10^{3}) stay
 * arithmetic: their precision is not a number of decimals.
 */
function scientificLiteral(side: MathSide): NumberLiteral | undefined {
  const n = side.node as MathNode & { fn?: string; args?: MathNode[] };
  if (side.numbers.length !== 3 || !(n instanceof OperatorNode) || n.fn !== 'multiply') return undefined;
  const [mantissa, power] = n.args as [MathNode, MathNode];
  const p = power as MathNode & { fn?: string; args?: MathNode[] };
  if (!(mantissa instanceof ConstantNode) || !(power instanceof OperatorNode) || p.fn !== 'pow' || !(p.args![0] instanceof ConstantNode) || Number((p.args![0] as ConstantNode).value) !== 10) return undefined;
  const e = p.args![1]!;
  const exponent = e instanceof ConstantNode ? Number(e.value) : e instanceof OperatorNode && e.fn === 'unaryMinus' && e.args[0] instanceof ConstantNode ? -Number(e.args[0].value) : Number.NaN;
  const [m] = side.numbers as [NumberLiteral];
  const decimals = m.decimals - exponent;
  if (!Number.isInteger(exponent) || decimals < 0 || decimals > 20) return undefined;
  const value = Number(m.value) * 10 ** exponent;
  return { text: value.toFixed(decimals), value, decimals, start: m.start, end: side.numbers[2]!.end };
}

/** Whether a formula reads the name `key` (not as a function name). */
function mentions(node: MathNode, key: string): boolean {
  let found = false;
  forEachSymbol(node, (name) => void (found ||= name === key));
  return found;
}

interface Carried {
  formula?: MathNode;
  arithmetic?: number;
  arithmeticSide?: MathSide;
  /** How far `arithmetic` may be from the true result because its printed operands were rounded. */
  slack?: number;
  /** The arithmetic substituted a wrong number for a name. */
  tainted?: boolean;
  /** A number of the arithmetic that the document printed wrong earlier. */
  inherited?: string;
}

/**
 * A number computed from numbers on the same line, with no name to compare with: exact or truncation as usual;
 * rounding-propagation when it is within what the operands' own rounding allows (0.53 may stand for 0.5344).
 */
function judgeArithmetic(printed: string, carried: Carried): Pick<Claim, 'verdict' | 'expected' | 'detail'> {
  const v = judgeNumber(printed, carried.arithmetic!);
  if (v.verdict !== 'erratum') return v;
  const lastPlace = 0.5 * 10 ** -printedDecimals(printed);
  const within = Math.abs(Number(printed) - carried.arithmetic!) <= (carried.slack ?? 0) + lastPlace;
  return within
    ? { verdict: 'rounding-propagation', expected: v.expected, detail: 'within the rounding of the printed operands' }
    : { ...v, detail: `the document's own arithmetic gives ${v.expected}` };
}

/**
 * out = \frac{1}{1+e^{-net}} = \frac{1}{1+e^{0.17}} = 0.5446: the value is right but the numbers before it do not give
 * it (a dropped sign, a wrong number for a name the operands could not be matched with): the substitution is the erratum.
 */
function wrongSubstitution(printed: string, carried: Carried): Claim[] {
  const judged = judgeArithmetic(printed, carried);
  if (judged.verdict !== 'erratum') return [];
  const side = carried.arithmeticSide!;
  const shown = atDecimals(carried.arithmetic!, printedDecimals(printed) + 1);
  return [{
    kind: 'arithmetic', verdict: 'erratum', start: side.start, printed: side.source.trim(), expected: printed, slip: 'arithmetic',
    detail: `${side.source.trim()} = ${Number(shown)}, not the ${printed} printed after it; a number is substituted wrongly`,
  }];
}

function checkSide(side: MathSide, subject: Subject | undefined, unknownName: string | undefined, carried: Carried, ctx: CheckContext, claims: Claim[]): Carried {
  const about = subject ? { subject: subject.source, quantity: subject.id } : {};
  if (side.blank) {
    if (subject) claims.push({ kind: 'value', verdict: 'not-printed', start: side.start, printed: side.source, expected: atDecimals(ctx.exact(subject.id), ctx.blankDecimals), ...about });
    return {};
  }
  const literal = side.node instanceof ConstantNode && side.numbers.length === 1 ? side.numbers[0]! : scientificLiteral(side);
  if (literal) {
    if (subject) {
      const decimals = printedDecimals(literal.text);
      const hand = ctx.hand(subject.id, decimals);
      const own = carried.tainted || !plausible(carried, ctx.exact(subject.id)) ? [] : carried.arithmetic !== undefined ? [carried.arithmetic] : ctx.arithmeticFor.get(subject.id) ?? [];
      const propagated = { rounded: [...own, ...hand.rounded], truncated: hand.truncated };
      const verdict = judgeNumber(literal.text, ctx.exact(subject.id), propagated);
      const last = carried.arithmeticSide ? { value: carried.arithmetic!, side: carried.arithmeticSide } : ctx.lastArithmetic.get(subject.id);
      const wrong = verdict.verdict === 'erratum';
      const slip = verdict.verdict === 'exact' ? undefined
        : (wrong ? ctx.slips.label(literal.text, subject.id) : undefined) ?? arithmeticSlip(literal.text, last) ?? (wrong ? ctx.slips.early(literal.text, subject.id) : undefined);
      const inherited = wrong && !slip && carried.inherited ? { detail: `computed from ${carried.inherited}, printed wrong earlier` } : {};
      claims.push({ kind: 'value', ...verdict, start: literal.start, printed: literal.text, ...about, ...(slip ?? inherited) });
      if (wrong && (significantDigits(literal.text) >= 3)) ctx.wrongPrinted?.add(literal.text);
      if (!wrong && !carried.tainted && carried.arithmeticSide) claims.push(...wrongSubstitution(literal.text, carried));
    } else if (carried.arithmetic !== undefined) {
      claims.push({ kind: 'arithmetic', ...judgeArithmetic(literal.text, carried), start: literal.start, printed: literal.text });
    } else if (unknownName !== undefined) {
      claims.push({ kind: 'value', verdict: 'unresolved', start: literal.start, printed: literal.text, subject: unknownName, detail: `${unknownName} is not a quantity of this network` });
    }
    return {};
  }
  const value = evaluateSide(side.node, ctx.lookup);
  if (value.value === undefined) {
    if (subject && value.names > 0) {
      claims.push({ kind: 'formula', verdict: 'unresolved', start: side.start, printed: side.source, detail: `cannot resolve ${value.unresolved.join(', ')}`, ...about });
    }
    return { formula: side.node };
  }
  if (value.names === 0) {
    let tainted = false;
    let inherited: string | undefined;
    if (subject) {
      const f = carried.formula;
      const operands = f ? checkOperands(f, side, ctx) : [];
      claims.push(...operands);
      // Arithmetic on a wrong operand, or on a number the document printed wrong before (0.3275 for z1, then
      // \frac{1}{1+e^{-0.3275}}), is no excuse for its result: it does not count as the document's own value.
      inherited = side.numbers.find((n) => ctx.wrongPrinted?.has(n.text))?.text;
      tainted = operands.some((c) => c.verdict === 'erratum') || inherited !== undefined;
      const slack = roundingSlack(side.node, side.numbers, ctx.givenValues);
      if (!tainted && plausible({ arithmetic: value.value, slack }, ctx.exact(subject.id))) ctx.arithmeticFor.set(subject.id, [...(ctx.arithmeticFor.get(subject.id) ?? []), value.value]);
      const before = carried.arithmeticSide ? { value: carried.arithmetic!, side: carried.arithmeticSide } : ctx.lastArithmetic.get(subject.id);
      if (before) claims.push(...termClaims(side, before, ctx.nearest, ctx.exact));
      ctx.lastArithmetic.set(subject.id, { value: value.value, side });
    }
    return { arithmetic: value.value, arithmeticSide: side, slack: roundingSlack(side.node, side.numbers, ctx.givenValues), tainted, ...(inherited ? { inherited } : {}) };
  }
  if (subject) {
    // A formula holds at any round, so it is checked at the network's own values.
    const at = parseTrained(subject.id) ? `v$${parseTrained(subject.id)!.node}` : subject.id;
    claims.push({ kind: 'formula', ...checkFormula(side, at, value.value, ctx), start: side.start, printed: side.source, ...about });
    ctx.lastFormula.set(subject.id, side.node);
  }
  return { formula: side.node };
}

/** Each number substituted for a name in the formula before it is that name's value. */
function checkOperands(formula: MathNode, side: MathSide, ctx: CheckContext): Claim[] {
  const claims: Claim[] = [];
  for (const op of alignOperands(formula, side.node, side.numbers)) {
    const named = ctx.table.get(op.key);
    const id = named && ctx.rounds !== undefined ? ctx.inRounds(named.id, ctx.rounds) : named?.id;
    if (!id) continue;
    const q = { id };
    const sign = op.negated ? -1 : 1;
    const decimals = printedDecimals(op.literal.text);
    const hand = ctx.hand(q.id, decimals);
    const flip = (xs: number[]): number[] => xs.map((x) => sign * x);
    // As for a printed value: the document may substitute what its own arithmetic gave for the name earlier.
    const own = ctx.arithmeticFor.get(q.id) ?? [];
    const verdict = judgeNumber(op.literal.text, sign * ctx.exact(q.id), { rounded: flip([...own, ...hand.rounded]), truncated: flip(hand.truncated) });
    const slip = verdict.verdict === 'erratum' && sign === 1 ? ctx.slips.label(op.literal.text, q.id) ?? ctx.slips.early(op.literal.text, q.id) : undefined;
    claims.push({ kind: 'operand', ...verdict, ...(slip ?? {}), start: op.literal.start, printed: op.literal.text, subject: op.key, quantity: q.id });
  }
  return claims;
}

/** Significant digits as printed: "0.3275" → 4, "0.30" → 2, "12" → 2. */
function significantDigits(printed: string): number {
  return printed.replace(/[^0-9]/g, '').replace(/^0+/, '').length;
}

/**
 * Whether the document's own arithmetic can be rounding at all: its operands, each off by what their printed digits
 * allow (and earlier rounding carried into them, ten times that), keep it that near the exact value. 0.15 · 0.05 +
 * 0.2 · 0.1 + 0.30 = 0.3275 for 0.3775 is a wrong operand, not rounding, formula or none.
 */
function plausible(carried: Pick<Carried, 'arithmetic' | 'slack'>, exact: number): boolean {
  if (carried.arithmetic === undefined) return true;
  return Math.abs(carried.arithmetic - exact) <= 10 * (carried.slack ?? 0) + 1e-9 * Math.max(1, Math.abs(exact));
}
