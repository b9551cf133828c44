// A table row whose first cell is a formula in plain text and whose next cell is its value (| z1 = x·w1 | 0.5 |): read as one chain, z1 = x·w1 = 0.5.
import { equationIn } from './plainNormalize.js';
import type { LineIndex } from './lineIndex.js';
import { parseLatexMath } from './parseLatexMath.js';
import type { DocumentEquation } from './readEquations.js';
import type { DocumentTable, TableCell } from './tables.js';

/** A cell that ends in a number of its own (`2(y − 5) = −1`): its value is in it, not in the next cell. */
const ENDS_IN_NUMBER = /(?<![\p{L}\p{N}_.])[-−]?\d+(?:\.\d+)?\s*$/u;

/** A number alone, its minus sign perhaps typed − (−0.2841). */
const NUMBER = /^\s*[-−]?\d+(?:\.\d+)?\s*$/;

/**
 * Rows of a step table (| step | value |) whose first cell is a statement in plain text, a name and its formula
 * (`ŷ = σ(0.9242)`, `dL/dz2 = ŷ − y`), and whose second is a number or arithmetic ending in one (`−0.5682 × 0.7864 =
 * −0.4469`): the formula's chain continued by the value, each character at its own document offset. Cells inside
 * math or code (`taken`) are read where they are.
 */
export function formulaRows(table: DocumentTable, text: string, taken: readonly { start: number; end: number }[], lines: LineIndex): DocumentEquation[] {
  const out: DocumentEquation[] = [];
  const free = (c: TableCell): boolean => !taken.some((t) => c.offset < t.end && c.offset + c.text.length > t.start);
  for (const [formula, value] of table.rows) {
    if (!formula || !value || formula.number || !/=/.test(formula.text) || ENDS_IN_NUMBER.test(formula.text) || !free(formula) || !free(value)) continue;
    const cells = [printed(formula, text), value.number ? { text: value.number.text, offset: value.number.offset } : printed(value, text)];
    if (!cells[0] || !cells[1] || !(NUMBER.test(cells[1].text) || /[=≈]/.test(cells[1].text))) continue;
    const joined = `${cells[0].text} = ${cells[1].text}`;
    // each character of the joined text at its document offset; the " = " between them at the value's cell
    const at = [...Array.from(cells[0].text, (_, k) => cells[0]!.offset + k), ...Array.from(' = ', () => cells[1]!.offset), ...Array.from(cells[1].text, (_, k) => cells[1]!.offset + k)];
    at.push(cells[1].offset + cells[1].text.length);
    const found = equationIn(joined, 0);
    if (!found) continue;
    const parse = parseLatexMath(found.latex);
    if (parse.skipped || parse.failed.length > 0 || parse.chains.length !== 1 || parse.chains[0]!.sides.length < 3) continue;
    const offsets = found.offsets.map((k) => at[Math.min(k, at.length - 1)]!);
    const equation = { index: 0, latex: found.latex, offset: offsets[0]!, ...lines.locate(offsets[0]!), delimiter: 'plain' as const, display: false, region: -1, regionClose: at.at(-1)!, offsets };
    out.push({ equation, parse });
  }
  return out;
}

/** The cell's text where it is printed as it stands in the document (no markers dropped from it), else undefined. */
function printed(c: TableCell, text: string): { text: string; offset: number } | undefined {
  return text.slice(c.offset, c.offset + c.text.length) === c.text ? { text: c.text, offset: c.offset } : undefined;
}
