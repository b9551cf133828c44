// worksheet → fill round trip: fill on the question sheet writes exactly the solution sheet.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, fill, loadNetwork, parseNetwork, worksheet, type SheetFormat, type BlankMode } from '../../src/api.js';
import { readFormat } from '../../src/teach/worksheet.js';
import { ROOT, runCli } from '../helpers/cli.js';

const FIXTURES = readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.yaml'));
const sheetOf = (fixture: string, format: SheetFormat, blank: BlankMode) => {
  const doc = derive(loadNetwork(join(ROOT, 'fixtures', fixture)), { policy: { decimals: 4 } });
  return { doc, sheet: worksheet(doc, { format, blank }) };
};

describe('worksheet → fill', () => {
  it.each(FIXTURES)('%s: fill on the Markdown question sheet (values blanked) gives the solution sheet', (fixture) => {
    const { doc, sheet } = sheetOf(fixture, 'md', 'values');
    const filled = fill(sheet.question, doc, { format: 'md' });
    expect(filled.left).toEqual([]);
    expect(filled.text).toBe(sheet.solution);
  }, 20_000);

  // Names verify's plain-text reader does not read (a1, a_1^(3), ŷ, net_o1_e1, σ(…), e^(…)): fill finds them by the name
  // on the line's left, as the text emitter prints it.
  it.each(['batch-2-1', 'ceng506-deep', 'ceng506-sigmoid-circuit', 'ceng506-xnor', 'mixed-2-2-2-1', 'tartu-1-2-2-1', 'tartu-practice9', 'tartu-softmax'])('%s: fill on the text question sheet gives the solution sheet, every blank answered', (name) => {
    const { doc, sheet } = sheetOf(`${name}.yaml`, 'txt', 'values');
    const filled = fill(sheet.question, doc, { format: 'text' });
    expect(filled.left).toEqual([]);
    expect(filled.text).toBe(sheet.solution);
  }, 20_000);

  it.each([
    ['tex', 'values'], ['tex', 'chains'], ['beamer', 'values'], ['md', 'chains'], ['txt', 'values'], ['txt', 'chains'],
  ] as const)('mazur-2-2-2 as %s with %s blanked: fill gives the solution, every blank answered', (format, blank) => {
    const { doc, sheet } = sheetOf('mazur-2-2-2.yaml', format, blank);
    const filled = fill(sheet.question, doc, { format: readFormat(format) });
    expect(filled.left).toEqual([]);
    expect(filled.filled.map((f) => f.quantity)).toEqual(sheet.answers.map((a) => a.quantity));
    expect(filled.text).toBe(sheet.solution);
  }, 20_000);

  // A step of another optimizer prints its state (velocity v_w^(1), m, v …) before each update; verify names a state of
  // that step as the value after 0 rounds, which fill answers from the derivation (it once stopped with an internal error).
  it.each([
    ['momentum', 'tex'], ['momentum', 'md'], ['nesterov', 'md'], ['adagrad', 'md'], ['rmsprop', 'tex'], ['adam', 'md'],
  ] as const)('mazur-2-2-2 with %s, as %s: fill gives the solution, every blank answered', (type, format) => {
    const text = readFileSync(join(ROOT, 'fixtures', 'mazur-2-2-2.yaml'), 'utf8').replace(/^learning_rate: .*$/m, `optimizer: { type: ${type}, lr: 0.5 }`);
    const doc = derive(parseNetwork(text, 'mazur-2-2-2.yaml'), { policy: { decimals: 4 } });
    const sheet = worksheet(doc, { format });
    const filled = fill(sheet.question, doc, { format: readFormat(format) });
    expect(filled.left).toEqual([]);
    expect(filled.filled.map((f) => f.quantity)).toEqual(sheet.answers.map((a) => a.quantity));
    expect(filled.text).toBe(sheet.solution);
  }, 20_000);

  it('asks a line whose numbers would be its answer (∂f/∂z = q = 2) from its formula alone', () => {
    const doc = derive(parseNetwork('inputs: { x: 3, y: -1 }\nparameters: { z: 2.5 }\ngraph:\n  q: x + y\n  f: q * z\n', 'fxyz.yaml'), { policy: { decimals: 4 } });
    const sheet = worksheet(doc, { format: 'txt' });
    expect(sheet.question.split('\n')).toContain('∂f/∂z = q = ?');
    expect(sheet.solution.split('\n')).toContain('∂f/∂z = q = 2');
    const filled = fill(sheet.question, doc, { format: 'text' });
    expect(filled.left).toEqual([]);
    expect(filled.text).toBe(sheet.solution);
  });

  it('prints no number an answer gives: a line computed from an asked value shows its formula alone', () => {
    const { doc, sheet } = sheetOf('mazur-2-2-2.yaml', 'txt', 'values');
    const lines = sheet.question.split('\n');
    expect(lines).toContain('out_h1 = 1/(1 + e^(−net_h1)) = ?');
    expect(lines).toContain('∂net_o1/∂w5 = out_h1');
    // no answer's digits anywhere in the question (net_h1 = 0.3775, out_h1 = 0.5933, δ_o1 = 0.1385, ∂E/∂w5 = 0.0822)
    for (const answer of ['0.3775', '0.5933', '0.1385', '0.0822']) expect(sheet.question).not.toContain(answer);
    expect(sheet.solution).toContain('net_h1 = w1 · i1 + w2 · i2 + b1 = 0.15 · 0.05 + 0.2 · 0.1 + 0.35 = 0.3775');
    // asking the updates only: the gradients keep their numbers, the values after the update go
    const updates = worksheet(doc, { format: 'txt', only: ['updates'] });
    expect(updates.question).toContain('= 0.4 − 0.5 · 0.0822 = ?');
    expect(updates.question).not.toContain('After the update');
  });

  it('asks only the chosen kinds: gradients and updates of the Mazur network', () => {
    const doc = derive(loadNetwork(join(ROOT, 'fixtures', 'mazur-2-2-2.yaml')), { policy: { decimals: 4 } });
    const sheet = worksheet(doc, { format: 'md', only: ['gradients', 'updates'] });
    expect(new Set(sheet.answers.map((a) => a.quantity.split('$')[0]))).toEqual(new Set(['g', 'u']));
    // Each gradient is asked on both its lines (chain-rule factors, then δ · input) and each update once: 8 + 8 + 8.
    expect(sheet.answers).toHaveLength(24);
    expect(sheet.answers.find((a) => a.quantity === 'g$w5')!.answer).toBe('0.0822');
  });

  it('writes the question and the solution beside it; refuses an unknown kind in one line', async () => {
    const dir = join(ROOT, 'out', 'test-worksheet');
    rmSync(dir, { recursive: true, force: true }); // a sheet left by an earlier run is not this run's to replace
    const ok = await runCli(['worksheet', 'fixtures/comp9444-gd-1d.yaml', '--format', 'md', '--out', join(dir, 'gd.md')]);
    expect(ok.stderr).toMatch(/gd\.md \(\d+ blanks\) and .*gd-solution\.md/);
    const bad = await runCli(['worksheet', 'fixtures/comp9444-gd-1d.yaml', '--only', 'weights']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
