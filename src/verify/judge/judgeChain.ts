// Judges one chain a = b = … = 0.0821: each side by its kind (blank, printed value, formula, substituted numbers), with the document memory in and out.
import { needsItsStep } from '../network/optimizerStepper.js';
import { readsSymbol } from '../../util/mathNodes.js';
import { parseQuantityId, qid } from '../../derive/quantityRef.js';
import { nodeKey } from '../read/canonicalName.js';
import type { MathChain, MathSide, Relation } from '../read/parseLatexMath.js';
import { callQuantity } from '../resolve/callQuantity.js';
import { evaluateSide } from '../resolve/evaluateSide.js';
import { rootOf, type Claim } from './claim.js';
import type { Carried, ChainState, Subject } from './chainState.js';
import { followsWrongStep, judgeArithmetic, rightForNetwork } from './claims/arithmetic.js';
import { judgeFormula } from './claims/formula.js';
import { judgeSubstitution, settingsOnly } from './claims/substitution.js';
import { judgeBlank, judgeUnknown, judgeValue, literalOf, rememberWrong } from './claims/value.js';
import type { JudgeContext } from './judgeContext.js';
import { ownValue } from './ownValue.js';
import { ownReading, ownReadingClaim } from './unprintedNames.js';
import { operandSlips } from './wrongOperands.js';
import { numbersSubject } from './unnamedSubject.js';
import { typoNameClaim } from './typoNames.js';
import { unfinishedSideClaim } from './unfinishedSide.js';
import { unroundedArithmetic } from './unroundedOperands.js';
import type { DocumentMemory } from './memory.js';
import { isGivenValue } from '../network/networkView.js';

/** A single letter that documents use for an index or a count (layer l, batch size m, step t). */
const INDEX_LETTER = /^[ijklmnt]$/;

/** Relations that state no equality: what follows them is not the value of what precedes them. */
const NO_COMPARISON = new Set<Relation>(['\\leq', '\\geq', '<', '>', '\\neq', '\\sim']);

export interface ChainVerdicts {
  claims: Claim[];
  memory: DocumentMemory;
}

/** `rounds`: the rounds of training the text says the chain is about ("after 1000 rounds"), if any. */
export function judgeChain(chain: MathChain, memory: DocumentMemory, ctx: JudgeContext, rounds?: number): ChainVerdicts {
  const claims: Claim[] = [];
  let state: ChainState = { carried: {} };
  /** Given quantities the chain lists before the one it is now about (b_1 = b_2 = 1): the value is each one's. */
  const listed: Subject[] = [];
  chain.sides.forEach((side, i) => {
    const relation = i > 0 ? chain.relations[i - 1]! : undefined;
    const lists = relation === '=' && state.subject !== undefined && isGivenValue(ctx.net, state.subject.id) && isGivenValue(ctx.net, givenName(side, ctx));
    if (lists) listed.push(state.subject!);
    if (relation === undefined || relation === '\\to' || lists) {
      const started = startSubject(chain, i, state, memory, ctx, rounds);
      state = started.state;
      memory = started.memory ?? memory;
      if (started.named) return;
    } else if (NO_COMPARISON.has(relation)) {
      state = { ...state, carried: { ...state.carried, formula: undefined, arithmetic: undefined } };
      return;
    } else if (relation === '\\leftarrow' && state.subject) {
      const updated = ctx.net.updateOf(state.subject.id);
      if (updated) state = { ...state, subject: { ...state.subject, id: updated } };
    }
    const r = judgeSide(side, state, memory, ctx, rounds);
    memory = r.memory;
    const literal = listed.length > 0 ? literalOf(side) : undefined;
    for (const other of literal ? listed : []) {
      const also = judgeValue(literal!, other, {}, ctx, memory);
      claims.push(...also.claims);
      memory = also.memory;
    }
    claims.push(...r.claims);
    // What a formula side leaves (the formula, its value, its erratum) holds for the numbers after it.
    const c = state.carried;
    const formula = r.carried.formula ? {} : {
      formula: c.formula, formulaValue: c.formulaValue, formulaWrong: c.formulaWrong, ownValue: r.carried.ownValue ?? c.ownValue, ownCause: r.carried.ownCause ?? c.ownCause,
      ...(r.carried.cause || !c.cause ? {} : { cause: c.cause }),
    };
    state = { ...state, carried: { ...r.carried, ...formula } };
  });
  return { claims: [...claims, ...unfinishedSideClaim(chain, state, ctx)], memory };
}

/** Whether the chain's first side is a name its next side reads (x = x + 1, x \leftarrow x + 1). */
function selfAssigned(chain: MathChain, i: number, key: string | null): boolean {
  const next = i === 0 && (chain.relations[0] === '=' || chain.relations[0] === '\\leftarrow') ? chain.sides[1] : undefined;
  return next !== undefined && !next.blank && key !== null && readsSymbol(next.node, key);
}

