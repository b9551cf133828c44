// Printed values that are a quantity's all the same: its value with a slip a judge names (a sign, two digits swapped), or a vector's entries in another order.
import type { NumberLiteral } from '../../read/mathCursor.js';

/**
 * Whether a printed number (three significant digits or more) is the value `x` at its precision with the sign flipped or
 * two neighbouring digits swapped: a slip in the word's own value, not another quantity's.
 */
export function slipOf(value: NumberLiteral, x: number): boolean {
  const digits = (s: string): string => s.replace(/[^0-9]/g, '');
  const mine = digits(value.text);
  if (mine.replace(/^0+/, '').length < 3) return false;
  const right = Math.abs(x).toFixed(value.decimals);
  if (digits(right) === mine) return Math.sign(x) !== Math.sign(value.value) && x !== 0;
  if (digits(right).length !== mine.length || Math.sign(x) !== Math.sign(value.value)) return false;
  const diff = [...mine].flatMap((c, i) => (c === digits(right)[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && mine[diff[0]!] === digits(right)[diff[1]!] && mine[diff[1]!] === digits(right)[diff[0]!];
}

/** Whether each of the values fits a different one of the ids (two or more of them). */
export function permuted(values: readonly NumberLiteral[], ids: readonly string[], fits: (v: NumberLiteral, id: string) => boolean): boolean {
  if (values.length < 2 || values.length !== ids.length) return false;
  const free = new Set(ids);
  for (const v of values) {
    const id = [...free].find((i) => fits(v, i));
    if (id === undefined) return false;
    free.delete(id);
  }
  return true;
}
