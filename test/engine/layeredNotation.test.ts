// notation: layered names a network's weights w_{jk}^{(l)} (unit k of layer l−1 to unit j of layer l) and its biases
// b_j^{(l)}, whatever the file calls them; a bias shared by several units keeps its own name.
import { describe, expect, it } from 'vitest';
import { loadNetwork } from '../../src/api.js';
import { createNotation } from '../../src/graph/notation/index.js';
import { compileNetwork } from '../../src/graph/compileNetwork.js';

const notation = (file: string) => createNotation(compileNetwork(loadNetwork(file)), 'layered');

describe('layered notation of parameters', () => {
  it.each([
    ['fixtures/mazur-2-2-2.yaml', 'w1', 'w_{11}^{(2)}'],
    ['fixtures/mazur-2-2-2.yaml', 'w2', 'w_{12}^{(2)}'],
    ['fixtures/mazur-2-2-2.yaml', 'w7', 'w_{21}^{(3)}'],
    ['fixtures/mazur-2-2-2.yaml', 'b1', 'b_{1}'],
    ['test/output/fixtures/softmax-ce-2-2-3.yaml', 'w10', 'w_{32}^{(3)}'],
    ['test/output/fixtures/softmax-ce-2-2-3.yaml', 'b1', 'b_{1}^{(2)}'],
    ['test/output/fixtures/softmax-ce-2-2-3.yaml', 'b5', 'b_{3}^{(3)}'],
  ] as const)('%s: %s prints as %s', (file, id, tex) => {
    expect(notation(file).node(id).tex).toBe(tex);
  });
  it('prints the updated weight with the same name', () => {
    expect(notation('fixtures/mazur-2-2-2.yaml').updated('w5').tex).toContain('w_{11}^{(3)}');
  });
});
