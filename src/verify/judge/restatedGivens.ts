// A matrix of given numbers printed again under the same name with other numbers (AND ⇒ Θ = [−30 20 20], then
// OR ⇒ Θ = [−10 20 20]), where another printing of it is the network's own: that printing is another example's.
import { isGivenValue, type NetworkView } from '../network/networkView.js';
import type { ReadDocument } from '../read/readDocument.js';
import type { EquationClaim } from './judgeDocument.js';
import { regionAside, type OtherExample } from './setAside.js';

/** `[\Theta^{(1)}]_{2,1}`: the matrix an entry claim belongs to. */
const ENTRY = /^\[(.+)\]_\{[\d,]+\}$/;
/** A label before the statement: `OR \Rightarrow Θ = …`, `NOR: Θ = …`. */
const LABEL = /[A-Za-z}]\s*(?:\\Rightarrow|\\implies|⇒|:)\s*$/;

/**
 * Entry claims grouped by equation and matrix; a group is another example's when every entry is a given number (an
 * input, target or parameter), another group of the same matrix agrees with the network entry for entry, and it
 * differs in two entries or more, or in one beside a label that names what it is (one entry off alone is a slip).
 */
export function restatedGivens(read: ReadDocument, claims: readonly EquationClaim[], net: NetworkView): OtherExample[] {
  const groups = new Map<string, { name: string; equation: number; entries: EquationClaim[] }>();
  for (const c of claims) {
    const m = c.kind === 'value' && c.subject ? ENTRY.exec(c.subject) : null;
    if (!m) continue;
    const key = `${c.equation}\u0000${m[1]}`;
    const group = groups.get(key) ?? { name: m[1]!, equation: c.equation, entries: [] };
    group.entries.push(c);
    groups.set(key, group);
  }
  const given = [...groups.values()].filter((g) => g.entries.length >= 2 && g.entries.every((c) => isGivenValue(net, c.quantity)));
  const agreeing = new Set(given.filter((g) => g.entries.every((c) => c.verdict === 'exact')).map((g) => g.name));
  const out: OtherExample[] = [];
  for (const g of given) {
    if (!agreeing.has(g.name)) continue;
    const wrong = g.entries.filter((c) => c.verdict === 'erratum').length;
    const e = read.equations[g.equation]!.equation;
    const labelled = LABEL.test(before(read, g.equation, g.entries[0]!.start));
    if (wrong >= 2 || (wrong === 1 && labelled)) {
      out.push(regionAside(e, `${g.name} is printed elsewhere with the network's values; here ${wrong} of its ${g.entries.length} entries differ: another example's ${g.name}`, g.entries.length));
    }
  }
  return out;
}

/** The text of an equation before the statement that holds a claim: where a label stands. */
function before(read: ReadDocument, equation: number, start: number): string {
  const e = read.equations[equation]!;
  const chain = e.parse.skipped ? undefined : e.parse.chains.find((k) => start >= k.start && start <= k.end);
  return chain ? e.equation.latex.slice(0, chain.start) : '';
}

