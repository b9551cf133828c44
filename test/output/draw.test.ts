// Figures: the Mazur network (weights on the edges, a chain rule highlighted) and a CS231n-style graph, as committed goldens.
import { describe, expect, it } from 'vitest';
import { loadNetwork } from '../../src/api.js';
import { drawFigure } from '../../src/draw/drawFigure.js';
import { chainEdges, networkFigureData } from '../../src/draw/figureData.js';
import { DEFAULT_POLICY } from '../../src/evaluate/numberPolicy.js';
import { MAZUR, TWO_LAYER, golden } from './trainFixtures.js';

const policy = { ...DEFAULT_POLICY, decimals: 4 };

describe('draw', () => {
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
    expect(() => drawFigure(loadNetwork(MAZUR), { policy, highlight: 'w9' })).toThrow(/--highlight names 'w9'/);
  });
  it.each([
    ['mazur-network.tex', MAZUR, 'w1'],
    ['two-layer-graph.tex', TWO_LAYER, undefined],
  ])('writes %s as committed', async (name, file, highlight) => {
    await expect(drawFigure(loadNetwork(file), { policy, highlight })).toMatchFileSnapshot(golden(name));
  });
});
