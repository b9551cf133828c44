// The verify command: report on stdout, exit code 1 on an erratum, an annotated copy on request, clear errors for bad input.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import yargs from 'yargs';
import { verifyCommand } from '../../src/cli/commands/verify.js';
import { InputError } from '../../src/util/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'verify-'));
const NET = 'fixtures/mazur-2-2-2.yaml';

async function run(args: string[]): Promise<{ out: string; code: number }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  process.exitCode = 0;
  try {
    await yargs(args).command(verifyCommand).strict().fail((msg, err) => { throw err ?? new Error(msg); }).parseAsync();
  } finally {
    spy.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { out, code };
}

afterEach(() => vi.restoreAllMocks());

describe('backprop-tex verify', () => {
  it('exits 0 and reports every claim exact for what derive printed', async () => {
    const { out, code } = await run(['verify', 'test/engine/golden/mazur-2-2-2.tex', '--net', NET]);
    expect(code).toBe(0);
    expect(out).toMatch(/82 equations, 82 parsed, 0 skipped; \d+ claims: \d+ exact, 0 rounding-propagation, 0 truncation, 0 erratum/);
  });

  it('exits 1 on an erratum and names its line and column', async () => {
    const doc = join(dir, 'slide.md');
    writeFileSync(doc, '# w5\n\n$$w_5^+ = 0.40 - 0.5 * 0.0821 = 0.3600$$\n');
    const { out, code } = await run(['verify', doc, '--net', NET]);
    expect(code).toBe(1);
    expect(out).toContain(`${doc}:3:33: erratum: value of w_5^+, printed 0.3600, expected 0.3589`);
  });

  it('writes JSON and an annotated copy', async () => {
    const doc = join(dir, 'slide.tex');
    const annotated = join(dir, 'slide.checked.tex');
    writeFileSync(doc, '\\[ \\delta_{o1} = 0.1389 \\]\n');
    const { out } = await run(['verify', doc, '--net', NET, '--format', 'json', '--annotate', annotated]);
    expect(JSON.parse(out).claims[0]).toMatchObject({ verdict: 'erratum', printed: '0.1389', expected: '0.1385', line: 1, column: 18 });
    expect(readFileSync(annotated, 'utf8')).toBe('\\[ \\delta_{o1} = 0.1389 \\] % backprop-tex: erratum: value of \\delta_{o1}, printed 0.1389, expected 0.1385 (wrong digit: 0.1389 for 0.1385: one digit wrong)\n');
  });

  it('refuses a missing document with its path', async () => {
    await expect(run(['verify', join(dir, 'missing.md'), '--net', NET])).rejects.toThrow(InputError);
    await expect(run(['verify', join(dir, 'missing.md'), '--net', NET])).rejects.toThrow(/cannot read the document \(ENOENT\)/);
  });
});
