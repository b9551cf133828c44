// The plain-text label line right above a vector printed with no name (`l1_error:`, `**Weights:**`): what the vector is
// called in the report, and what it says the vector is (the activation's slope).
import type { DocumentEquation } from './readEquations.js';

/** A label line: plain words (no math), bold or not, ending in a colon, short. */
const LABEL_LINE = /^[ \t]*(?:[*_]{1,2})?([^$\\`|]{1,60}?):?(?:[*_]{1,2})?:?[ \t]*$/;

/** Unnamed vectors get the label written on the line right above their math (one blank line between at most). */
export function withVectorLabels(equations: readonly DocumentEquation[], text: string): DocumentEquation[] {
  return equations.map((e) => {
    const parse = e.parse;
    if (parse.skipped || !parse.vectors?.some((v) => v.name === undefined)) return e;
    const label = labelAbove(text, e.equation.regionOpen ?? e.equation.offset);
    if (label === undefined) return e;
    return { ...e, parse: { ...parse, vectors: parse.vectors.map((v) => (v.name === undefined ? { ...v, label } : v)) } };
  });
}

function labelAbove(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lines = text.slice(0, Math.max(0, lineStart - 1)).split('\n').slice(-2);
  if (lines.length === 0) return undefined;
  const last = lines[lines.length - 1]!.trim() === '' ? lines[lines.length - 2] : lines[lines.length - 1];
  if (last === undefined || !/:(?:[*_]{1,2})?[ \t]*$/.test(last)) return undefined;
  const m = LABEL_LINE.exec(last);
  return m ? m[1]!.trim() : undefined;
}
