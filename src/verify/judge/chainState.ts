// What the judge carries from one side of a chain (a = formula = numbers = value) to the next.
import type { MathNode } from '../../util/mathjs.js';
import type { MathSide } from '../read/parseLatexMath.js';

/** The quantity a chain is about: its id and the document's name for it. */
export interface Subject {
  id: string;
  source: string;
}

export interface Carried {
  formula?: MathNode;
  arithmetic?: number;
  arithmeticSide?: MathSide;
  /** How far `arithmetic` may be from the true result because its printed operands were rounded. */
  slack?: number;
  /** The arithmetic substituted a wrong number for a name. */
  tainted?: boolean;
  /** A number of the arithmetic that the document printed wrong earlier. */
  inherited?: string;
}

export interface ChainState {
  subject?: Subject;
  /** A name the chain starts with that is not a quantity of the network. */
  unknownName?: string;
  carried: Carried;
}
