// The verify command in-process: reports on stdout, exit 1 on an erratum and 3 when nothing is judged, several documents,
// pinned names, a document naming its own network, an annotated copy, clear errors for bad input.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'verify-'));
const NET = join(ROOT, 'fixtures/mazur-2-2-2.yaml');
const write = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('backprop-tex verify', () => {
  it('exits 0 and reports every claim exact for what derive printed', async () => {
    const r = await runCli(['verify', 'test/engine/golden/mazur-2-2-2.tex', '--net', NET]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/97 equations, 97 parsed, 0 skipped; \d+ claims: \d+ exact, 0 rounding-propagation, 0 truncation, 0 erratum/);
    expect(r.stdout).toMatch(/^coverage: (\d+) of \1 numbers judged \(100%\)$/m);
  });

  it('exits 1 on an erratum and names its line and column', async () => {
    const doc = write('slide.md', '# w5\n\n$$w_5^+ = 0.40 - 0.5 * 0.0821 = 0.3600$$\n');
    const r = await runCli(['verify', doc, '--net', NET]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${doc}:3:33: erratum: value of w_5^+, printed 0.3600, expected 0.3589`);
  });

  it('exits 3 with one line saying why when nothing could be judged', async () => {
    const prose = write('prose.md', 'The network has 2 inputs and learns with rate 0.5.\n');
    const foreign = write('foreign.md', '$$a_7 = 0.25$$\n\n$$q_2 = 0.5$$\n');
    const none = await runCli(['verify', prose, '--net', NET]);
    expect([none.status, none.stderr]).toEqual([3, `backprop-tex: nothing judged in ${prose}: no math of a kind verify reads was found ($…$, $$…$$, \\(…\\), \\[…\\], math environments, \`\`\`math, .. math::)\n`]);
    const mixed = write('mixed.md', 'Two inputs, rate 0.5, 10 steps.\n\n```python\nprint(0.4)\n```\n');
    expect((await runCli(['verify', mixed, '--net', NET])).stderr).toContain('; 1 of its 2 numbers are in code, which verify does not judge, and the other 1 outside math');
    const unknown = await runCli(['verify', foreign, '--net', NET]);
    expect(unknown.status).toBe(3);
    expect(unknown.stderr).toMatch(/no name in the document matched the network: a_7 \(closest: .+\); q_2/);
  });

  it('says on a clean run when less than half the numbers were judged, and stays quiet otherwise', async () => {
    const little = write('little.md', '$$w_5^+ = 0.35891648$$\n\n$$q_1 = 0.5$$, $$q_2 = 0.25$$\n');
    const r = await runCli(['verify', little, '--net', NET]);
    expect([r.status, r.stderr]).toEqual([0, `backprop-tex: note: ${little}: no erratum, but only 33% of its numbers were judged (1 of 3; the rest are listed under coverage); --min-coverage P makes that exit 3\n`]);
    const full = await runCli(['verify', write('full.md', '$$w_5^+ = 0.35891648$$\n'), '--net', NET]);
    expect([full.status, full.stderr]).toEqual([0, '']);
  });

  it('reports a value cut off instead of rounded, exits 0 saying so, and 1 with --strict', async () => {
    // out_h1 = 0.593269992: 0.5932 is cut off, 0.5933 would be rounded
    const cut = write('cut.md', '$$out_{h1} = 0.5932$$\n');
    const r = await runCli(['verify', cut, '--net', NET]);
    expect(r.stdout).toContain(`${cut}:1:14: truncation: value of out_{h1}, printed 0.5932, expected 0.5933`);
    expect([r.status, r.stderr]).toEqual([0, `backprop-tex: note: ${cut}: no erratum; 1 truncation (a value cut off instead of rounded, or carried from one) (listed above; --strict makes that exit 1)\n`]);
    const strict = await runCli(['verify', cut, '--net', NET, '--strict']);
    expect([strict.status, strict.stderr]).toEqual([1, `backprop-tex: note: ${cut}: 1 truncation (a value cut off instead of rounded, or carried from one), which --strict counts as errors\n`]);
    const rounded = await runCli(['verify', write('rounded.md', '$$out_{h1} = 0.5933$$\n'), '--net', NET, '--strict']);
    expect([rounded.status, rounded.stderr]).toEqual([0, '']);
  });

  it('checks several documents in one run, one report each, and exits with the worst', async () => {
    const good = write('good.md', '$$w_5^+ = 0.35891648$$\n');
    const bad = write('bad.md', '$$w_5^+ = 0.37$$\n');
    const r = await runCli(['verify', good, bad, '--net', NET]);
    expect(r.status).toBe(1);
    expect(r.stdout.match(/^backprop-tex verify:/gm)).toHaveLength(2);
    expect(r.stdout).toMatch(/2 documents: 1 without an error, 1 with errors, 0 with nothing judged\n$/);
    const lines = (await runCli(['verify', good, bad, '--net', NET, '--format', 'jsonl'])).stdout.trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { errors: { roots: number } }).errors.roots)).toEqual([0, 1]);
  });

  it('expands a quoted glob into its documents, in sorted order, and refuses a pattern that matches nothing', async () => {
    const sub = mkdtempSync(join(dir, 'week-'));
    writeFileSync(join(sub, 'b.md'), '$$w_5^+ = 0.37$$\n');
    writeFileSync(join(sub, 'a.md'), '$$w_5^+ = 0.35891648$$\n');
    const r = await runCli(['verify', '*.md', '--net', NET, '--format', 'jsonl'], { cwd: sub });
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { errors: { roots: number } }).errors.roots)).toEqual([0, 1]);
    const none = await runCli(['verify', 'nothing-*.md', '--net', NET], { cwd: sub });
    expect([none.status, none.stdout, none.stderr]).toEqual([2, '', expect.stringMatching(/nothing-\*\.md: no document matches the pattern nothing-\*\.md/)]);
  });

  it('reads a name pinned on the command line or in the document, and lists how it read every name', async () => {
    const doc = write('pins.md', '$$a_1 = 0.593269992$$\n');
    const pinned = await runCli(['verify', doc, '--net', NET, '--name', 'a_1=out_h1', '--explain']);
    expect(pinned.status).toBe(0);
    expect(pinned.stdout).toContain('a_1 → out_h1  [pinned]');
    const commented = write('comment.md', '<!-- backprop-tex: a_1 = out_h1 -->\n$$a_1 = 0.593269992$$\n');
    expect((await runCli(['verify', commented, '--net', NET])).status).toBe(0);
    const wrong = await runCli(['verify', doc, '--net', NET, '--name', 'a_1=out_h9']);
    expect([wrong.status, wrong.stderr]).toEqual([2, expect.stringMatching(/the network has no quantity 'out_h9'/)]);
  });

  it('checks each part of a document against the network it names', async () => {
    const doc = write('two.md', ['<!-- backprop-tex: net ' + NET + ' -->', '$$w_5^+ = 0.35891648$$', '', '<!-- backprop-tex: not this network -->', '$$w_5^+ = 0.99$$', ''].join('\n'));
    const r = await runCli(['verify', doc]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/not judged: 1 in a part the document says is not about this network/);
  });

  it('writes JSON and an annotated copy', async () => {
    const doc = write('slide.tex', '\\[ \\delta_{o1} = 0.1389 \\]\n');
    const annotated = join(dir, 'slide.checked.tex');
    const r = await runCli(['verify', doc, '--net', NET, '--format', 'json', '--annotate', annotated]);
    expect(JSON.parse(r.stdout).claims[0]).toMatchObject({ verdict: 'erratum', printed: '0.1389', expected: '0.1385', line: 1, column: 18 });
    expect(readFileSync(annotated, 'utf8').replace(/^% Generated by backprop-tex \(sha256 [0-9a-f]{16}\)\n/, '')).toBe('\\[ \\delta_{o1} = 0.1389 \\] % backprop-tex: erratum: value of \\delta_{o1}, printed 0.1389, expected 0.1385 (wrong digit: 0.1389 for 0.1385: one digit wrong)\n');
  });

  it('refuses a missing document, and a document with no network, with their paths', async () => {
    const missing = await runCli(['verify', join(dir, 'missing.md'), '--net', NET]);
    expect([missing.status, missing.stderr]).toEqual([2, expect.stringMatching(/missing\.md: cannot read: no such file or folder \(ENOENT\)/)]);
    const alone = await runCli(['verify', write('alone.md', '$$x = 1$$\n')]);
    expect([alone.status, alone.stderr]).toEqual([2, expect.stringMatching(/alone\.md: no network to check against: give --net FILE/)]);
  });
});
