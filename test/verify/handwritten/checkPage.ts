// A hand-written page's check: clean as written and judged enough, and each slip planted in it found on its own line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';
import { formatOfPath } from '../../../src/verify/read/extractEquations.js';

const here = import.meta.dirname;
/** [text, planted text, line, printed, the slip named (undefined: found on its line as the arithmetic's result, unnamed)]. */
export type Plant = [string, string, number, string, string | undefined];

/** `unread`: the page's names verify leaves unresolved as written (listed, never an erratum). */
export function checkPage(file: string, network: string, minJudged: number, plants: Plant[], unread = 0): void {
  const page = readFileSync(join(here, file), 'utf8');
  const net = derive(loadNetwork(network));
  const format = formatOfPath(file);
  it('finds nothing wrong on the page as written, and judges most of its numbers', () => {
    const r = verifyDocument(page, net, { format });
    expect(r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line}: ${c.verdict} ${c.printed}`)).toEqual([]);
    expect(r.claims.filter((c) => c.verdict === 'unresolved')).toHaveLength(unread);
    expect(r.coverage.numbers.judged).toBeGreaterThanOrEqual(minJudged);
  });
  it.each(plants)('finds %s planted as %s on line %i', (from, to, line, printed, slip) => {
    expect(page).toContain(from);
    const wrong = verifyDocument(page.replace(from, () => to), net, { format }).claims.filter((c) => c.verdict === 'erratum');
    expect(wrong.map((c) => c.line)).toEqual([line]);
    expect(wrong.map((c) => `${c.printed} ${c.slip}`)).toEqual([`${printed} ${slip}`]);
  });
}
