// fill: the seeds' worksheets filled to the claims' exact values at the sheet's precision, everything else byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, fill, loadNetwork, verify } from '../../src/api.js';
import { findBlanks } from '../../src/teach/blanks.js';
import { readCalls } from '../../src/teach/sheetNames.js';
import { sheetPrecision, formatAnswer } from '../../src/teach/precision.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { mkdirSync as makeDir, writeFileSync as writeText } from 'node:fs';

/** A sheet with math but nothing to fill. */
function sheetWithoutBlanks(): string {
  makeDir(join(ROOT, 'out'), { recursive: true });
  const path = join(ROOT, 'out', 'test-no-blanks.md');
  writeText(path, 'Why? $$f = w x = 0$$\n');
  return path;
}
import { CLAIMS, hasSeeds, seedPath } from '../helpers/seeds.js';

const net = (name: string) => derive(loadNetwork(join(ROOT, 'fixtures', name)));
const exactOf = (id: string): number => {
  const c = (JSON.parse(readFileSync(CLAIMS, 'utf8')).claims as { id: string; exact: string }[]).find((x) => x.id === id)!;
  return Number(c.exact);
};
/** The number an answer ends with (formula = numbers = value). */
const lastNumber = (answer: string): number => Number(/(-?\d+(?:\.\d+)?)\)?$/.exec(answer)![1]);

describe('findBlanks', () => {
  it.each([
    ['$$s_1 = ???$$', '???'],
    ['$x = \\blank{2cm}$', '\\blank{2cm}'],
    ['$y = \\underline{\\hspace{3cm}}$', '\\underline{\\hspace{3cm}}'],
    ['$E = \\_\\_\\_$', '\\_\\_\\_'],
    ['$$\\delta = \\boxed{?}$$', '\\boxed{?}'],
    ['$a = \\square$', '\\square'],
    ['E = ____', '____'],
    ['| w1 | ? |', '?'],
    ['E = ?', '?'],
  ])('finds the blank in %s', (text, blank) => {
    expect(findBlanks(text).map((b) => b.text)).toEqual([blank]);
  });
  it.each(['Why? Are we there yet?', 'What does this remind you?\n', 'a_b_c'])('finds no blank in prose: %s', (text) => {
    expect(findBlanks(text)).toEqual([]);
  });
});

describe('sheetPrecision and formatAnswer', () => {
  it('reads 4 decimals and kept zeros from a hint table, not from a course code or dates', () => {
    expect(sheetPrecision('MTAT.03.227 11-13 x = 0.5 | 0.1820 | 0.2392 | 0.7661 | 3.44')).toEqual({ decimals: 4, zeros: true });
  });
  it('prints a small non-zero answer with two significant digits instead of 0', () => {
    expect(formatAnswer(0.000438, { decimals: 2, zeros: false })).toBe('0.00044');
    expect(formatAnswer(0.0305, { decimals: 4, zeros: true })).toBe('0.0305');
  });
});

describe.runIf(hasSeeds)('fill on the seed worksheets', () => {
  it('fills every blank of the Tartu practice sheet with the claims’ values at its 4 decimals', () => {
    const text = readFileSync(seedPath('004_b2f231fa9ca90043.txt'), 'utf8');
    const r = fill(text, net('tartu-practice9.yaml'), { format: 'txt' });
    expect(r.left).toEqual([]);
    expect(r.filled).toHaveLength(13);
    expect(r.precision.decimals).toBe(4);
    const by = new Map(r.filled.map((f) => [f.quantity, f]));
    for (const [q, claim] of [['v$yhat', '004.forced.yhat'], ['v$E', '004.forced.E'], ['v$s3', '004.forced.s3'], ['v$s4', '004.forced.s4']] as const) {
      expect(lastNumber(by.get(q)!.answer)).toBe(Number(exactOf(claim).toFixed(4)));
    }
    expect(lastNumber(by.get('v$a3')!.answer)).toBe(0.2392);
    expect(lastNumber(by.get('v$a4')!.answer)).toBe(0.7661);
    expect(by.get('g$w1')!.answer).toMatch(/= -0\.0002$/);
    expect(unfill(r.text, r.filled)).toBe(text);
  });

  it('fills COMP9444 question 2 (f(x) = ?, E = ?, ∂E/∂w = ?, w ← w − ? = ?) with the claims’ values', () => {
    const seed = readFileSync(seedPath('000_1f8e4f603196ea2a.txt'), 'utf8');
    const text = seed.slice(seed.indexOf('Question 2'), seed.indexOf('2. Repeat'));
    const r = fill(text, net('comp9444-gd-1d.yaml'), { format: 'md' });
    expect(r.left).toEqual([]);
    const values = r.filled.map((f) => [f.quantity, lastNumber(f.answer)]);
    expect(values).toEqual([
      ['v$f', exactOf('000.gd.e1.f')],
      ['v$E', exactOf('000.gd.e1.E')],
      ['g$w', exactOf('000.gd.e1.dEdw')],
      ['step$w', -0.5],
      ['u$w', exactOf('000.gd.e1.w')],
    ]);
    expect(r.text).toContain('$$f(x) = w \\cdot x = 0 \\cdot 1 = 0$$');
    expect(r.text).toContain('$$w \\leftarrow w - (-0.5) = 0.5$$');
    // verify reads f(x) as an application of f; fill reads it as the node f (readCalls), as the sheet means it.
    const check = verify(readCalls(r.text, net('comp9444-gd-1d.yaml')), net('comp9444-gd-1d.yaml'), { format: 'md' });
    const lines = new Set(r.filled.map((f) => f.line));
    expect(check.claims.filter((c) => lines.has(c.line) && c.verdict === 'erratum')).toEqual([]);
    expect(check.counts['not-printed']).toBe(0);
  });

  it('fills the hidden-layer blanks of the COMP9444 tutorial (Second term: … = ?) from the Mazur network', () => {
    const seed = readFileSync(seedPath('000_1f8e4f603196ea2a.txt'), 'utf8');
    const r = fill(seed, net('mazur-2-2-2.yaml'), { format: 'txt' });
    const terms = r.filled.filter((f) => f.quantity.startsWith('pd$'));
    expect(terms.map((f) => f.answer)).toEqual(['out_{h1}\\left(1 - out_{h1}\\right) = 0.5933\\left(1 - 0.5933\\right) = 0.2413', 'i_{1} = 0.05 = 0.0500']);
  });
});

describe('fill on the command line', () => {
  it('refuses a sheet with no blanks in one line, exit 2', async () => {
    const r = await runCli(['fill', sheetWithoutBlanks(), '--net', 'fixtures/comp9444-gd-1d.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no blanks/);
  });
});

/** The sheet back from its filled copy: each answer replaced by its blank. */
function unfill(text: string, filled: { start: number; answer: string; blank: string }[]): string {
  let out = text;
  // Ascending: each answer before this one is already its blank again, so this one starts where its blank did.
  for (const f of [...filled].sort((a, b) => a.start - b.start)) out = out.slice(0, f.start) + f.blank + out.slice(f.start + f.answer.length);
  return out;
}
