// The light verify entry point (the CLI's) loads the optimizers' update rules only for a network that names an optimizer,
// and refuses to judge such a network's updates without them rather than judge Adam's numbers by plain gradient steps.
// Test files share modules (isolate: false) and api.ts provides the rules on import: the test takes them away first.
// That the CLI's verify of a plain network loads nothing of train/ is test/perf/startup.test.ts's, in a real process.
import { afterAll, describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../src/api/derivation.js';
import { prepareVerify, verify } from '../../src/api/verification.js';
import { provideOptimizerRules } from '../../src/verify/network/optimizerStepper.js';

// θ = 5 on E = (θ·1 − 0)², Adam with α = 0.1 (test/verify/public/adam-html.yaml): θ⁺ = 4.9, the plain step gives 4
const adam = derive(loadNetwork('test/verify/public/adam-html.yaml'));
const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const doc = '$\\theta^{+} = 4.9$';
const before = provideOptimizerRules(undefined);
afterAll(() => void provideOptimizerRules(before));

describe('the optimizer rules behind the light verify entry point', () => {
  it('a plain network needs none; an Adam network refuses to be judged until they are loaded, then is judged by Adam', async () => {
    expect(verify('$w_1 = 0.15$', mazur, { format: 'md' }).counts.exact).toBe(1);
    expect(() => verify(doc, adam, { format: 'md' })).toThrow(/optimizer \(adam\) needs its update rules/);
    await prepareVerify('$w_1 = 0.15$', { main: mazur, load: () => mazur }, { format: 'md' });
    expect(() => verify(doc, adam, { format: 'md' })).toThrow(/needs its update rules/);
    // a network a `net FILE` comment names counts as much as --net's
    await prepareVerify(`<!-- backprop-tex: net adam.yaml -->\n${doc}`, { load: () => adam }, { format: 'md' });
    expect(verify(doc, adam, { format: 'md' }).counts).toMatchObject({ exact: 1, erratum: 0 });
    expect(verify('$\\theta^{+} = 4.0$', adam, { format: 'md' }).counts).toMatchObject({ exact: 0, erratum: 1 });
  });
});
