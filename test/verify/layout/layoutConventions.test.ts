// One network written in row vectors (x W + b, W inputs × outputs, indices from 0), in column vectors (W x + b,
// indices from 1) and in scalars counted from 0: every correct page verifies clean, every planted slip is found on its line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('test/verify/layout/one-layer-2-3.yaml'));
const page = (name: string): string => readFileSync(`test/verify/layout/${name}.md`, 'utf8');

/** The lines that hold an erratum (or a truncation), in order, once each. */
function errorLines(md: string): number[] {
  const report = verifyDocument(md, net, { format: 'md' });
  return [...new Set(report.claims.filter((c) => c.verdict === 'erratum' || c.verdict === 'truncation').map((c) => c.line))].sort((a, b) => a - b);
}

/** The page with `from` replaced by `to` on line `line` (1-based) alone. */
function plant(md: string, line: number, from: string, to: string): string {
  const lines = md.split('\n');
  expect(lines[line - 1]).toContain(from);
  lines[line - 1] = lines[line - 1]!.replace(from, to);
  return lines.join('\n');
}

type Slip = [string, number, string, string, string];

describe('matrix layouts and index bases on one network', () => {
  it.each(['row-vectors', 'column-vectors', 'zero-based'])('finds no erratum on the correct %s page, and judges every number', (name) => {
    const report = verifyDocument(page(name), net, { format: 'md' });
    expect(errorLines(page(name))).toEqual([]);
    expect(report.claims.filter((c) => c.verdict === 'unresolved')).toEqual([]);
    expect(report.claims.length).toBeGreaterThan(20);
  });

  it.each<Slip>([
    ['row-vectors', 7, '0.4 & 0.5 & 0.6\\end{bmatrix} +', '0.4 & 0.05 & 0.6\\end{bmatrix} +', 'a weight printed wrong inside x W'],
    ['row-vectors', 9, '\\text{logits}_2 = 1.8', '\\text{logits}_2 = 1.4', "the second score's value given to the third (0-based word index)"],
    ['row-vectors', 11, 'W_{10} = 0.4', 'W_{10} = 0.2', 'a 0-based weight given its transposed entry'],
    ['column-vectors', 7, '0.9 \\\\ 1.4', '0.9 \\\\ 1.3', 'a result entry of W x + b'],
    ['column-vectors', 9, '+ 0 = 0.9', '+ 0 = 0.8', 'the arithmetic of a scalar row'],
    ['column-vectors', 11, 'W_{12} = 0.4', 'W_{12} = 0.2', 'a weight given its transposed entry'],
    ['zero-based', 3, 'x_1 = 2', 'x_1 = 3', 'the second input, counted from 0'],
    ['zero-based', 7, '0.5 \\cdot 2', '0.6 \\cdot 2', 'an operand of a sum counted from 0'],
    ['zero-based', 9, '= 1.8', '= -1.8', 'a sign'],
  ])('finds a slip planted in %s on line %i (%s → %s: %s)', (name, line, from, to) => {
    expect(errorLines(plant(page(name), line, from, to))).toContain(line);
  });

  it('reads a number printed with a trailing point (numpy\'s 0.) as that number', () => {
    const report = verifyDocument(page('row-vectors'), net, { format: 'md' });
    expect(report.claims.filter((c) => c.printed === '0.').map((c) => c.verdict)).toEqual(['exact']);
  });
});
