// Judges the numbers substituted for names (w_5 out_{h1} → 0.40 · 0.5933): each is the value of the quantity it replaces.
import { ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, SymbolNode, type MathNode } from '../../../util/mathjs.js';
import type { MathSide, NumberLiteral } from '../../read/parseLatexMath.js';
import { alignEngine, type AlignEnv, type EngineOperand } from '../alignEngine.js';
import { changeOf, nodeKey } from '../../read/canonicalName.js';
import { callQuantity, unitFunction } from '../../resolve/callQuantity.js';
import { evaluateSide } from '../../resolve/evaluateSide.js';
import { rootOf, type Claim } from '../claim.js';
import type { JudgeContext } from '../judgeContext.js';
import type { DocumentMemory } from '../memory.js';
import { judgeNumber, judgeNumberLazily, printedDecimals } from '../verdict.js';
import { reproduces, type Slip } from '../explain/slip.js';
import { finiteValue, mapSymbols } from '../../../util/mathNodes.js';
import { parseQuantityId } from '../../../derive/quantityRef.js';
import { handSig, shownHand } from '../shownHand.js';
import { twinPrinted } from '../twinValue.js';
import { withoutBias } from '../biasLeftOut.js';
import { filterTree, traverseTree } from '../../../util/walkTree.js';

/**
 * Against the formula the document wrote before the numbers, in any order of its terms and factors. `rounds`: the
 * rounds of training the equation is about, if the text says ("after 1000 rounds").
 */
export function judgeOperands(formula: MathNode, side: MathSide, ctx: JudgeContext, memory: DocumentMemory, rounds: number | undefined): Claim[] {
  const leafId = (n: MathNode): string | undefined => {
    const key = n instanceof SymbolNode || (n instanceof FunctionNode && n.fn.name === 'partial') || changeOf(n) ? nodeKey(n) : null;
    const named = key === null ? callQuantity(n, ctx.table, ctx.net) : ctx.table.idOf(key);
    return named !== undefined && rounds !== undefined ? ctx.net.inRounds(named, rounds) : named;
  };
  const env: AlignEnv = { leafId, fit: fitOf(ctx), valueOf: (n) => evaluateSide(n, ctx.lookup).value, functionOf: (call) => unitFunction(leafId(call), ctx.net) };
  const m = alignEngine(withoutUnitCounts(formula, ctx), side.node, side.numbers, env);
  if (!m || m.operands.length === 0) return [];
  const keys = keysOf(formula, ctx);
  return m.operands.map((op) => (op.part ? partClaim(op, op.part, (n) => n.toString()) : judgeOperand(op.id, op.literal, op.negated, keys.get(op.id) ?? ctx.net.nameOf(op.id), ctx, memory)));
}

/**
 * The formula without its divisions and products by a count of one the page sets (w − \frac{\eta}{m} ∂J/∂w with m = 1
 * is w − η ∂J/∂w): the number written in their place is η's.
 */
function withoutUnitCounts(formula: MathNode, ctx: JudgeContext): MathNode {
  const one = (n: MathNode | undefined): boolean => {
    const b = n instanceof SymbolNode ? ctx.table.get(n.name) : undefined;
    return b !== undefined && 'constant' in b && b.rule === 'document-count' && b.constant === 1;
  };
  if (!filterTree(formula, (n) => one(n)).length) return formula;
  return formula.transform((n) => {
    if (!(n instanceof OperatorNode) || n.args.length !== 2) return n;
    const [a, b] = n.args as [MathNode, MathNode];
    const bare = (x: MathNode): MathNode => (x instanceof ParenthesisNode ? x.content : x);
    if ((n.fn === 'divide' || n.fn === 'multiply') && one(bare(b))) return a;
    return n.fn === 'multiply' && one(bare(a)) ? b : n;
  });
}

/**
 * Numbers written for a quantity with no formula before them (w_5^{+} = 0.9 - 0.5 \cdot 0.1): against the engine's
 * own formulas for it, in whatever order the document lists terms and factors. None when no formula has their shape.
 */
