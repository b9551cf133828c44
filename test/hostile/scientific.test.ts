// Numbers from 10^15 up print in scientific form in every format (a diverging run's 10^300 was 301 digits).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, emit, parseNetwork } from '../../src/api.js';
import { DEFAULT_POLICY, formatNumber, texNumber } from '../../src/evaluate/numberPolicy.js';
import { runCli } from '../helpers/cli.js';

describe('formatNumber outside the plain range', () => {
  it.each<[number, string, string]>([
    [1e300, '1e300', '1 \\times 10^{300}'],
    [-1.23456789e300, '-1.23457e300', '-1.23457 \\times 10^{300}'],
    [9.99999999e20, '1e21', '1 \\times 10^{21}'],
    [1e15, '1e15', '1 \\times 10^{15}'],
    [Number.MAX_VALUE, '1.79769e308', '1.79769 \\times 10^{308}'],
    // a tiny value keeps its digits in decimals (verify reads them back)
    [1.5e-16, '0.00000000000000015', '0.00000000000000015'],
    // inside the range nothing changes: 15 integer digits, and Adam's v in full
    [999999999999999, '999999999999999', '999999999999999'],
    [1.92342e-10, '0.000000000192342', '0.000000000192342'],
  ])('prints %d as %s, in LaTeX %s', (x, text, tex) => {
    expect(formatNumber(x, DEFAULT_POLICY)).toBe(text);
    expect(texNumber(formatNumber(x, DEFAULT_POLICY))).toBe(tex);
    expect(Number(formatNumber(x, DEFAULT_POLICY))).toBeCloseTo(x, -Math.floor(Math.log10(Math.abs(x))) + 4);
  });

  it('keeps the significant digits asked for, with or without trailing zeros', () => {
    expect(formatNumber(1e300, { ...DEFAULT_POLICY, sig: 3, trimZeros: false })).toBe('1.00e300');
    expect(formatNumber(-2.345e40, { ...DEFAULT_POLICY, sig: 2 })).toBe('-2.3e40');
  });
});

const NET = 'inputs: { x: 2 }\nparameters: { w: 1e150 }\ngraph:\n  E: w^2 * x - x * w\nlearning_rate: 0.1\n';
const LONG = /[0-9]{16}/;

describe('a network whose values reach 10^300', () => {
  const doc = derive(parseNetwork(NET, 'big.yaml'));
  it.each(['tex', 'md', 'txt', 'html'] as const)('prints them in scientific form in %s', (format) => {
    const out = emit(doc, format);
    expect(out).not.toMatch(LONG);
    // HTML is KaTeX's rendering: its digits are checked above
    if (format !== 'html') expect(out).toContain(format === 'txt' ? '= 2e300' : '= 2 \\times 10^{300}');
  });

  it('brackets a number in scientific form as a base and prints the JSON value as a number', () => {
    expect(emit(doc, 'tex')).toContain('\\left(1 \\times 10^{150}\\right)^{2}');
    expect(emit(doc, 'txt')).toContain('(1e150)² · 2');
    expect(JSON.parse(emit(doc, 'json').replace(/^[^{]*/, '')).values.E / 2e300).toBeCloseTo(1, 12);
  });

  it('prints the training table and its CSV in scientific form', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bptex-sci-'));
    writeFileSync(join(dir, 'big.yaml'), NET);
    const txt = await runCli(['train', 'big.yaml', '--epochs', '2', '--format', 'txt'], { cwd: dir });
    expect(txt.stdout).toContain('    1  7.2e299');
    const tex = await runCli(['train', 'big.yaml', '--epochs', '2', '--format', 'tex', '--out-dir', 'o'], { cwd: dir });
    expect(tex.status).toBe(0);
    const table = readFileSync(join(dir, 'o', 'big-train.tex'), 'utf8');
    expect(table).toContain('1 & $7.2 \\times 10^{299}$');
    expect(table).not.toMatch(LONG);
    expect(readFileSync(join(dir, 'o', 'big-train.csv'), 'utf8')).toContain('1,7.2e299');
  });
});
