// The page's own arithmetic in a part set aside as about another example: a result that its printed numbers cannot
// give, even each moved within its last printed place, is wrong whichever network the part is about, so it stays in
// the report as an erratum while the rest of the part is only listed in coverage.
import { isGivenValue, type NetworkView } from '../network/networkView.js';
import { documentOffset } from '../read/extractEquations.js';
import type { ReadDocument } from '../read/readDocument.js';
import { evaluateSide, type Lookup } from '../resolve/evaluateSide.js';
import type { Claim } from './claim.js';
import { judgeArithmetic } from './claims/arithmetic.js';
import { literalOf } from './claims/value.js';
import { roundingSlack } from './roundingSlack.js';
import type { EquationClaim } from './judgeDocument.js';
import { ANOTHER_EXAMPLE, type OtherExample } from './setAside.js';

/** A claim kept from a part set aside, with where it is in the document. */
export interface AsideClaim {
  claim: Claim;
  at: { line: number; column: number };
  equation: number;
  mathEnd: number;
}

/** A lookup that knows no name: only bare numbers (and e, π) have a value, so a side that names anything has none. */
const NO_NAMES: Lookup = {
  value: () => undefined,
  constant: (key) => (key === 'e' ? Math.E : key === 'pi' || key === '\\pi' ? Math.PI : undefined),
  units: () => [],
};

/**
 * In the equations of the parts set aside, each result printed after a side of two or more bare numbers (`(0.62 − 1)
 * · 0.62 = …`, no name, no call), judged against that side alone: kept only where it is an erratum. The numbers the
 * parts give as an input, target or parameter (`x_1 = 0.8`) are exact, every other one rounded to its last place.
 */
export function asideArithmetic(read: ReadDocument, parts: readonly OtherExample[], claims: readonly EquationClaim[], net: NetworkView): AsideClaim[] {
  const out: AsideClaim[] = [];
  // only a part about another example: a measurement in units (1/800 = 1.25 ms), a condition to solve or another
  // convention is set aside because its numbers are not what they seem
  const examples = parts.filter((p) => p.reason.startsWith(ANOTHER_EXAMPLE));
  const inside = (offset: number): boolean => examples.some((p) => p.start <= offset && offset < p.end);
  const given = claims.filter((c) => c.kind === 'value' && isGivenValue(net, c.quantity) && inside(documentOffset(read.equations[c.equation]!.equation, c.start)));
  const exact = new Set(given.map((c) => Number(c.printed)));
  for (const { equation, parse } of read.equations) {
    if (parse.skipped || !inside(equation.offset)) continue;
    for (const { sides } of parse.chains) {
      for (let i = 1; i < sides.length; i++) {
        const literal = literalOf(sides[i]!);
        const before = sides[i - 1]!;
        if (!literal || before.numbers.length < 2 || literalOf(before)) continue;
        const value = evaluateSide(before.node, NO_NAMES).value;
        if (value === undefined || !Number.isFinite(value)) continue;
        const judged = judgeArithmetic(literal.text, { arithmetic: value, slack: () => roundingSlack(before.node, before.numbers, exact) });
        if (judged.verdict !== 'erratum') continue;
        const claim: Claim = { kind: 'arithmetic', ...judged, start: literal.start, printed: literal.text, detail: [judged.detail, 'in a part about another example'].filter(Boolean).join('; ') };
        out.push({ claim, at: read.lines.locate(documentOffset(equation, literal.start)), equation: equation.index, mathEnd: equation.regionClose });
      }
    }
  }
  return out;
}