/** The quantity a side names when it is a bare name, if it is one. */
function givenName(side: MathSide, ctx: JudgeContext): string | undefined {
  const key = side.blank ? null : nodeKey(side.node);
  return key === null ? undefined : ctx.table.idOf(key);
}

/**
 * A chain's first side (or the side after →) names what the rest is about: a quantity (in the rounds the text
 * speaks of), or a name that is none. `named` is false for a first side that is not a name at all (= 0.3 + 0.4).
 */
function startSubject(chain: MathChain, i: number, state: ChainState, memory: DocumentMemory, ctx: JudgeContext, rounds: number | undefined): { state: ChainState; named: boolean; memory?: DocumentMemory } {
  const side = chain.sides[i]!;
  const cleared: ChainState = { carried: { slack: state.carried.slack } };
  // `$\approx 0.1$` in a sentence: a relation with nothing before it names nothing (not an unresolved name '')
  if (side.source.trim() === '') return { state: cleared, named: true };
  const key = nodeKey(side.node);
  // σ'(z^{(2)}) = …: the activation's local partial (σ(z) its output) when z is a net the table knows
  const named = key === null ? callQuantity(side.node, ctx.table, ctx.net) : ctx.table.idOf(key);
  const id = named !== undefined && rounds !== undefined ? ctx.net.inRounds(named, rounds) : named;
  if (id !== undefined && rounds === undefined && needsItsStep(id)) return { state: { ...cleared, unknownName: side.source, unknownReason: 'the optimizer\'s state at a step the page does not say here' }, named: true };
  if (named !== undefined && id === undefined) return { state: { ...cleared, unknownName: `${side.source} after ${rounds} rounds` }, named: true };
  if (id !== undefined) {
    // w_{11} = w_{11} - \eta \frac{\partial L}{\partial w_{11}}: a parameter on both sides of its own equation is
    // assigned its new value, as with \leftarrow.
    const next = i === 0 && chain.relations[0] === '=' ? chain.sides[1] : undefined;
    // A given parameter is never computed: w_h = 0.7 + 0.5 × 0.0976 × 0.55 = 0.727 is its update.
    // (b_1 = b_2 = 1 lists two given values; it computes neither)
    const computed = next !== undefined && !next.blank && literalOf(next) === undefined && ctx.net.nodeOf(id)?.kind === 'param' && !isGivenValue(ctx.net, givenName(next, ctx));
    // (z = [z_1, z_2] read entry by entry gives z_1 = z_1: the name restated, no update)
    const assigns = next !== undefined && key !== null && ((readsSymbol(next.node, key) && nodeKey(next.node) !== key) || computed);
    // Once assigned so, the name is the updated parameter from there on (∴ w = 0.3589 on the next line).
    const updated = assigns || (i === 0 && rounds === undefined && memory.reassigned(id)) ? ctx.net.updateOf(id) : undefined;
    // t ← t + 1, t = t + 1: a name assigned from itself that is no node of the network (a counter of pseudo-code)
    // gets its next value, of which the network has none: an assignment, not a claim
    if (ctx.net.updateOf(id) === undefined && ctx.net.nodeOf(id) === undefined && selfAssigned(chain, i, key)) return { state: cleared, named: true };
    const subject = { id: updated ?? id, source: side.source };
    const last = memory.lastFormula(subject.id);
    const state2: ChainState = { subject, carried: { ...cleared.carried, formula: last?.node, formulaWrong: last?.wrong } };
    // (a rule in letters alone, θ = θ − α∇J(θ) above the example, says how any step goes: it takes no step)
    const steps = assigns && updated !== undefined && chain.sides.some((s) => s.numbers.length > 0);
    return { state: state2, named: true, ...(steps ? { memory: memory.with({ kind: 'assigned', id }) } : {}) };
  }
  if (key !== null) {
    const b = ctx.table.get(key);
    // N = 1 where a formula divides by N: the page's count, about no quantity of the network
    if (b && 'constant' in b && b.rule === 'document-count') return { state: cleared, named: true };
    const reason = b && 'refused' in b ? b.refused : undefined;
    return { state: { ...cleared, unknownName: side.source, ...(reason ? { unknownReason: reason } : {}) }, named: true };
  }
  return { state: numbersSubject(chain, i, cleared, memory, ctx, rounds), named: false };
}

interface SideVerdicts {
  claims: Claim[];
  carried: Carried;
  memory: DocumentMemory;
}

