// variants: reproducible per-student networks on the grid, readable answers, one key; the sheets compile.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork, parseNetwork, variants } from '../../src/api.js';
import { reasonToRedraw } from '../../src/teach/variants.js';
import { parseRoster } from '../../src/teach/roster.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { compileLatex, requireLatex } from '../helpers/latex.js';

const NET = loadNetwork(join(ROOT, 'fixtures', 'comp9444-2-2-2.yaml'));
const students = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i + 1}` }));

describe('variants', () => {
  it('gives the same bytes for the same seed and other numbers for another seed or student', () => {
    const a = variants(NET, { seed: 'w3', students: students(2), format: 'md' });
    const b = variants(NET, { seed: 'w3', students: students(2), format: 'md' });
    const c = variants(NET, { seed: 'w4', students: students(2), format: 'md' });
    expect(b.map((v) => v.question + v.solution + v.network)).toEqual(a.map((v) => v.question + v.solution + v.network));
    expect(c[0]!.network).not.toBe(a[0]!.network);
    expect(a[1]!.network).not.toBe(a[0]!.network);
  });

  it('draws distinct non-zero multiples of 0.05, no saturated unit, visible gradients, no answer near a tie (40 variants under 5 s)', () => {
    const start = process.cpuUsage();
    const list = variants(NET, { seed: 'timing', students: students(40), format: 'tex' });
    const { user, system } = process.cpuUsage(start);
    expect((user + system) / 1e6).toBeLessThan(5);
    for (const v of list) {
      const def = parseNetwork(v.network, `${v.student.id}.json`);
      const params = Object.values(def.spec.parameters ?? {});
      for (const p of params) expect(Math.abs(p / 0.05 - Math.round(p / 0.05))).toBeLessThan(1e-9);
      expect(new Set(params).size).toBe(params.length);
      expect(params).not.toContain(0);
      expect(reasonToRedraw(derive(def, { policy: { decimals: 4 } }))).toBeUndefined();
    }
  }, 30_000);

  it('compiles every sheet of ten variants with pdflatex, in one batched run', () => {
    if (!requireLatex()) return;
    const list = variants(NET, { seed: 'tex', students: students(10), format: 'tex' });
    const sheets = list.flatMap((v) => [v.question, v.solution]);
    const preamble = sheets[0]!.slice(0, sheets[0]!.indexOf('\\begin{document}'));
    const body = (s: string) => s.slice(s.indexOf('\\begin{document}') + '\\begin{document}'.length, s.indexOf('\\end{document}'));
    const r = compileLatex(`${preamble}\\begin{document}\n${sheets.map(body).join('\n\\clearpage\n')}\n\\end{document}\n`, 'variants');
    expect(r.ok, r.log.slice(-2000)).toBe(true);
  }, 60_000);
});

describe('rosters and the variants command', () => {
  it('reads ids and names, quoted fields included', () => {
    expect(parseRoster('id,name\nz123,"Lee, Ann"\nz124,Bo\n', 'r.csv')).toEqual([{ id: 'z123', name: 'Lee, Ann' }, { id: 'z124', name: 'Bo' }]);
  });

  it('writes sheets per student and key.csv with a line per blank', async () => {
    const dir = join(ROOT, 'out', 'test-variants');
    rmSync(dir, { recursive: true, force: true });
    const r = await runCli(['variants', 'fixtures/comp9444-gd-1d.yaml', '--count', '3', '--seed', '1', '--format', 'md', '--out-dir', dir]);
    expect(r.status, r.stderr).toBe(0);
    // line 1 is the signature every generated file carries (a # comment, skipped by grade)
    const key = readFileSync(join(dir, 'key.csv'), 'utf8').trim().split('\n').slice(1);
    expect(key[0]).toBe('student,blank,quantity,value,answer,tolerance');
    expect(key.length - 1).toBe(3 * JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')).students[0].answers.length);
    expect(existsSync(join(dir, 's03-solution.md'))).toBe(true);
  });

  it('refuses a roster with a duplicate id in one line, exit 2, and writes nothing', async () => {
    const dir = join(ROOT, 'out', 'test-variants-dup');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(ROOT, 'out'), { recursive: true });
    const roster = join(ROOT, 'out', 'test-roster-dup.csv');
    writeFileSync(roster, 'id,name\nz1,A\nz2,B\nz1,C\n');
    const r = await runCli(['variants', 'fixtures/comp9444-gd-1d.yaml', '--seed', '1', '--roster', roster, '--out-dir', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/test-roster-dup\.csv:4:1: duplicate student id z1 \(also on line 2\)/)]);
    expect(existsSync(dir)).toBe(false);
  });
});
