// A value a program prints under a name that is no quantity of the network (`err:  0.115`), where the program assigns
// that name a formula of names (`err = y_true - y_hat`): judged against the formula at the network's values. Only a
// slip one can name (a sign, digits) is an erratum: another difference may be the names meaning other things here.
// The claim is the program's arithmetic (no quantity of the network is the name).
import type { ReadDocument } from '../read/readDocument.js';
import type { MathNode } from '../../util/mathjs.js';
import { SymbolNode } from '../../util/mathjs.js';
import { evaluateSide } from '../resolve/evaluateSide.js';
import type { Claim } from './claim.js';
import type { JudgeContext } from './judgeContext.js';
import { literalOf, notAQuantity } from './claims/value.js';
import { significantDigits } from './verdict.js';
import { digitSlip, signSlip } from './explain/digitSlip.js';
import { judgeNumber } from './verdict.js';

type EquationClaim = Claim & { equation: number };

/** A program's float printed to 17 digits is compared at this many significant digits (the last ones are the float's). */
const PROGRAM_DIGITS = 12;

export function judgeProgramValues(read: ReadDocument, ctx: JudgeContext, judged: readonly EquationClaim[]): { claims: EquationClaim[]; replaced: Set<EquationClaim> } {
  const claims: EquationClaim[] = [];
  const replaced = new Set<EquationClaim>();
  if (read.programFormulas.size === 0) return { claims, replaced };
  read.equations.forEach((e, equation) => {
    if (e.parse.skipped) return;
    for (const chain of e.parse.chains) {
      const [name, side] = chain.sides;
      const formula = chain.sides.length === 2 && name!.node instanceof SymbolNode ? read.programFormulas.get(name!.node.name) : undefined;
      const literal = formula && literalOf(side!);
      const unread = literal && judged.find((c) => c.equation === equation && c.start === literal.start && c.verdict === 'unresolved' && c.detail === notAQuantity(c.subject ?? ''));
      const value = unread && valueOf(formula!, ctx);
      if (!unread || value === undefined) continue;
      const claim = judgeAgainst(literal!.text, value, formula!, unread);
      if (claim) (claims.push(Object.assign(claim, { equation })), replaced.add(unread));
    }
  });
  return { claims, replaced };
}

function valueOf(formula: MathNode, ctx: JudgeContext): number | undefined {
  const side = evaluateSide(formula, ctx.lookup);
  return side.unresolved.length === 0 && Number.isFinite(side.value) ? side.value : undefined;
}

/** The printed value against the formula's: exact, or an erratum with its slip; undefined for a difference no slip names. */
function judgeAgainst(printed: string, value: number, formula: MathNode, unread: Claim): Claim | undefined {
  const verdict = judgeNumber(printed, value);
  const about = { kind: 'arithmetic' as const, start: unread.start, printed, subject: unread.subject, expected: verdict.expected };
  const says = `${unread.subject} = ${formula.toString()} in the program`;
  if (verdict.verdict !== 'erratum') return { ...about, verdict: verdict.verdict, detail: says };
  // a float printed with all its digits is told by its first ones: the last are the order of evaluation's
  const text = significantDigits(printed) > PROGRAM_DIGITS && !/e/i.test(printed) ? Number(printed).toFixed(Math.max(0, PROGRAM_DIGITS - 1 - Math.floor(Math.log10(Math.abs(Number(printed)))))) : printed;
  const slip = signSlip(text, [value]) ?? digitSlip(text, [value]);
  return slip && { ...about, verdict: 'erratum', slip: slip.slip, detail: `${says}; ${slip.detail}` };
}
