// Values written as fractions (x: 2/3): a float in the default path, the exact rational with derive --exact.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../src/api.js';
import { runCli } from '../helpers/cli.js';
import { mkdtempSync, writeFileSync } from 'node:fs';

const FILE = 'inputs: { x: 7/30000007 }\ntargets: { t: 1/3 }\nparameters: { w: -5/4 }\ngraph:\n  f: w * x\n  E: (f - t)^2 / 2\n';

describe('fractions in the network file', () => {
  it('the float path reads p/q as the nearest float', () => {
    const doc = derive(parseNetwork(FILE));
    expect(doc.valuation.value('v$x')).toBe(7 / 30000007);
    expect(doc.valuation.value('v$w')).toBe(-1.25);
  });

  it('--exact reads each fraction as written (a plain loop over BigInt numerators and denominators agrees)', async () => {
    const dir = mkdtempSync('/tmp/bt-frac-');
    writeFileSync(`${dir}/f.yaml`, FILE);
    const r = await runCli(['derive', 'f.yaml', '--exact', '--format', 'json'], { cwd: dir });
    const rows = JSON.parse(r.stdout) as { id: string; fraction?: string }[] | { values: { id: string; fraction?: string }[] };
    const list = Array.isArray(rows) ? rows : rows.values;
    const frac = (id: string): string | undefined => list.find((v) => v.id === id)?.fraction;
    expect(frac('v$x')).toBe('7/30000007');
    // f = −5/4 · 7/30000007 = −35/120000028; ∂E/∂w = (f − t)·x with t = 1/3
    expect(frac('v$f')).toBe('-35/120000028');
    const [n, d] = [-35n * 3n - 120000028n, 120000028n * 3n]; // f − t
    const [gn, gd] = [n * 7n, d * 30000007n];
    const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
    const k = gcd(gn, gd);
    expect(frac('g$w')).toBe(`${gn / k}/${gd / k}`);
  });

  it('refuses a fraction of names with its position', () => {
    expect(() => parseNetwork('inputs: { x: 2/a }\nparameters: {}\ngraph: { f: x }\n', 'f.yaml')).toThrow('expected a number or a fraction such as 2/3, got the string "2/a"');
  });
});
