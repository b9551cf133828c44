// Whether a side of a statement agrees with a value: a printed number at its precision, arithmetic within its operands' rounding, a formula exactly.
import type { MathSide } from '../read/parseLatexMath.js';
import { nodeKey } from '../read/canonicalName.js';
import { chainsOf } from '../read/readDocument.js';
import type { RuleContext } from './nameRule.js';

/** A printed literal at its printed decimals; a side of numbers to 1 %; a formula of names to 1e-9 relative. */
export function reproducesValue(side: MathSide, value: number, target: number): boolean {
  const scale = Math.max(1e-12, Math.abs(target));
  const reading = readingOf(side);
  if (reading.literal !== undefined) {
    const d = reading.literal;
    return Math.abs(value - target) <= 0.5 * 10 ** -d + 1e-12 * scale || Math.abs(value - target) <= 1e-11 * scale;
  }
  return Math.abs(value - target) <= (reading.names ? 1e-9 : 0.01) * scale;
}

/** A side as reproducesValue compares it: the decimals of a lone printed literal, or whether it writes names. */
interface SideReading {
  literal?: number;
  names: boolean;
}

/** Each side's reading, worked out once: rule opposite-sign compares every side under two readings per group of names. */
const readings = new WeakMap<MathSide, SideReading>();

function readingOf(side: MathSide): SideReading {
  const known = readings.get(side);
  if (known) return known;
  const lone = side.numbers.length === 1 && side.source.trim() === side.numbers[0]!.text;
  const reading = lone ? { literal: side.numbers[0]!.decimals, names: false } : { names: /[A-Za-z\\]/.test(side.source.replace(/\\(cdot|times|frac|left|right)/g, '')) };
  readings.set(side, reading);
  return reading;
}

/** How many of the document's "name = number" statements hold when each name stands for the quantity `idOf` gives it. */
export function printedAgreement(ctx: RuleContext, idOf: (key: string) => string | undefined): number {
  let score = 0;
  for (const chain of chainsOf(ctx.read)) {
    const key = nodeKey(chain.sides[0]!.node);
    const id = key === null ? undefined : idOf(key);
    const value = id === undefined ? undefined : ctx.net.valueOf(id);
    if (value === undefined) continue;
    if (chain.sides.slice(1).some((s) => s.numbers.length === 1 && reproducesValue(s, value, s.numbers[0]!.value))) score++;
  }
  return score;
}

/** The numbers the document states for a name (`t = 1`, `t = 2`): a letter given several is a counter or an index. */
export function printedValues(ctx: RuleContext, key: string): Set<number> {
  const values = new Set<number>();
  for (const chain of chainsOf(ctx.read)) {
    if (nodeKey(chain.sides[0]!.node) !== key) continue;
    for (const s of chain.sides.slice(1)) if (s.numbers.length === 1 && s.source.trim() === s.numbers[0]!.text) values.add(s.numbers[0]!.value);
  }
  return values;
}

/** Printed values that hold minus those that fail, over `name = … = number` statements of these names. */
export function familySupport(ctx: RuleContext, names: readonly [string, string][]): number {
  const ids = new Map(names);
  let score = 0;
  for (const chain of chainsOf(ctx.read)) {
    const key = nodeKey(chain.sides[0]!.node);
    const value = key === null || !ids.has(key) ? undefined : ctx.net.valueOf(ids.get(key)!);
    if (value === undefined) continue;
    const printed = chain.sides.slice(1).filter((s) => s.numbers.length === 1 && s.source.trim() === s.numbers[0]!.text);
    if (printed.length > 0) score += printed.some((s) => reproducesValue(s, value, s.numbers[0]!.value)) ? 1 : -1;
  }
  return score;
}
