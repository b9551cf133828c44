// Float equality as verify compares a formula's value with a quantity's: 1e-9 relative to the larger magnitude (at
// least 1), and never an infinite value (−ln 0 is within ∞ of any loss).
export function sameFloat(a: number, b: number): boolean {
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
