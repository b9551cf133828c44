// The judge stage of verify: every chain of the document in order, the memory passed from one to the next, then the prose numbers.
import type { NetworkView } from '../network/networkView.js';
import type { ReadDocument } from '../read/readDocument.js';
import { roundsAt } from '../read/roundsContext.js';
import type { BindingTable } from '../resolve/bindingTable.js';
import type { ResolvedProse } from '../resolve/proseSubjects.js';
import type { Claim } from './claim.js';
import { judgeProse, type ProseClaim } from './claims/prose.js';
import { createJudgeContext } from './judgeContext.js';
import { judgeChain } from './judgeChain.js';
import { DocumentMemory } from './memory.js';

/** A claim in an equation: the equation it came from (its offsets are into that equation's LaTeX). */
export interface EquationClaim extends Claim {
  equation: number;
}

export interface Judgement {
  claims: EquationClaim[];
  prose: ProseClaim[];
}

export function judgeDocument(read: ReadDocument, table: BindingTable, prose: readonly ResolvedProse[], net: NetworkView): Judgement {
  const ctx = createJudgeContext(net, table, read.decimals);
  let memory = DocumentMemory.empty();
  const claims: EquationClaim[] = [];
  read.equations.forEach((e, equation) => {
    if (e.parse.skipped) return;
    const rounds = roundsAt(read.rounds, e.equation.offset);
    for (const chain of e.parse.chains) {
      const judged = judgeChain(chain, memory, ctx, rounds);
      memory = judged.memory;
      // The same objects (not copies): a later erratum's `cause` points at them.
      for (const c of judged.claims) claims.push(Object.assign(c, { equation }));
    }
  });
  return { claims, prose: judgeProse(prose, ctx, memory) };
}
