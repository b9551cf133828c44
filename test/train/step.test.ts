// `step FILE` as a user runs it: CS231n's optimizer checks from the committed step files, the printed equations, refusals.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bptex-step-'));
const fixture = (name: string): string => join(ROOT, 'fixtures', 'step', `${name}.yaml`);

interface StepJson { type: string; t: number; parameters: { id: string; after: number; state: Record<string, { after: number }> }[] }
async function stepJson(file: string, extra: string[] = []): Promise<StepJson> {
  const r = await runCli(['step', file, '--format', 'json', ...extra]);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as StepJson;
}

/** Within CS231n's own tolerance: its expected arrays are printed to 8 decimals. */
const near = (got: number[], want: number[]): void => want.forEach((x, i) => expect(Math.abs(got[i]! - x), `entry ${i + 1}`).toBeLessThan(6e-9));

// Source: CS231n (Stanford), assignment 2, FullyConnectedNets.ipynb: expected_next_w and the expected state arrays.
describe('CS231n optimizer checks from the CLI', () => {
  it('sgd_momentum: next_w and velocity', async () => {
    const r = await stepJson(fixture('cs231n-momentum'));
    near(r.parameters.map((p) => p.after), [0.1406, 0.20738947, 0.27417895, 0.34096842, 0.40775789, 0.47454737, 0.54133684, 0.60812632, 0.67491579, 0.74170526, 0.80849474, 0.87528421, 0.94207368, 1.00886316, 1.07565263, 1.14244211, 1.20923158, 1.27602105, 1.34281053, 1.4096]);
    near(r.parameters.map((p) => p.state.velocity!.after), [0.5406, 0.55475789, 0.56891579, 0.58307368, 0.59723158, 0.61138947, 0.62554737, 0.63970526, 0.65386316, 0.66802105, 0.68217895, 0.69633684, 0.71049474, 0.72465263, 0.73881053, 0.75296842, 0.76712632, 0.78128421, 0.79544211, 0.8096]);
  });
  it('rmsprop: next_w and cache', async () => {
    const r = await stepJson(fixture('cs231n-rmsprop'));
    near(r.parameters.map((p) => p.after), [-0.39223849, -0.34037513, -0.28849239, -0.23659121, -0.18467247, -0.132737, -0.08078555, -0.02881884, 0.02316247, 0.07515774, 0.12716641, 0.17918792, 0.23122175, 0.28326742, 0.33532447, 0.38739248, 0.43947102, 0.49155973, 0.54365823, 0.59576619]);
    near(r.parameters.map((p) => p.state.cache!.after), [0.5976, 0.6126277, 0.6277108, 0.64284931, 0.65804321, 0.67329252, 0.68859723, 0.70395734, 0.71937285, 0.73484377, 0.75037008, 0.7659518, 0.78158892, 0.79728144, 0.81302936, 0.82883269, 0.84469141, 0.86060554, 0.87657507, 0.8926]);
  });
  it('adam at t = 5: next_w, m and v (this step is t = 6)', async () => {
    const r = await stepJson(fixture('cs231n-adam'));
    expect(r.t).toBe(6);
    near(r.parameters.map((p) => p.after), [-0.40094747, -0.34836187, -0.29577703, -0.24319299, -0.19060977, -0.1380274, -0.08544591, -0.03286534, 0.01971428, 0.0722929, 0.1248705, 0.17744702, 0.23002243, 0.28259667, 0.33516969, 0.38774145, 0.44031188, 0.49288093, 0.54544852, 0.59801459]);
    near(r.parameters.map((p) => p.state.v!.after), [0.69966, 0.68908382, 0.67851319, 0.66794809, 0.65738853, 0.64683452, 0.63628604, 0.6257431, 0.61520571, 0.60467385, 0.59414753, 0.58362676, 0.57311152, 0.56260183, 0.55209767, 0.54159906, 0.53110598, 0.52061845, 0.51013645, 0.49966]);
    near(r.parameters.map((p) => p.state.m!.after), [0.48, 0.49947368, 0.51894737, 0.53842105, 0.55789474, 0.57736842, 0.59684211, 0.61631579, 0.63578947, 0.65526316, 0.67473684, 0.69421053, 0.71368421, 0.73315789, 0.75263158, 0.77210526, 0.79157895, 0.81105263, 0.83052632, 0.85]);
  });
});

describe('step prints the update equations with numbers', () => {
  it('Adam with ε outside the root, m̂ and v̂ at t = 6', async () => {
    const r = await runCli(['step', fixture('cs231n-adam')]);
    expect(r.stdout).toContain('&= \\frac{0.48}{1 - 0.9^{6}} = 1.024417416');
    expect(r.stdout).toContain('&= -0.4 - \\frac{0.01}{\\sqrt{116.901865282} + 0.00000001} \\cdot 1.024417416 = -0.400947472');
  });
  it('SGD with L2 weight decay forms g̃ = ∂E/∂w + λw first', async () => {
    const file = join(dir, 'l2.yaml');
    writeFileSync(file, 'parameters: { w: 2 }\ngradients: { w: 0.5 }\noptimizer: { type: sgd, lr: 0.1, weight_decay: 0.01 }\n');
    const r = await runCli(['step', file]);
    expect(r.stdout).toContain('\\tilde{g}_{w} &\\leftarrow \\frac{\\partial E}{\\partial w} + \\lambda w \\\\\n  &= 0.5 + 0.01 \\cdot 2 = 0.52');
    expect(r.stdout).toContain('&= 2 - 0.1 \\cdot 0.52 = 1.948');
  });
  it("momentum as Ng's exponential average: dampening = momentum gives v ← a v + (1 − a) g, then w ← w − η v", async () => {
    const file = join(dir, 'ema.yaml');
    writeFileSync(file, 'parameters: { w: 0.3 }\ngradients: { w: 0.00793 }\noptimizer: { type: momentum, lr: 0.1, momentum: 0.9, dampening: 0.9, eta_placement: outside }\n');
    const r = await runCli(['step', file]);
    expect(r.stdout).toContain('v_{w} &\\leftarrow \\mu \\, v_{w} + (1 - \\mu) \\, \\frac{\\partial E}{\\partial w} \\\\\n  &= 0.9 \\cdot 0 + 0.1 \\cdot 0.00793 = 0.000793');
    expect(r.stdout).toContain('&= 0.3 - 0.1 \\cdot 0.000793 = 0.2999207');
  });
});

describe('step refuses', () => {
  it.each([
    ['parameters: { w: 1, b: 0 }\ngradients: { w: 0.5 }\n', /missing\.yaml:2:12: no gradient for b \(give one in gradients:, or list it in frozen:\)/],
    ['parameters: { w: 1 }\ngradients: { w: 0.5, u: 1 }\n', /missing\.yaml:2:25: gradients names 'u', which is not a trainable parameter/],
    ['parameters: { w: 1 }\n', /missing\.yaml:1:1: a step file gives the gradients/],
    ['parameters: { w: 1 }\ngradients: { w: 0.5 }\noptimizer: { type: adam, dampening: 0.9 }\n', /missing\.yaml:3:\d+: dampening belongs to momentum only/],
  ])('%j', async (text, message) => {
    const file = join(dir, 'missing.yaml');
    writeFileSync(file, text);
    const r = await runCli(['step', file]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(message);
  });
});
