// A printed vector that no name ties to a quantity (a column under the label `l1_error:`) is the one family of the
// network whose values most of its entries are, each to its printed digits and with four significant digits or more (or
// with two digits swapped, with six or more); its other entries are then judged against that family's (a transposed digit,
// a sign, another quantity's value).
import { parseQuantityId } from '../../derive/quantityRef.js';
import type { NetworkView } from '../network/networkView.js';
import type { PrintedVector } from '../read/printedVectors.js';
import type { ReadDocument } from '../read/readDocument.js';
import { reproduces } from './explain/slip.js';
import { digitSlip, tailSlip } from './explain/digitSlip.js';
import type { Claim } from './claim.js';
import type { JudgeContext } from './judgeContext.js';
import { judgeValue, notAQuantity } from './claims/value.js';
import { significantDigits } from './verdict.js';
import { DocumentMemory } from './memory.js';
import { vectorFamilies, type Family } from './vectorFamilies.js';

/** A claim with the equation it is in (judgeDocument's EquationClaim). */
type EquationClaim = Claim & { equation: number };

/** An entry is evidence of what the vector is only with this many significant digits (0.5 or 1 could be anything's). */
const EVIDENCE_DIGITS = 4;
/** A mistyped entry (two digits swapped) is evidence only with this many: chance does not come so close. */
const MISTYPED_DIGITS = 6;
/** The latest round of training a vector is looked for at, where the page names a later one (else round 0 and 1). */
const LATEST_ROUND = 3;

/** The slope of a unit's activation, as a label names it (`Sigmoid derivative`, `slope of the tanh`, `relu prime`). */
const ACTIVATION_SLOPE = /\b(?:sigmoid|logistic|tanh|relu|activation)\b.*\b(?:derivatives?|slopes?|prime)\b|\b(?:derivatives?|slopes?)\b.*\b(?:sigmoid|logistic|tanh|relu|activation)\b/i;

/**
 * The claims on the document's vectors tied by value, and the claims they replace: a named vector's entries, each
 * unresolved because its name is no quantity of the network.
 */
export function judgeVectors(read: ReadDocument, ctx: JudgeContext, judged: readonly EquationClaim[]): { claims: EquationClaim[]; replaced: Set<EquationClaim> } {
  const claims: EquationClaim[] = [];
  const replaced = new Set<EquationClaim>();
  const rounds = pageRounds(read, ctx);
  read.equations.forEach((e, equation) => {
    if (e.parse.skipped) return;
    for (const v of e.parse.vectors ?? []) {
      const before = v.named ? unreadEntries(v, judged.filter((c) => c.equation === equation)) : [];
      if (before === undefined) continue;
      const family = identify(v, vectorFamilies(ctx.net, v.entries.length, rounds), ctx.net);
      if (!family) continue;
      claims.push(...judgeEntries(v, family.ids!, ctx).map((c) => Object.assign(c, { equation })));
      for (const c of before) replaced.add(c);
    }
  });
  return { claims, replaced };
}

/** The claims on a named vector's entries, where every one says its name is no quantity (or none is judged at all). */
function unreadEntries(v: PrintedVector, claims: readonly EquationClaim[]): EquationClaim[] | undefined {
  const starts = new Set(v.entries.map((e) => e.start));
  const on = claims.filter((c) => starts.has(c.start));
  return on.every((c) => c.kind === 'value' && c.verdict === 'unresolved' && c.subject !== undefined && c.detail === notAQuantity(c.subject)) ? on : undefined;
}

/** Round 0 and the rounds after it up to the latest the page speaks of (at least one, at most LATEST_ROUND). */
function pageRounds(read: ReadDocument, ctx: JudgeContext): number[] {
  const named = [...ctx.table.ids()].map((id) => /^trained\$(\d+)\$/.exec(id)?.[1]).filter((x) => x !== undefined).map(Number);
  const latest = Math.min(LATEST_ROUND, Math.max(1, ...named, ...read.rounds.map((r) => r.rounds)));
  return Array.from({ length: latest + 1 }, (_, r) => r);
}

/**
 * The family the vector is: the most of its entries support it (two at least, more than half; half where its label
 * names the family's kind), one of them its value to the printed digits, and every other family that two entries or
 * more support has only some of those.
 */
function identify(v: PrintedVector, families: readonly Family[], net: NetworkView): Family | undefined {
  const support = families.map((f) => supportOf(v, f));
  const named = ACTIVATION_SLOPE.test(v.label ?? v.name ?? '');
  const enough = (k: number): boolean => {
    const m = support[k]!.all.size;
    if (support[k]!.exact === 0 || m < 2) return false;
    return 2 * m > v.entries.length || (named && 2 * m === v.entries.length && isActivationSlope(net, families[k]!));
  };
  const best = support.reduce((b, m, k) => (m.all.size > support[b]!.all.size ? k : b), 0);
  if (!families[best]?.ids || !enough(best)) return undefined;
  const mine = support[best]!.all;
  const within = (m: ReadonlySet<number>): boolean => m.size < mine.size && [...m].every((i) => mine.has(i));
  return support.every((m, k) => k === best || m.all.size < 2 || within(m.all)) ? families[best] : undefined;
}

/**
 * The entries that are the family's value to their printed digits (four significant digits or more), and those that
 * are it with two neighbouring digits swapped (six or more: no chance gives that; one digit off may be a value a step
 * later, near convergence, and is no evidence), or a long entry whose first five significant digits are the value's
 * (its tail miscopied).
 */
function supportOf(v: PrintedVector, f: Family): { all: Set<number>; exact: number } {
  const all = new Set<number>();
  let exact = 0;
  v.entries.forEach((e, i) => {
    const digits = significantDigits(e.text);
    if (digits >= EVIDENCE_DIGITS && reproduces(e.text, f.values[i]!)) (all.add(i), exact++);
    else if (digits >= MISTYPED_DIGITS && digitSlip(e.text, [f.values[i]!])?.slip === 'transposed-digits') all.add(i);
    else if (tailSlip(e.text, [f.values[i]!])) all.add(i);
  });
  return { all, exact };
}

/** ∂out/∂net of one unit (after some rounds too): the slope of its activation. */
function isActivationSlope(net: NetworkView, f: Family): boolean {
  let ref = parseQuantityId(f.ids?.[0] ?? '');
  if (ref?.kind === 'trained') ref = parseQuantityId(ref.quantity);
  return ref?.kind === 'partial' && net.graph.nodes.get(ref.of)?.kind === 'activation' && net.graph.nodes.get(ref.wrt)?.kind === 'net';
}

/** Each entry judged as the value of its quantity, named `[label]_{i}` in the report. */
function judgeEntries(v: PrintedVector, ids: readonly string[], ctx: JudgeContext) {
  const name = v.name ?? v.label ?? 'vector';
  return v.entries.flatMap((literal, i) => judgeValue(literal, { id: ids[i]!, source: `[${name}]_{${i + 1}}` }, {}, ctx, DocumentMemory.empty()).claims);
}
