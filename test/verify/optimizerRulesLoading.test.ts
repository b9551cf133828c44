// The light verify entry point (the CLI's) loads the optimizers' update rules only for a network that names an optimizer,
// and refuses to judge such a network's updates without them rather than judge Adam's numbers by plain gradient steps.
// This file imports no module that loads api.ts, which provides the rules on import.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../src/api/derivation.js';
import { loadOptimizerRules, prepareVerify, verify } from '../../src/api/verification.js';

// θ = 5 on E = (θ·1 − 0)², Adam with α = 0.1 (test/verify/public/adam-html.yaml): θ⁺ = 4.9, the plain step gives 4
const adam = derive(loadNetwork('test/verify/public/adam-html.yaml'));
const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const doc = '$\\theta^{+} = 4.9$';

describe('the optimizer rules behind the light verify entry point', () => {
  it('a plain network needs none; an Adam network refuses to be judged until they are loaded, then is judged by Adam', async () => {
    expect(verify('$w_1 = 0.15$', mazur, { format: 'md' }).counts.exact).toBe(1);
    expect(() => verify(doc, adam, { format: 'md' })).toThrow(/optimizer \(adam\) needs its update rules/);
    await prepareVerify('$w_1 = 0.15$', { main: mazur, load: () => mazur }, { format: 'md' });
    expect(() => verify(doc, adam, { format: 'md' })).toThrow(/needs its update rules/);
    await prepareVerify(doc, { main: adam, load: () => adam }, { format: 'md' });
    expect(verify(doc, adam, { format: 'md' }).counts).toMatchObject({ exact: 1, erratum: 0 });
    await loadOptimizerRules();
    expect(verify('$\\theta^{+} = 4.0$', adam, { format: 'md' }).counts).toMatchObject({ exact: 0, erratum: 1 });
  });
});