export function judgeEngineOperands(subjectId: string, side: MathSide, ctx: JudgeContext, memory: DocumentMemory, formulas = ctx.engineFormulas(subjectId)): { claims: Claim[]; termLeftOut?: boolean } {
  const env = engineEnv(ctx, true);
  const bestOf = (list: readonly MathNode[]): ReturnType<typeof alignEngine> => {
    let best: ReturnType<typeof alignEngine>;
    for (const formula of list) {
      const m = alignEngine(formula, side.node, side.numbers, env);
      if (m && m.operands.length > 0 && (!best || m.score > best.score)) best = m;
    }
    return best;
  };
  // a net input written without its bias: the numbers written still stand for its weights and inputs, where one at least is its own value
  const whole = bestOf(formulas);
  const best = whole ?? [bestOf(withoutBias(formulas, ctx.net))].find((m) => m !== undefined && m.score >= 1);
  if (!best || !sameFormula(best, subjectId, side, ctx)) return { claims: [] };
  const named = (n: MathNode): string => mapSymbols(n, (name) => new SymbolNode(name.includes('$') ? ctx.net.nameOf(name) : name)).toString();
  const claims = best.operands.map((op) => (op.part ? partClaim(op, op.part, named) : judgeOperand(op.id, op.literal, op.negated, ctx.net.nameOf(op.id), ctx, memory)));
  // its numbers, right or not, are not the quantity's whole formula: what they come to is no rounding of its value
  return whole ? { claims } : { claims, termLeftOut: true };
}

/** How numbers meet the engine's formulas, whose names are quantity ids; `open`: a quantity worked out in numbers may be opened into its own formula. */
export function engineEnv(ctx: JudgeContext, open = false): AlignEnv {
  return {
    leafId: (n) => (n instanceof SymbolNode && isQuantityName(n.name) ? n.name : undefined),
    fit: fitOf(ctx),
    valueOf: (n) => valueOfIds(n, ctx),
    // only quantities of the network as it stands: a trained id's formulas are over another round's values
    ...(open ? { forms: (id: string) => (parseQuantityId(id)?.kind === 'trained' ? [] : ctx.engineFormulas(id)) } : {}),
  };
}

/** A name in the engine's formulas that stands for a quantity (an id, or the learning rate). */
export const isQuantityName = (name: string): boolean => name.includes('$') || name === 'eta';

/**
 * Whether numbers lined up with one of the engine's formulas are that formula written with some numbers wrong, not
 * another formula for the same quantity (softmax with cross-entropy: p − y = 0.4013 − 1, against the engine's sum over
 * the outputs): numbers whose result is right must mostly be near their quantities' values.
 */
function sameFormula(m: NonNullable<ReturnType<typeof alignEngine>>, subjectId: string, side: MathSide, ctx: JudgeContext): boolean {
  const result = finiteValue(side.node);
  const right = ctx.net.valueOf(subjectId);
  // right to within the rounding of printed operands (0.05 %)
  const rightResult = result !== undefined && right !== undefined && Math.abs(result - right) <= 5e-4 * Math.abs(right);
  if (!rightResult) return true;
  // near its quantity: right, or off by the rounding of values carried before it (−1.1058 for −1.10591)
  const quantities = m.operands.filter((op) => !op.part);
  const near = quantities.filter((op) => {
    const x = ctx.net.valueOf(op.id);
    return x !== undefined && Math.abs((op.negated ? -x : x) - op.literal.value) <= 0.01 * Math.abs(x);
  });
  return 2 * near.length >= quantities.length;
}

const fitOf = (ctx: JudgeContext) => (id: string, literal: NumberLiteral, negated: boolean): number => {
  const x = ctx.net.valueOf(id);
  return x !== undefined && reproduces(literal.text, negated ? -x : x) ? 1 : 0;
};

/** The value of a tree over quantity ids. */
function valueOfIds(node: MathNode, ctx: JudgeContext): number | undefined {
  let missing = false;
  const numeric = node.transform((n) => {
    if (!(n instanceof SymbolNode) || !isQuantityName(n.name)) return n;
    const v = ctx.net.valueOf(n.name);
    if (v === undefined) missing = true;
    return new ConstantNode(v ?? 0);
  });
  if (missing) return undefined;
  return finiteValue(numeric);
}

