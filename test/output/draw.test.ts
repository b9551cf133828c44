// Figures: the Mazur network (weights on the edges, a chain rule highlighted) and a CS231n-style graph, as committed goldens.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNetwork } from '../../src/api.js';
import { drawFigure } from '../../src/draw/drawFigure.js';
import { chainEdges, graphFigureData, networkFigureData } from '../../src/draw/figureData.js';
import { deriveGraph } from '../../src/derive/deriveGraph.js';
import { qid } from '../../src/derive/quantity.js';
import { compileDerivation, runProgram } from '../../src/evaluate/evaluateDerivation.js';
import { compileNetwork } from '../../src/graph/compileNetwork.js';
import { DEFAULT_POLICY } from '../../src/evaluate/numberPolicy.js';
import { MAZUR, ROOT, TWO_LAYER, golden } from './trainFixtures.js';
import { runCli } from '../helpers/cli.js';

const CIRCUIT = join(ROOT, 'fixtures', 'ceng506-sigmoid-circuit.yaml');

const policy = { ...DEFAULT_POLICY, decimals: 4 };

describe('draw', () => {
  it.each(['ceng506-fxyz', 'ceng506-sigmoid-circuit', 'ceng506-deep', 'tartu-softmax', 'comp9444-week1d-two-layer'])(
    'labels each wire of %s with the gradient flowing back along it: at a fork they add up to ∂E/∂n', (name) => {
      const def = loadNetwork(join(ROOT, 'fixtures', `${name}.yaml`));
      const ev = runProgram(compileDerivation(deriveGraph(compileNetwork(def))));
      const out = new Map<string, number>();
      for (const e of graphFigureData(def).edges) if (e.gradient !== undefined) out.set(e.from, (out.get(e.from) ?? 0) + e.gradient);
      expect(out.size).toBeGreaterThan(1);
      for (const [n, sum] of out) expect(sum).toBeCloseTo(ev.get(qid.adjoint(n))!, 12);
    });
  it.each([
    ['w5', ['w5', 'o1→E_total']],
    ['w1', ['w1', 'w5', 'w7', 'o1→E_total', 'o2→E_total']],
  ])('highlights the chain rule of %s along %j', (param, expected) => {
    const data = networkFigureData(loadNetwork(MAZUR));
    const names = [...chainEdges(data, param)].map((e) => e.param ?? `${e.from}→${e.to}`).sort();
    expect(names).toEqual([...expected].sort());
  });
  it('labels each Mazur edge with its weight, in the file notation', () => {
    const tex = drawFigure(loadNetwork(MAZUR), { policy, standalone: false });
    expect(tex).toContain('w_{5} = 0.4');
    expect(tex).toContain('b_{1} = 0.35');
    expect(tex).not.toContain('\\documentclass');
  });
  it('refuses to highlight a parameter that is on no edge', () => {
    expect(() => drawFigure(loadNetwork(MAZUR), { policy, highlight: 'w9' })).toThrow(/--highlight names 'w9', which is not a parameter or node of the network \(w1, w2/);
  });
  it('highlights the path of a graph leaf to the output in red, the local gradients still on it', () => {
    const def = loadNetwork(CIRCUIT);
    const plain = drawFigure(def, { policy, standalone: false });
    const hot = drawFigure(def, { policy, highlight: 'w0', standalone: false });
    expect(hot).not.toBe(plain);
    // w0 → m0 → a → b → n → e → d → f: seven edges, and every edge keeps its value and gradient label
    expect(hot.split('\n').filter((l) => l.includes('very thick, red'))).toHaveLength(7);
    expect(hot.split('\\textcolor{red!70!black}').length).toBe(plain.split('\\textcolor{red!70!black}').length);
    expect(hot).toContain('\\textcolor{red!70!black}{$-0.1966$}');
  });
  it('refuses a highlight on a graph file that names nothing in it, in one line with exit 2', async () => {
    const r = await runCli(['draw', CIRCUIT, '--highlight', 'w9', '--out', '-']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^backprop-tex: --highlight names 'w9', which is not a parameter or node of the graph \(.*\)\n$/);
  });
  it.each([
    ['mazur-network.tex', MAZUR, 'w1'],
    ['two-layer-graph.tex', TWO_LAYER, undefined],
  ])('writes %s as committed', async (name, file, highlight) => {
    await expect(drawFigure(loadNetwork(file), { policy, highlight })).toMatchFileSnapshot(golden(name));
  });
});
