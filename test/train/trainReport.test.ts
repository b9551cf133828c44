// train --format json|csv|txt as a user runs it: every parameter, gradient and optimizer state per shown step, the
// step selection, the optimizer object in the file and on the command line, and the JSON against its schema.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bptex-train-'));
const MAZUR = join(ROOT, 'fixtures', 'mazur-2-2-2.yaml');
const TWO_LAYER = join(ROOT, 'test', 'engine', 'graphs', 'two-layer.yaml');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'training-output.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

interface Step { step: number; t: number; loss: number; parameters: Record<string, number>; gradients: Record<string, number>; state: Record<string, Record<string, number | null>> }
async function trainJson(args: string[]): Promise<{ steps: Step[]; optimizer: Record<string, unknown>; update: { lines: unknown[] } | null }> {
  const r = await runCli(['train', ...args, '--format', 'json', '--out-dir', dir]);
  expect(r.stderr).toMatch(/^wrote /);
  const doc = JSON.parse(r.stdout) as never;
  expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  return doc;
}

describe('train --format json', () => {
  it('shows steps 0-2 and the last with Adam state; each step follows from the one before by the published rule', async () => {
    const doc = await trainJson([MAZUR, '--optimizer', 'adam', '--lr', '0.01', '--epochs', '6', '--first', '2', '--last', '1']);
    expect(doc.steps.map((s) => s.step)).toEqual([0, 1, 2, 6]);
    const [s0, s1] = doc.steps as [Step, Step];
    expect(s0.state.mHat!.w1).toBeNull();
    for (const w of Object.keys(s0.parameters)) {
      const g = s0.gradients[w]!;
      const m = 0.1 * g;
      const v = 0.001 * g * g;
      expect(s1.state.m![w]).toBeCloseTo(m, 15);
      expect(s1.state.mHat![w]!).toBeCloseTo(m / (1 - 0.9), 15);
      expect(s1.parameters[w]! - (s0.parameters[w]! - (0.01 / Math.sqrt(v / (1 - 0.999) + 1e-8)) * (m / 0.1))).toBeCloseTo(0, 15);
    }
    expect(doc.update!.lines).toHaveLength(5);
  });
  it('takes the optimizer object of the file, its state and t (momentum, η outside, on the two-layer graph)', async () => {
    const file = join(dir, 'momentum.yaml');
    writeFileSync(file, readFileSync(TWO_LAYER, 'utf8') + 'optimizer: { type: momentum, lr: 0.1, momentum: 0.5, eta_placement: outside, t: 3, state: { velocity: { c: 0.2 } } }\n');
    const doc = await trainJson([file, '--epochs', '1']);
    expect(doc.optimizer).toMatchObject({ type: 'momentum', lr: 0.1, momentum: 0.5, eta_placement: 'outside', t: 3 });
    const [s0, s1] = doc.steps as [Step, Step];
    expect([s0.t, s1.t]).toEqual([3, 4]);
    expect(s0.state.velocity!.c).toBe(0.2);
    const v = 0.5 * 0.2 + s0.gradients.c!;
    expect(s1.state.velocity!.c).toBeCloseTo(v, 15);
    expect(s1.parameters.c).toBeCloseTo(0.05 - 0.1 * v, 15);
  });
  it('--every 2 shows steps 0, 1 (as always), 2, 4 and the last', async () => {
    const doc = await trainJson([TWO_LAYER, '--epochs', '5', '--every', '2']);
    expect(doc.steps.map((s) => s.step)).toEqual([0, 1, 2, 4, 5]);
  });
});

describe('train tables with --show', () => {
  it('adds parameter, gradient and velocity columns to the text table', async () => {
    const r = await runCli(['train', TWO_LAYER, '--epochs', '2', '--optimizer', 'nesterov', '--show', 'parameters,gradients,state', '--out-dir', dir]);
    expect(r.stdout.split('\n')[0]).toMatch(/^epoch +E +z +b1 .* dE\/db1 .* velocity\(b1\)/);
    expect(r.stdout.trim().split('\n')).toHaveLength(4);
  });
  it('--explain-step 2 prints the second update in the document', async () => {
    await runCli(['train', TWO_LAYER, '--epochs', '3', '--explain-step', '2', '--out-dir', dir, '--quiet']);
    expect(readFileSync(join(dir, 'two-layer-train.tex'), 'utf8')).toContain('Update 2 of $b_{1}$');
  });
});

describe('refusals', () => {
  it.each([
    [['--optimizer', '{type: adam, lr: x}'], /^.*two-layer\.yaml: --optimizer: .*expected number.*\(lr\)$/],
    [['--optimizer', 'lbfgs'], /--optimizer: expected one of sgd, momentum, nesterov, adagrad, rmsprop, adam, adamw/],
    [['--show', 'weights'], /--show takes parameters, gradients, state, not 'weights'/],
    [['--first', '-1'], /--first takes a whole number of at least 0/],
    [['--explain-step', '9'], /--explain-step takes a step from 1 to 3, not 9/],
  ])('%j', async (args, message) => {
    const r = await runCli(['train', TWO_LAYER, '--epochs', '3', '--out-dir', dir, ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(message);
  });
  it('names the file position of a state the rule does not have', async () => {
    const file = join(dir, 'bad-state.yaml');
    writeFileSync(file, readFileSync(TWO_LAYER, 'utf8') + 'optimizer:\n  type: adam\n  state:\n    velocity: { c: 1 }\n');
    const r = await runCli(['train', file, '--epochs', '1', '--out-dir', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/bad-state\.yaml:17:15: Adam has no state 'velocity' \(its state: m, v\)/);
  });
});