/** The document's name (canonical key) in the formula for each quantity it substitutes: the first written for it. */
function keysOf(formula: MathNode, ctx: JudgeContext): Map<string, string> {
  const keys = new Map<string, string>();
  traverseTree(formula, (n) => {
    const key = n instanceof SymbolNode || (n instanceof FunctionNode && n.fn.name === 'partial') || changeOf(n) ? nodeKey(n) : null;
    const id = key === null ? undefined : ctx.table.idOf(key);
    if (id !== undefined && !keys.has(id)) keys.set(id, key!);
  });
  return keys;
}

/** A number printed for a part of the formula (−0.17 for t − y), its value at the places printed: right. */
function partClaim(op: EngineOperand, part: NonNullable<EngineOperand['part']>, name: (n: MathNode) => string): Claim {
  const subject = name(part.formula);
  const verdict = judgeNumber(op.literal.text, part.value);
  return { kind: 'operand', ...verdict, start: op.literal.start, printed: op.literal.text, subject, detail: `the value of ${subject}, ${verdict.expected} at the places printed` };
}

function judgeOperand(id: string, literal: NumberLiteral, negated: boolean, subject: string, ctx: JudgeContext, memory: DocumentMemory): Claim {
  const sign = negated ? -1 : 1;
  const flip = (xs: number[]): number[] => xs.map((x) => sign * x);
  // As for a printed value: the document may substitute what its own arithmetic gave for the name earlier.
  let arithmetic: number[] | undefined;
  const own = (): number[] => (arithmetic ??= memory.arithmeticFor(id) ?? []);
  // the hand calculation is worked once, for the verdict or for the explanation, whichever asks first
  let worked: ReturnType<typeof shownHand> | undefined;
  const hand = (): ReturnType<typeof shownHand> => (worked ??= shownHand(id, printedDecimals(literal.text), ctx, memory, handSig(literal.text)));
  const verdict = judgeNumberLazily(literal.text, sign * ctx.net.exact(id), () => {
    const h = hand();
    // the number printed right before for a quantity of the same value (∂L/∂b_1 = δ_1), substituted here
    const twin = twinPrinted(ctx.net.exact(id), memory);
    return { rounded: flip([...own(), ...h.rounded, ...(twin === undefined ? [] : [twin])]), truncated: flip(h.truncated), floats: flip(h.floats) };
  });
  // The wrong number printed earlier for this quantity (or, with three digits or more, for any), substituted here: the
  // same mistake, not a new one.
  const before = verdict.verdict === 'erratum' ? memory.printedFor(id) : undefined;
  const same = before?.verdict === 'erratum' && Number(before.printed) === sign * literal.value ? rootOf(before) : undefined;
  // an exact number has no slip (and its hand calculation need not be worked for the explainers)
  const explain = (): Slip | undefined => verdict.verdict === 'exact' ? undefined : ctx.explain({ printed: literal.text, subjectId: id, verdict: verdict.verdict, own: own(), hand: hand().rounded, pagePrinted: (q) => memory.printedFor(q)?.printed });
  const elsewhere = verdict.verdict === 'erratum' && !same ? memory.wrongRoot(literal.text) : undefined;
  // another quantity's wrong number used where this one belongs (an updated weight too early) is a slip of its own
  const early = elsewhere && sign === 1 ? explain() : undefined;
  const cause = verdict.verdict === 'erratum' ? same ?? (early?.slip === 'updated-too-early' ? undefined : elsewhere) : undefined;
  // −η printed −0.01 (the formula's minus on the number): the slip is the number's with that minus undone (0.01 for η = 0.1)
  const unsigned = (): Slip | undefined => verdict.verdict === 'erratum' && Math.sign(literal.value) === -Math.sign(ctx.net.exact(id))
    ? ctx.explain({ printed: literal.text.startsWith('-') ? literal.text.slice(1) : `-${literal.text}`, subjectId: id, verdict: verdict.verdict, own: own(), hand: [], pagePrinted: (q) => memory.printedFor(q)?.printed })
    : undefined;
  const slip = cause ? undefined : sign === 1 ? early ?? explain() : unsigned();
  const claim: Claim = { kind: 'operand', ...verdict, ...(slip ?? {}), start: literal.start, printed: literal.text, subject, quantity: id };
  if (cause) claim.cause = cause;
  return claim;
}
