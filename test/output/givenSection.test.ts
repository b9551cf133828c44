// The article opens as the seeds do: title, the network figure, "Given" (inputs, targets, a table of weights and biases, η), then the forward pass.
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork, presentationExtras } from '../../src/api.js';
import { givenOf } from '../../src/emit/givenSection.js';

const article = (file: string): string => {
  const def = loadNetwork(file);
  return emit(derive(def), 'tex', presentationExtras(def, 'tex'));
};

describe('the article\'s opening', () => {
  it('puts the figure, then Given, then the forward pass, in that order', () => {
    const tex = article('fixtures/mazur-2-2-2.yaml');
    const at = (s: string): number => tex.indexOf(s);
    expect(at('\\maketitle')).toBeGreaterThan(0);
    expect(at('\\begin{tikzpicture}')).toBeGreaterThan(at('\\maketitle'));
    expect(at('\\section*{Given}')).toBeGreaterThan(at('\\end{tikzpicture}'));
    expect(at('\\section*{The forward pass}')).toBeGreaterThan(at('\\section*{Given}'));
  });

  it('lists the inputs, the targets, every weight and bias with its value (frozen ones starred) and η', () => {
    const tex = article('fixtures/mazur-2-2-2.yaml');
    expect(tex).toContain('Inputs: $i_{1} = 0.05$, $i_{2} = 0.1$.');
    expect(tex).toContain('Targets: $\\mathit{target}_{o1} = 0.01$, $\\mathit{target}_{o2} = 0.99$.');
    expect(tex).toContain('$w_{1} = 0.15$ & $w_{2} = 0.2$ & $w_{3} = 0.25$ & $w_{4} = 0.3$ \\\\');
    expect(tex).toContain('$b_{1} = 0.35$\\textsuperscript{*}');
    expect(tex).toContain('Learning rate: $\\eta = 0.5$.');
  });

  it('names the optimizer and the settings its update lines use, ε in powers of ten where the decimals would print 0', () => {
    expect(article('fixtures/mazur-2-2-2.yaml')).not.toContain('Optimizer:');
    const adam = 'test/verify/public/adam-html.yaml';
    expect(article(adam)).toContain('Optimizer: Adam, with $\\beta_1 = 0.9$, $\\beta_2 = 0.999$, $\\epsilon = 0.00000001$; this is its step 1.');
    const def = loadNetwork(adam);
    const four = emit(derive(def, { policy: { decimals: 4 } }), 'tex', presentationExtras(def, 'tex'));
    expect(four).toContain('$\\epsilon = 10^{-8}$; this is its step 1.');
  });

  it('takes every value from the derivation, a graph file included (no targets there)', () => {
    const doc = derive(loadNetwork('fixtures/ceng506-sigmoid-circuit.yaml'));
    const given = givenOf(doc);
    expect(given.inputs.map((g) => [g.id, g.value])).toEqual([['x0', -1], ['x1', -2]]);
    expect(given.targets).toEqual([]);
    expect(given.params.map((g) => [g.id, g.value])).toEqual([['w0', 2], ['w1', -3], ['w2', -3]]);
    expect(given.learningRate).toBe(1);
  });
});
