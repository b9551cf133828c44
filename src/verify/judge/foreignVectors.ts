// A vector or matrix printed with more entries than the network's quantity of that name has (h = [0.3, 0.6, 0.77, 0.55]
// beside two hidden units) is another quantity that shares the name: its entries are set aside, not judged.
import type { ReadDocument } from '../read/readDocument.js';
import type { EquationClaim } from './judgeDocument.js';
import { regionAside, type OtherExample } from './setAside.js';
import { notAQuantity } from './claims/value.js';

/** `[h]_{3}`, `[W^{(2)}]_{2,1}`: the matrix an entry claim belongs to. */
const ENTRY = /^\[(.+)\]_\{[\d,]+\}$/;

export function foreignVectors(read: ReadDocument, claims: readonly EquationClaim[]): OtherExample[] {
  const groups = new Map<string, EquationClaim[]>();
  for (const c of claims) {
    const m = c.kind === 'value' && c.subject ? ENTRY.exec(c.subject) : null;
    if (!m) continue;
    const key = `${c.equation}\u0000${m[1]}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: OtherExample[] = [];
  for (const [key, entries] of groups) {
    // entries the network has no quantity for (not entries two readings of a matrix tie on)
    const missing = entries.filter((c) => c.verdict === 'unresolved' && c.detail === notAQuantity(c.subject!)).length;
    if (missing === 0 || missing === entries.length) continue;
    const name = key.split('\u0000')[1]!;
    out.push(regionAside(read.equations[entries[0]!.equation]!.equation, `${name} has ${entries.length} entries here, ${missing} of them no quantity of the network: another ${name}`, entries.length));
  }
  return out;
}
