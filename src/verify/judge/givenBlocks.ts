// A block of given values (Given: y = 0.7, t = 1) that contradict the network, followed by working from them: another example, also where no heading sets it apart.
import { isAfterAStep, isGivenValue, type NetworkView } from '../network/networkView.js';
import { paragraphs, sections, type Scope } from '../read/scopes.js';
import type { ProseClaim } from './claims/prose.js';
import type { EquationClaim } from './judgeDocument.js';
import { ANOTHER_EXAMPLE, type OtherExample } from './setAside.js';

type AnyClaim = EquationClaim | ProseClaim;

/** A claim and where it stands in the document. */
export interface Placed {
  offset: number;
  claim: AnyClaim;
}

/** A paragraph's claims, the arithmetic left out (it holds or fails whatever the network). */
interface Part extends Scope {
  claims: AnyClaim[];
}

const WRONG = new Set(['erratum', 'truncation']);
const RIGHT = new Set(['exact', 'rounding-propagation']);

/**
 * Runs of paragraphs that only give numbers, two or more of them stated values of the network's quantities that
 * the network does not have — an input, target or parameter, or a computed quantity stated with no working that the
 * section has not computed before (a restated value with a slip was computed before: it stays an erratum) — and
 * the paragraphs after them that compute from those numbers with nothing computed as the network has it. An answer
 * printed before the givens (Answer: E = 0.045) goes with them; the working prints it again, so it is no given.
 */
export function givenBlocks(text: string, located: readonly Placed[], plain: ReadonlySet<AnyClaim>, net: NetworkView): OtherExample[] {
  const out: OtherExample[] = [];
  for (const section of sections(text)) {
    const inSection = located.filter((l) => l.offset >= section.start && l.offset < section.end);
    const parts = paragraphs(text, section).map((p): Part => ({ ...p, claims: inSection.filter((l) => l.offset >= p.start && l.offset < p.end && l.claim.kind !== 'arithmetic').map((l) => l.claim) })).filter((p) => p.claims.length > 0);
    const worked = inSection.filter((l) => l.claim.kind === 'value' && !plain.has(l.claim));
    const stated = (c: AnyClaim, at: number): boolean =>
      plain.has(c) && WRONG.has(c.verdict) && (isGivenValue(net, c.quantity) || (isComputed(c.quantity, net) && !worked.some((w) => w.offset < at && w.claim.quantity === c.quantity)));
    for (let i = 0; i < parts.length; i++) {
      const block = givenRun(parts, i, plain, net);
      if (block === 0) continue;
      const statedHere = parts.slice(i, i + block).flatMap((p) => p.claims.filter((c) => stated(c, p.start)));
      let last = i + block;
      const values = new Set(statedHere.map((c) => Number(c.printed)));
      while (last < parts.length && followsFrom(parts[last]!, values, net)) last++;
      // an answer printed first (Answer: E = 0.045) is printed again by the working: it is no given
      const again = new Set(parts.slice(i + block, last).flatMap((p) => p.claims.filter((c) => c.kind === 'value').map((c) => Number(c.printed))));
      const givens = statedHere.filter((c) => !again.has(Number(c.printed)));
      if (last === i + block || givens.length < 2) continue;
      const said = givens.slice(0, 3).map((c) => `${c.subject ?? '?'} = ${c.printed} (the network's is ${Number(net.exact(c.quantity!).toPrecision(6))})`);
      const claims = parts.slice(i, last).reduce((n, p) => n + p.claims.length, 0);
      out.push({ start: parts[i]!.start, end: parts[last - 1]!.end, reason: `${ANOTHER_EXAMPLE}: given ${said.join(', ')}, and the working from them`, claims });
      i = last - 1;
    }
  }
  return out;
}

/** How many paragraphs from `i` on only give numbers, none of them a computed quantity the network has as printed. */
function givenRun(parts: readonly Part[], i: number, plain: ReadonlySet<AnyClaim>, net: NetworkView): number {
  let n = 0;
  while (i + n < parts.length && parts[i + n]!.claims.every((c) => plain.has(c) && !(RIGHT.has(c.verdict) && isComputed(c.quantity, net)))) n++;
  return n;
}

/** Working from the given numbers: a wrong number substituted that is one of them, and nothing computed as the network has it. */
function followsFrom(part: Part, values: ReadonlySet<number>, net: NetworkView): boolean {
  if (part.claims.some((c) => RIGHT.has(c.verdict) && isComputed(c.quantity, net) && c.kind !== 'formula')) return false;
  return part.claims.some((c) => c.kind === 'operand' && WRONG.has(c.verdict) && values.has(Number(c.printed)));
}


/** A quantity the network computes (a weighted sum, an output, the loss, a gradient); an updated weight is what a step gives, never a given. */
function isComputed(id: string | undefined, net: NetworkView): boolean {
  return id !== undefined && !isGivenValue(net, id) && !isAfterAStep(id);
}

/**
 * Rule "the page's own givens disagree": where a part prints more of the network's inputs and parameters with the
 * network's values (two at least) than it has wrong numbers, it gives this network's example; a computed value it
 * states beside them that the network does not have (a = (2, 1) beside z = (3, −1), a = ReLU(z)) is a slip, not
 * another example's starting point.
 */
export function leavesAgree(right: readonly AnyClaim[], wrong: readonly AnyClaim[], net: NetworkView): boolean {
  const leaves = right.filter((c) => isGivenValue(net, c.quantity)).length;
  return leaves >= 2 && leaves > wrong.length;
}
