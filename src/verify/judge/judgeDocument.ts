// The judge stage of verify: every chain of the document in order, the memory passed from one to the next, then the prose numbers.
import type { NetworkView } from '../network/networkView.js';
import { parseQuantityId } from '../../derive/quantityRef.js';
import type { ReadDocument } from '../read/readDocument.js';
import { roundsAt } from '../read/roundsContext.js';
import { paragraphEnd } from '../read/scopes.js';
import type { BindingTable } from '../resolve/bindingTable.js';
import type { ResolvedProse } from '../resolve/proseSubjects.js';
import type { Claim } from './claim.js';
import { judgeProse, type ProseClaim } from './claims/prose.js';
import { createJudgeContext } from './judgeContext.js';
import { judgeChain } from './judgeChain.js';
import { DocumentMemory } from './memory.js';
import { createStepTracker } from './stepContext.js';
import { answersFirst, claimKey, settleAnswers } from './answersFirst.js';
import { printedParameters } from './unprintedNames.js';
import { negativeLossClaims } from './negativeLoss.js';
import { judgeVectors } from './identifiedVectors.js';
import { judgeProgramValues } from './programValues.js';

/** A claim in an equation: the equation it came from (its offsets are into that equation's LaTeX). */
export interface EquationClaim extends Claim {
  equation: number;
}

export interface Judgement {
  claims: EquationClaim[];
  prose: ProseClaim[];
}

export function judgeDocument(read: ReadDocument, table: BindingTable, prose: readonly ResolvedProse[], net: NetworkView): Judgement {
  const first = judgeInOrder(read, table, prose, net, new Set());
  // an answer printed before its working (Answer: w_1(new) = 0.14435 … then the working): judged again after it
  const answers = answersFirst(first.claims);
  if (answers.size === 0) return first;
  const again = judgeInOrder(read, table, prose, net, answers);
  settleAnswers(again.claims, answers);
  return again;
}

/** `deferred`: claims (answersFirst's keys) whose statements leave the memory as it was, so the working is judged on its own. */
function judgeInOrder(read: ReadDocument, table: BindingTable, prose: readonly ResolvedProse[], net: NetworkView, deferred: ReadonlySet<string>): Judgement {
  const ctx = createJudgeContext(net, table, read.decimals, printedParameters(read, table, net));
  let memory = DocumentMemory.empty();
  const claims: EquationClaim[] = [];
  /** A forward pass again with the updated weights, found on a statement: it holds to the end of that paragraph. */
  let again: { end: number; rounds: number; printed: Set<string> } | undefined;
  const once = new Map<string, EquationClaim>();
  const alias = new Map<Claim, Claim>();
  const steps = createStepTracker(read.text, table);
  read.equations.forEach((e, equation) => {
    if (e.parse.skipped) return;
    if (again && e.equation.offset >= again.end) again = undefined;
    const said = roundsAt(read.rounds, e.equation.offset) ?? steps.at(e);
    for (const chain of e.parse.chains) {
      const rounds = said ?? again?.rounds;
      let judged = judgeChain(chain, memory, ctx, rounds);
      if (rounds === undefined && usesUpdatedWeights(judged.claims, memory, net)) {
        const retried = judgeChain(chain, memory, ctx, 1);
        if (errata(retried.claims) < errata(judged.claims)) (judged = retried), (again = { end: paragraphEnd(read.text, e.equation.offset), rounds: 1, printed: new Set() });
      } else if (again && said === undefined) {
        // training read from the weights goes on: a program's loop prints the weights of the next update too (epoch 2:
        // … b = …), so a weight printed a second time is the next round's, and a value of the next round moves on to it
        const repeated = trainedParameters(judged.claims, net).some((p) => again!.printed.has(p));
        const next = repeated || (errata(judged.claims) > 0 && judged.claims.every((c) => c.verdict !== 'erratum' || c.slip === 'iteration-count')) ? judgeChain(chain, memory, ctx, again.rounds + 1) : undefined;
        if (next && (repeated || errata(next.claims) === 0)) (judged = next), (again = { ...again, rounds: again.rounds + 1, printed: new Set() });
      }
      for (const p of again && said === undefined ? trainedParameters(judged.claims, net) : []) again!.printed.add(p);
      if (!judged.claims.every((c) => deferred.has(claimKey(equation, c))) || judged.claims.length === 0) memory = judged.memory;
      // The same objects (not copies): a later erratum's `cause` points at them. A scalar substituted into every
      // entry of a matrix product is judged once per entry chain, but is one number: it is listed once.
      for (const c of judged.claims) {
        const key = c.kind === 'operand' ? `${equation}:${c.start}:${c.quantity}:${c.verdict}` : undefined;
        const kept = key === undefined ? undefined : once.get(key);
        if (kept) alias.set(c, kept);
        else claims.push(Object.assign(c, { equation }));
        if (key !== undefined && !kept) once.set(key, claims[claims.length - 1]!);
        // one wrong matrix formula (A = Z) is one mistake: its other entries' errata follow from the first entry's
        const entry = c.kind === 'formula' && c.verdict === 'erratum' && !c.cause ? /^\[(.*)\]_\{[^}]*\}$/.exec(c.printed ?? '') : null;
        const first = entry ? once.get(`${equation}:entries:${entry[1]}`) : undefined;
        if (first) c.cause = first;
        else if (entry) once.set(`${equation}:entries:${entry[1]}`, c as EquationClaim);
      }
      const seen = new Set(judged.claims.filter((c) => c.verdict !== 'unresolved').map((c) => c.start));
      for (const c of negativeLossClaims(chain, table, net, seen)) claims.push(Object.assign(c, { equation }));
    }
  });
  // what a vector's values or a program's formula tie to the network, in place of the unresolved claims on them
  for (const tied of [judgeVectors(read, ctx, claims), judgeProgramValues(read, ctx, claims)]) {
    for (let k = claims.length - 1; k >= 0; k--) if (tied.replaced.has(claims[k]!)) claims.splice(k, 1);
    claims.push(...tied.claims);
  }
  const judgedProse = judgeProse(prose, ctx, memory);
  for (const c of [...claims, ...judgedProse]) if (c.cause && alias.has(c.cause)) c.cause = alias.get(c.cause);
  return { claims, prose: judgedProse };
}

/**
 * A statement that substitutes a parameter's updated value, after the document printed that update: the forward
 * pass run again with the new weights ("and the forward pass again: ŷ = 4.6 · 2 = 9.2"), not a weight used too early.
 */
function usesUpdatedWeights(claims: readonly Claim[], memory: DocumentMemory, net: NetworkView): boolean {
  return claims.some((c) => {
    if (c.verdict !== 'erratum' || c.slip !== 'updated-too-early' || c.quantity === undefined) return false;
    const update = net.updateOf(c.quantity);
    return update !== undefined && memory.printedFor(update) !== undefined;
  });
}

/** The trained parameters a chain prints a value of (b in `b = 0.096162`, w_1 after a round). */
function trainedParameters(claims: readonly Claim[], net: NetworkView): string[] {
  return claims.flatMap((c) => {
    const ref = c.kind === 'value' && c.quantity !== undefined ? parseQuantityId(c.quantity) : undefined;
    const base = ref?.kind === 'trained' ? ref.quantity : c.kind === 'value' ? c.quantity : undefined;
    return base !== undefined && net.updateOf(base) !== undefined ? [base] : [];
  });
}

const errata = (claims: readonly Claim[]): number => claims.filter((c) => c.verdict === 'erratum').length;

