// A sheet's precision (the decimals its worked numbers print with) and how an answer prints at it.
import { formatNumber, roundNumber, type NumberPolicy } from '../evaluate/numberPolicy.js';

export interface SheetPrecision {
  decimals: number;
  /** The sheet writes trailing zeros (0.1820, 0.40), so answers keep them too. */
  zeros: boolean;
  /** Outside math: the sheet's minus sign (− in a text sheet that uses it). */
  minus?: string;
}

/** A number standing alone (not part of 11-13, MTAT.03.227 or a version string). */
const NUMBER = /(?<![\w.])-?\d+\.(\d+)(?![\w.])/g;

/**
 * The decimals a sheet's worked numbers print with: the most frequent count among numbers with two or more decimals
 * (the larger on a tie); when there are none, the most any number has (a sheet of 0.5 and 1 works to one decimal).
 */
export function sheetPrecision(text: string, decimals?: number): SheetPrecision {
  const told = /backprop-tex worksheet: answers to (\d+) decimals/.exec(text);
  if (told) return { decimals: decimals ?? Number(told[1]), zeros: false, ...(text.includes('−') ? { minus: '−' } : {}) };
  const counts = new Map<number, number>();
  let most = 0;
  let zeros = false;
  for (const m of text.matchAll(NUMBER)) {
    const d = m[1]!.length;
    most = Math.max(most, d);
    if (m[1]!.endsWith('0')) zeros = true;
    if (d >= 2) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  return { decimals: decimals ?? ranked[0]?.[0] ?? most, zeros, ...(text.includes('−') ? { minus: '−' } : {}) };
}

/** The policy an answer prints with: the sheet's decimals, or more when those would show a non-zero value as 0. */
export function answerPolicy(x: number, p: SheetPrecision): NumberPolicy {
  const base: NumberPolicy = { decimals: p.decimals, rounding: 'half-up', trimZeros: !p.zeros, hand: false };
  if (x === 0 || !Number.isFinite(x) || roundNumber(x, base) !== 0) return base;
  // Two significant digits: 0.000438 at 2 decimals prints 0.00044.
  return { ...base, decimals: 1 - Math.floor(Math.log10(Math.abs(x))) };
}

/** An answer as the sheet prints it. */
export function formatAnswer(x: number, p: SheetPrecision): string {
  return formatNumber(x, answerPolicy(x, p));
}
