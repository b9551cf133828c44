// What verify read and judged of a document, and every number it saw but did not judge, with the reason: a report never passes silently.
import type { EquationClaim } from './judge/judgeDocument.js';
import type { ProseClaim } from './judge/claims/prose.js';
import type { ReadDocument } from './read/readDocument.js';
import type { Location } from './read/lineIndex.js';
import { chainsOf } from './read/readDocument.js';
import { documentOffset } from './read/extractEquations.js';

/** Numbers seen but not judged, by reason: how many, and where the first one is. */
export interface UnjudgedNumbers {
  reason: string;
  count: number;
  first: Location;
  /** Set aside: a part of the document verify found to be about another example. */
  aside?: true;
}

export interface Coverage {
  /** Statements (a = b = … chains) parsed from the equations. */
  statements: number;
  /** Claims with a verdict on a number or formula (not unresolved, not a blank). */
  judged: number;
  /** Printed numbers with digits after the point (whole numbers only when judged): how many, how many judged. */
  numbers: { seen: number; judged: number };
  notJudged: UnjudgedNumbers[];
}

const UNDECIDED = 'a result whose last digit only operands of unknown unrounded value give (neither right nor wrong)';

/**
 * A printed number as counted: digits after the point, or scientific. Whole numbers in prose are counts and years.
 * A sentence's full stop after it (the error is 0.2910.) ends it; a version's further point (1.2.3) does not.
 */
export const DECIMAL = /(?<![\w.])-?\d+\.\d+(?:[eE][-+]?\d+)?(?!\w|\.\w)/g;

export function measureCoverage(read: ReadDocument, claims: readonly EquationClaim[], prose: readonly ProseClaim[]): Coverage {
  const tally = new Map<string, { count: number; first: number }>();
  const note = (reason: string, offset: number): void => {
    const t = tally.get(reason);
    if (t) t.count++;
    else tally.set(reason, { count: 1, first: offset });
  };
  let seen = 0;
  let judged = 0;
  const judgedAt = new Set(claims.filter(isJudged).map((c) => `${c.equation}:${c.start}`));
  // a result whose last digit neither the printed operands nor their known unrounded values decide
  const undecided = new Set(claims.filter((c) => c.kind === 'arithmetic' && c.verdict === 'unresolved').map((c) => `${c.equation}:${c.start}`));
  read.equations.forEach((e, i) => {
    if (e.parse.skipped) {
      for (const m of e.equation.latex.matchAll(DECIMAL)) (seen++, note(`in an equation that could not be read (${e.parse.reason})`, documentOffset(e.equation, m.index!)));
      return;
    }
    const once = new Set<number>(); // an entry of a matrix stands in the chains of several entries
    for (const u of e.parse.unread ?? []) {
      if (once.has(u.number.start)) continue;
      once.add(u.number.start);
      seen++;
      // a vector's entry judged once the judge tied the vector to a quantity by its values
      if (judgedAt.has(`${i}:${u.number.start}`)) judged++;
      else note(u.reason, documentOffset(e.equation, u.number.start));
    }
    for (const c of e.parse.chains) {
      for (const s of c.sides) {
        for (const n of s.numbers) {
          if (once.has(n.start)) continue;
          once.add(n.start);
          const counted = judgedAt.has(`${i}:${n.start}`);
          if (counted) (seen++, judged++);
          else if (undecided.has(`${i}:${n.start}`)) (seen++, note(UNDECIDED, documentOffset(e.equation, n.start)));
          else if (n.decimals > 0) (seen++, note('in an equation, with no quantity it could be compared with', documentOffset(e.equation, n.start)));
        }
      }
    }
    for (const f of e.parse.failed) for (const m of e.equation.latex.slice(f.column).matchAll(DECIMAL)) (seen++, note(`in a statement that could not be read (${f.reason})`, documentOffset(e.equation, f.column + m.index!)));
  });
  const proseAt = new Set(prose.filter(isJudged).map((c) => c.offset));
  // an equation read out of prose, code or a table row holds the characters its offsets map, not the span between them
  // (a row's statement `p_{dog} = 0.0006` skips the cells between its label and its number)
  const mapped = new Set(read.equations.flatMap((e) => e.equation.offsets ?? []));
  const inRegion = inRanges(read.equations.filter((e) => !e.equation.offsets).map((e): [number, number] => [Math.max(0, e.equation.offset - 2), e.equation.regionClose]));
  const inMath = (at: number): boolean => mapped.has(at) || inRegion(at);
  const inComment = inRanges(read.code.filter((r) => r.comment).map((r): [number, number] => [r.start, r.end]));
  // an HTML page's tags, styles and scripts hold no numbers of its text (1.21em, a font's version)
  for (const m of read.words.matchAll(DECIMAL)) {
    const at = m.index!;
    if (inMath(at) || inComment(at)) continue;
    seen++;
    if (proseAt.has(at)) judged++;
    else if (read.code.some((r) => at >= r.start && at < r.end)) note('in code', at);
    else note('in the prose, with no quantity named', at);
  }
  const notJudged = [...tally].map(([reason, t]) => ({ reason, count: t.count, first: read.lines.locate(t.first) }));
  return {
    statements: chainsOf(read).length,
    judged: claims.filter(isJudged).length + prose.filter(isJudged).length,
    numbers: { seen, judged },
    notJudged: notJudged.sort((a, b) => b.count - a.count),
  };
}

/** Adds numbers not judged to a list with one entry per reason: a reason already listed counts them and keeps its earlier first place. */
export function addUnjudged(list: UnjudgedNumbers[], entry: UnjudgedNumbers): void {
  const same = list.find((n) => n.reason === entry.reason);
  if (!same) list.push({ ...entry });
  else (same.count += entry.count), (same.first = earlier(same.first, entry.first));
}

const earlier = (a: Location, b: Location): Location => (a.line < b.line || (a.line === b.line && a.column <= b.column) ? a : b);

function isJudged(c: { verdict: string }): boolean {
  return c.verdict !== 'unresolved' && c.verdict !== 'not-printed';
}

/**
 * Whether an offset lies in one of the ranges [a, b): a binary search for the last range starting at or before it,
 * and the furthest end of the ranges up to there. (Asking every equation for every number of the text was
 * quadratic: 6,000 numbers × 2,000 equations in a derivation of 4-12-12-3.)
 */
export function inRanges(ranges: readonly [number, number][]): (at: number) => boolean {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const reach: number[] = [];
  let far = -Infinity;
  for (const [, b] of sorted) reach.push((far = Math.max(far, b)));
  return (at) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] <= at) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && reach[last]! > at;
  };
}
