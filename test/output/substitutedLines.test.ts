// A substituted line reproduces its printed result from the numbers it shows: every optimizer's first update, and
// no non-zero value printed as 0 (the RMSprop v of Mazur's w1 is 0.000000019234…, not 0).
import { evaluate } from 'mathjs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { MAZUR } from './trainFixtures.js';

/** The printed LaTeX of a substituted side as a mathjs expression. */
function toMath(tex: string): string {
  let s = tex.replace(/\\left|\\right/g, '').replace(/\\cdot/g, '*');
  for (let k = 0; k < 4; k++) {
    s = s.replace(/\^\{([^{}]*)\}/g, '^($1)').replace(/\\sqrt\{([^{}]*)\}/g, 'sqrt($1)').replace(/\\frac\{([^{}]*)\}\{([^{}]*)\}/g, '(($1)/($2))');
  }
  return s;
}

async function firstUpdateRows(optimizer: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bptex-sub-'));
  const r = await runCli(['train', MAZUR, '--epochs', '2', '--optimizer', optimizer, '--out-dir', dir, '--quiet']);
  expect(r.status, r.stderr).toBe(0);
  const tex = readFileSync(join(dir, 'mazur-2-2-2-train.tex'), 'utf8');
  return tex.split('\n').filter((l) => l.startsWith('  &= ')).map((l) => l.slice(5).replace(/ \\\\$/, ''));
}

describe('substituted lines', () => {
  it.each(['sgd', 'momentum', 'rmsprop', 'adam'])('%s: each line of the first update gives its printed result', async (optimizer) => {
    const rows = await firstUpdateRows(optimizer);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [numbers, printed] = row.split(' = ') as [string, string];
      const value = Number(printed);
      expect(value, row).not.toBe(0);
      const computed = evaluate(toMath(numbers)) as number;
      expect(Math.abs(computed - value), row).toBeLessThanOrEqual(Math.abs(value) * 2e-5 + 1e-9);
    }
  });
});
