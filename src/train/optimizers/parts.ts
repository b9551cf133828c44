// Pieces the update rules share: ε inside or outside the square root (value and LaTeX), negatives in parentheses.
import type { OptimizerSettings } from './types.js';

/** Negative numbers in parentheses, as in 0.5 - 0.5 \cdot (-1). */
export function paren(text: string): string {
  return text.startsWith('-') ? `(${text})` : text;
}

/** √(x + ε) or √x + ε. */
export function denominator(x: number, s: OptimizerSettings): number {
  return s.epsPlacement === 'inside' ? Math.sqrt(x + s.eps) : Math.sqrt(x) + s.eps;
}

/** The same in LaTeX, for a symbol or a formatted number x and ε. */
export function denominatorTex(x: string, eps: string, s: OptimizerSettings): string {
  return s.epsPlacement === 'inside' ? `\\sqrt{${x} + ${eps}}` : `\\sqrt{${x}} + ${eps}`;
}
