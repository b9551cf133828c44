// What the judge carries from one side of a chain (a = formula = numbers = value) to the next.
import type { MathNode } from '../../util/mathjs.js';
import type { MathSide } from '../read/parseLatexMath.js';
import type { Claim } from './claim.js';

/** The quantity a chain is about: its id and the document's name for it. */
export interface Subject {
  id: string;
  source: string;
}

export interface Carried {
  formula?: MathNode;
  arithmetic?: number;
  arithmeticSide?: MathSide;
  /**
   * How far `arithmetic` may be from the true result because its printed operands were rounded: worked out on first
   * use (most arithmetic is checked operand by operand and never asks).
   */
  slack?: () => number;
  /** The arithmetic substituted a wrong number for a name. */
  tainted?: boolean;
  /** Every rounded number of the arithmetic was checked as the value of the quantity it stands for, and is right. */
  verified?: boolean;
  /** Verified, and every whole number too is checked or a constant of the formula written before (the 1 of 1 − y). */
  shown?: boolean;
  /** The root erratum the arithmetic or the formula before it follows from (a wrong operand, a wrong formula). */
  cause?: Claim;
  /** The value of the formula written before, at the network's values (what a value computed from it comes to). */
  formulaValue?: number;
  /** The formula written before is not the quantity's: numbers substituted into it are no rounding of the right value. */
  formulaWrong?: boolean;
  /** The formula's value from the numbers the document printed for its names, and the root erratum among those numbers. */
  ownValue?: number;
  ownCause?: Claim;
  /** A number of the arithmetic that the document printed wrong earlier. */
  inherited?: string;
  /** The numbers of the arithmetic substituted wrong (a root erratum each), by position: the values they stand for. */
  corrected?: ReadonlyMap<number, number>;
}

export interface ChainState {
  subject?: Subject;
  /** A name the chain starts with that is not a quantity of the network. */
  unknownName?: string;
  /** Why it is read as nothing, when a rule says (it stands for two quantities). */
  unknownReason?: string;
  carried: Carried;
}
