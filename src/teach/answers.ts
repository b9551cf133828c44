// The answers a returned sheet gives, by quantity: verify's value claims, and plain-text lines verify did not read
// (a1 = σ(s1) = 0.5622) by the name on their left; one id per value, so ∂f/∂x2 answers the key's ∂E/∂x2 where they alias.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import type { LocatedClaim } from '../verify/verifyDocument.js';
import { mathSpans } from './blanks.js';
import { subjectOfLine } from './plainNames.js';
import { parseQuantityId } from '../derive/quantityRef.js';

/** One answer found on a sheet: what verify said about it, when verify read it. */
export type SheetAnswer = Pick<LocatedClaim, 'quantity' | 'printed' | 'line' | 'verdict'> & Partial<Pick<LocatedClaim, 'causedBy' | 'slip' | 'detail' | 'expected' | 'column'>>;

/**
 * The id the derivation holds a quantity of verify's under, or undefined: verify names a value of the step the sheet
 * shows (a momentum velocity v_w^(1), Adam's m and v) as that value after 0 rounds, trained$0$os$velocity$1$w5.
 */
export function documentQuantity(id: string, doc: DerivationDocument): string | undefined {
  const has = (q: string): boolean => doc.derivation.quantities.has(q);
  if (has(id)) return id;
  const ref = parseQuantityId(id);
  const inner = ref?.kind === 'trained' && ref.rounds === 0 ? ref.quantity : undefined;
  return inner !== undefined && has(inner) ? inner : undefined;
}

/** The quantity an id stands for: a gradient defined as the root's partial (∂E/∂x2 := ∂f/∂x2) is that partial. */
export function canonicalId(id: string, doc: DerivationDocument): string {
  id = documentQuantity(id, doc) ?? id;
  for (let k = 0; k < 8; k++) {
    const def = doc.derivation.quantities.get(id)?.def as { type?: string; name?: string } | undefined;
    if (def?.type !== 'SymbolNode' || !doc.derivation.quantities.has(def.name!)) return id;
    id = def.name!;
  }
  return id;
}

/**
 * Answers per canonical quantity, in document order: verify's value claims, then unread plain-text lines. A line the
 * question sheet already prints in full (`given`) holds no answer: its numbers were handed out, not worked.
 */
export function answersByQuantity(masked: string, claims: readonly LocatedClaim[], doc: DerivationDocument, given: (line: number) => boolean = () => false): Map<string, SheetAnswer[]> {
  const pool = new Map<string, SheetAnswer[]>();
  const add = (a: SheetAnswer): void => {
    if (given(a.line)) return;
    const id = canonicalId(a.quantity!, doc);
    pool.set(id, [...(pool.get(id) ?? []), a].sort((x, y) => x.line - y.line));
  };
  for (const c of claims) if (c.quantity && c.kind === 'value') add(c);
  const read = new Set(claims.filter((c) => c.kind === 'value' && c.quantity).map((c) => `${c.line}:${canonicalId(c.quantity!, doc)}`));
  for (const a of plainAnswers(masked, doc)) if (!read.has(`${a.line}:${canonicalId(a.quantity!, doc)}`)) add(a);
  return pool;
}

/** Lines outside math whose first side names a quantity and whose last side is a number (or still a blank). */
function plainAnswers(text: string, doc: DerivationDocument): SheetAnswer[] {
  const spans = mathSpans(text);
  const out: SheetAnswer[] = [];
  let start = 0;
  text.split('\n').forEach((line, i) => {
    const at = start;
    start += line.length + 1;
    if (spans.some(([a, b]) => at < b && at + line.length > a)) return;
    const named = subjectOfLine(text, at + line.length, doc);
    const last = line.slice(line.lastIndexOf('=') + 1).trim().replace(/^−/, '-');
    if (!named || named.sides < 1) return;
    if (/^\?+$/.test(last)) out.push({ quantity: named.quantity, printed: '', line: i + 1, verdict: 'not-printed' });
    else if (/^-?\d+(\.\d+)?$/.test(last)) out.push({ quantity: named.quantity, printed: last, line: i + 1, verdict: 'unresolved' });
  });
  return out;
}
