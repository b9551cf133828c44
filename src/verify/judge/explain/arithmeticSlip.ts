// Explainer arithmetic: a printed result that its own printed operands do not give (rounded or cut off at the printed precision).
import type { Arithmetic } from '../memory.js';
import { atDecimals, printedDecimals } from '../verdict.js';
import { reproduces, type Slip } from './slip.js';

/** "0.7413 * 0.1868 = 0.13847": the value one decimal past the printed precision, trailing zeros dropped. */
export function shownPast(value: number, decimals: number): string {
  return String(Number(atDecimals(value, decimals + 1)));
}

export function arithmeticSlip(printed: string, arithmetic: Arithmetic | undefined): Slip | undefined {
  if (!arithmetic || reproduces(printed, arithmetic.value)) return undefined;
  const d = printedDecimals(printed);
  return {
    slip: 'arithmetic',
    detail: `${arithmetic.side.source.trim()} = ${shownPast(arithmetic.value, d)}; the printed result does not follow from its operands`,
  };
}
