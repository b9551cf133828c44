// A line that lists names (`=正向计算：h1, h2, o1 ,o2=`, `Outputs: y1, y2`) over a line of as many numbers alone (`0.56 0.5 0.48 0.53`): read as one `name = value` statement per name, positions kept.
import type { PlainEquation } from './plainNormalize.js';
import { parseLatexMath } from './parseLatexMath.js';
import { identifier } from './printedValues.js';

/** Two names or more separated by commas at a line's end, after a label and before decoration (=, :, *). */
const NAMES = /(?:^|[:：\s=*])((?:[A-Za-z][A-Za-z0-9_]*\s*[,，]\s*)+[A-Za-z][A-Za-z0-9_]*)[\s=*:：]*$/;
/** A line of numbers alone, separated by spaces, tabs or commas. */
const NUMBERS = /^\s*[-−]?(?:\d+\.?\d*|\.\d+)(?:[\s,]+[-−]?(?:\d+\.?\d*|\.\d+))+\s*$/;

/** A line over a line of numbers alone: the line's text and offset, and each number with its offset. */
export interface RowUnderLabel {
  label: string;
  at: number;
  values: { text: string; at: number }[];
  /** Document offset just past the numbers' line. */
  lineEnd: number;
}

/** Every line directly over a line of numbers alone (one number at least), both outside `excluded` (math, code). */
export function rowsUnderLabels(text: string, excluded: readonly { start: number; end: number }[]): RowUnderLabel[] {
  const out: RowUnderLabel[] = [];
  const lines = text.split('\n');
  let at = 0;
  for (let k = 0; k + 1 < lines.length; at += lines[k]!.length + 1, k++) {
    const next = at + lines[k]!.length + 1;
    if (excluded.some((e) => e.start < next + lines[k + 1]!.length && at < e.end)) continue;
    if (!NUMBERS.test(lines[k + 1]!) && !ONE_NUMBER.test(lines[k + 1]!)) continue;
    const values = [...lines[k + 1]!.matchAll(/[-−]?(?:\d+\.?\d*|\.\d+)/g)].map((m) => ({ text: m[0].replace('−', '-'), at: next + m.index! }));
    out.push({ label: lines[k]!, at, values, lineEnd: next + lines[k + 1]!.length });
  }
  return out;
}

/** A line of one number alone. */
const ONE_NUMBER = /^\s*[-−]?(?:\d+\.?\d*|\.\d+)\s*$/;

/**
 * The statements of every name line directly over a number line with as many entries, outside `excluded` (math,
 * code). A name line whose names are not all identifiers (a sentence with commas), or counts that differ, gives none.
 */
export function findNameRows(text: string, excluded: readonly { start: number; end: number }[]): PlainEquation[] {
  const out: PlainEquation[] = [];
  for (const row of rowsUnderLabels(text, excluded)) {
    const names = NAMES.exec(row.label);
    if (!names || row.values.length < 2) continue;
    const list = [...names[1]!.matchAll(/[A-Za-z][A-Za-z0-9_]*/g)].map((m) => ({ text: m[0], at: row.at + names.index + names[0].indexOf(names[1]!) + m.index! }));
    if (list.length !== row.values.length) continue;
    list.forEach((name, j) => {
      // out_h1 → out_{h1}: the name as a program's label is read
      const statement = valueStatement(identifier(name.text, name.at), name.at + name.text.length - 1, row.values[j]!, row.lineEnd);
      if (statement) out.push(statement);
    });
  }
  return out;
}

/** `name = value` in the math grammar with each character's offset (the name's parts each at their own, the = at `nameEnd`), or undefined when it does not parse as one. */
export function valueStatement(parts: readonly [string, number][], nameEnd: number, value: { text: string; at: number }, lineEnd: number): PlainEquation | undefined {
  const written = parts.map((p) => p[0]).join('');
  const latex = `${written} = ${value.text}`;
  const parse = parseLatexMath(latex);
  if (parts.length === 0 || parse.skipped || parse.failed.length > 0 || parse.chains.length !== 1) return undefined;
  const offsets = [
    ...parts.flatMap(([t, k]) => Array.from(t, () => k)),
    ...Array.from(' = ', () => nameEnd),
    ...Array.from(value.text, (_, k) => value.at + k),
  ];
  return { latex, offsets: [...offsets, value.at + value.text.length], lineEnd };
}