function judgeSide(side: MathSide, state: ChainState, memory: DocumentMemory, ctx: JudgeContext, rounds: number | undefined): SideVerdicts {
  const { subject, unknownName, carried } = state;
  const done = (claims: Claim[], next = memory): SideVerdicts => ({ claims, carried: {}, memory: next });
  if (side.blank) return done(subject ? [judgeBlank(side, subject, ctx)] : []);
  const literal = literalOf(side);
  if (literal) {
    if (subject) {
      const r = judgeValue(literal, subject, carried, ctx, memory);
      return done(r.claims, r.memory);
    }
    if (carried.arithmetic !== undefined) {
      const side = carried.arithmeticSide;
      const unrounded = side && !carried.tainted ? () => unroundedArithmetic(side, memory, ctx.quantityValue, ctx.net.givenValues) : undefined;
      const judged = rightForNetwork(judgeArithmetic(literal.text, carried, unrounded), literal, ctx.quantityValue);
      const claim: Claim = { kind: 'arithmetic', ...judged, ...followsWrongStep(literal.text, judged.verdict, carried), start: literal.start, printed: literal.text };
      // a result right for the network that only its printed operands make wrong: those operands are the slip
      const slips = claim.verdict === 'erratum' && side && !carried.tainted ? operandSlips(side, literal, ctx) : undefined;
      if (slips) return done(slips.claims, memory.with({ kind: 'origin', text: literal.text, origin: { unrounded: [slips.value] } }));
      // a wrong or cut-off result used later (0.2395 in δ = −0.7944 × 0.2395; e^{−1.9} ≈ 0.149 in 0.149/1.517) is that
      // mistake again, not a new one and not a rounding
      const root = claim.verdict === 'erratum' || claim.verdict === 'truncation' ? rootOf(claim) : carried.tainted ? carried.cause : undefined;
      if (root) return done([claim], rememberWrong(memory, literal.text, root));
      // a result printed right: used later, it may stand for the unrounded value it was printed from
      return done([claim], memory.with({ kind: 'origin', text: literal.text, origin: { unrounded: [carried.arithmetic] } }));
    }
    // l = 1, m = 1, t = 3: an index or a count, not a quantity of any network (not listed as unresolved)
    if (unknownName !== undefined && INDEX_LETTER.test(unknownName.trim()) && literal.decimals === 0 && literal.value >= 0) return done([]);
    return done(unknownName !== undefined ? [judgeUnknown(literal, unknownName, state.unknownReason)] : []);
  }
  const value = evaluateSide(side.node, ctx.lookup);
  if (value.value === undefined) {
    const typo = subject ? typoNameClaim(side, value.unresolved, subject, trainedAt(subject.id), ctx) : undefined;
    const unresolved: Claim[] = typo ? [typo] : subject && value.names > 0
      ? [{ kind: 'formula', verdict: 'unresolved', start: side.start, printed: side.source, detail: `cannot resolve ${value.unresolved.join(', ')}`, subject: subject.source, quantity: subject.id }]
      : [];
    return { claims: unresolved, carried: { formula: side.node, formulaWrong: false }, memory };
  }
  // 2 − 0.05 · 4/(√16 + ε): numbers substituted, the optimizer's constant left as its letter, are still numbers
  if (value.names === 0 || settingsOnly(side, ctx)) return judgeSubstitution(side, value.value, subject, carried, ctx, memory, rounds);
  if (!subject) return { claims: [], carried: { formula: side.node, formulaWrong: false }, memory };
  const at = trainedAt(subject.id);
  // (θ_1 = θ_0 − α m̂_1/√v̂_1 names the rounds itself: it holds at the subject's own round, not at the network's values)
  const atNetwork = judgeFormula(side, at, value.value, ctx);
  const atRound = atNetwork.verdict === 'erratum' && at !== subject.id ? judgeFormula(side, subject.id, value.value, ctx) : undefined;
  const claim: Claim = { kind: 'formula', ...(atRound?.verdict === 'exact' ? atRound : atNetwork), start: side.start, printed: side.source, subject: subject.source, quantity: subject.id };
  // A formula that is wrong only because it substitutes a number printed wrong before follows from that number.
  const inherited = claim.verdict === 'erratum' ? side.numbers.map((n) => memory.wrongRoot(n.text)).find((c) => c !== undefined) : undefined;
  // a bias name the page never gives a value for, where the network has another: the page's own name for it
  const reading = claim.verdict === 'erratum' && !inherited ? ownReading(side, at, ctx) : undefined;
  if (reading) return { claims: [ownReadingClaim(side, subject, reading, ctx)], carried: { formula: side.node, formulaValue: reading.value, formulaWrong: false }, memory };
  if (claim.verdict === 'erratum' && inherited) claim.cause = inherited;
  const cause = claim.verdict === 'erratum' ? rootOf(claim) : undefined;
  const wrong = claim.verdict === 'erratum';
  // the formula worked from the page's own printed values has a cause only where one of them was printed wrong
  const own = memory.anyPrintedWrong() ? ownValue(side.node, ctx, memory) : {};
  const next: Carried = { formula: side.node, formulaValue: value.value, formulaWrong: wrong, ...(cause ? { cause } : {}), ...(own.cause ? { ownValue: own.value, ownCause: own.cause } : {}) };
  return { claims: [claim], carried: next, memory: memory.with({ kind: 'formula', id: subject.id, node: side.node, wrong }) };
}

/** Where a formula of a quantity is checked: a formula holds at any round, so at the network's own values. */
const trainedAt = (id: string, ref = parseQuantityId(id)): string => (ref?.kind === 'trained' ? ref.quantity : id);
