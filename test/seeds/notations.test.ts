// Notation presets name the same numbers differently: Mazur's network in every preset, and per-node overrides.
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../src/api.js';
import { createNotation } from '../../src/graph/notation/index.js';
import { compileNetwork } from '../../src/graph/compileNetwork.js';

const graph = compileNetwork(loadNetwork('fixtures/mazur-2-2-2.yaml'));

describe('notation presets on Mazur\'s 2-2-2 network', () => {
  it.each([
    ['mazur', 'net_h1', '\\mathit{net}_{h1}'],
    ['mazur', 'E_total', 'E_{\\mathit{total}}'],
    ['layered', 'net_h1', 'z_{1}^{(2)}'],
    ['layered', 'out_o2', 'a_{2}^{(3)}'],
    ['layered', 'target_o1', 'y_{1}'],
    ['layered', 'E_total', 'E'],
    ['comp9444', 'net_h1', 'u_{1}'],
    ['comp9444', 'out_h2', 'y_{2}'],
    ['comp9444', 'net_o1', 's_{1}'],
    ['comp9444', 'out_o1', 'z_{1}'],
    ['comp9444', 'target_o2', 't_{2}'],
    ['tartu', 'net_h2', 's_{2}'],
    ['tartu', 'out_h1', 'a_{1}'],
    ['tartu', 'target_o1', 'y_{1}'], // two outputs: each target and output carries its index (one output: y, ŷ)
    ['plain', 'net_h1', '\\mathit{net}_{h1}'],
    ['plain', 'w5', 'w_{5}'],
  ] as const)('%s names %s as %s', (preset, id, tex) => {
    expect(createNotation(graph, preset).node(id).tex).toBe(tex);
  });

  it.each([['mazur', '\\delta_{o1}'], ['layered', '\\delta_{1}^{(3)}']] as const)('%s names the delta of net_o1 %s', (preset, tex) => {
    expect(createNotation(graph, preset).delta('net_o1').tex).toBe(tex);
  });

  it('renames one node in every format with names:, keeping the preset for the rest', () => {
    const n = createNotation(graph, 'comp9444', { out_o1: 'p' });
    expect([n.node('out_o1').tex, n.node('out_o1').text, n.node('net_o1').tex]).toEqual(['\\mathit{p}', 'p', 's_{1}']);
  });

  it('never changes a number: every preset prints the same values', () => {
    const values = (['mazur', 'layered', 'comp9444', 'tartu', 'plain'] as const).map((notation) => {
      const def = loadNetwork('fixtures/mazur-2-2-2.yaml');
      def.spec.notation = notation;
      return JSON.parse(emit(derive(def), 'json')).values as Record<string, number>;
    });
    for (const v of values) expect(v).toEqual(values[0]);
  });

  it('keeps the two-argument call createNotation(graph, overrides) working', () => {
    expect(createNotation(graph, { w5: 'v' }).node('w5').text).toBe('v');
  });
});
