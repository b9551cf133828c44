// A judged statement: what the document printed, what the network says, the verdict, and the slip that explains a wrong number.
import type { SlipName } from './explain/slip.js';
import type { Verdict } from './verdict.js';

export type ClaimKind = 'value' | 'operand' | 'formula' | 'arithmetic' | 'prose';

export interface Claim {
  kind: ClaimKind;
  verdict: Verdict;
  /** Offset into the equation's LaTeX of the number or side the claim is about. */
  start: number;
  /** The name the claim is about, as the document prints it. */
  subject?: string;
  /** The engine quantity it was compared with (g$w5, u$w5...), in the id grammar of derive/quantityRef.ts. */
  quantity?: string;
  /** The printed number, or the LaTeX of the side. */
  printed: string;
  /** Our value: at the printed decimals for numbers, at 9 decimals for formulas and blanks. */
  expected?: string;
  detail?: string;
  /** The known slip that produces a wrong number (or the reason a formula is wrong). */
  slip?: SlipName;
  /** For an erratum that only follows from an earlier one (a value computed from a wrong number): that root erratum. */
  cause?: Claim;
}

/** The root erratum a new erratum follows from, given the claim it was computed from (itself a root or a consequence). */
export const rootOf = (c: Claim | undefined): Claim | undefined => c?.cause ?? c;
