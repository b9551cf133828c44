// A network id written split into a letter and a subscript (w_{o[0]} for wo0, a_{h[0]} for unit h0's output) and a function's unit label (σ_{h[0]}(s), \tanh_{o}(s)).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { parseLatexMath } from '../../../src/verify/read/parseLatexMath.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// DeCola's 2-3-1 MLP: x = (0.5, 0.5), units h0, h1, h2 and yo, weights wh00 … wo2, biases bh0 … bo
const sigmoidNet = derive(loadNetwork('test/verify/public/decola-mlp.yaml'));
const tanhNet = derive(loadNetwork('test/verify/public/decola-mlp-tanh.yaml'));
const verdicts = (md: string, net = sigmoidNet): string[] => verifyDocument(md, net, { format: 'md' }).claims.map((c) => `${c.line}: ${c.printed} ${c.verdict}`);
const read = (latex: string): string => parseLatexMath(latex).chains[0]!.sides.map((s) => s.node.toString()).join(' = ');

describe('split names and unit labels', () => {
  it('reads a function letter\'s or command\'s subscript before a call as the unit it belongs to', () => {
    expect(read("y = \\sigma_{h[0]}'(s_{h[0]}) + \\tanh_{o}(0.5) + f_{o}(s_o)")).toBe('y = sigma_prime(s_h0) + tanh(0.5) + f(s_o)');
  });

  it('judges a_{h[0]}, s_{h[0]}, y_{o} and an update of w_{o[0]} written without a mark', () => {
    const md = '$$s_{h[0]} = -0.25$$\n\n$$a_{h[0]} = \\sigma_{h[0]}(-0.25) = 0.4378$$\n\n$$y_{o} = 0.5241$$\n\n$$w_{o[0]} = 0.5 - (0.1 \\cdot -0.096252 \\cdot 0.4378) = 0.50421$$\n';
    expect(verdicts(md)).toEqual(['1: -0.25 exact', '3: 0.4378 exact', '5: 0.5241 exact', '7: 0.5 exact', '7: 0.1 exact', '7: -0.096252 exact', '7: 0.4378 exact', '7: 0.50421 exact']);
  });

  it('finds a wrong output and reads \\tanh_{o} as tanh', () => {
    expect(verdicts('$$a_{h[1]} = 0.6225$$\n\n$$a_{h[2]} = 0.7310$$\n')).toContain('3: 0.7310 truncation');
    expect(verdicts('$$y_{o} = \\tanh_{o}(-0.0846) = -0.0844$$\n', tanhNet)).toEqual(['1: -0.0846 exact', '1: -0.0844 exact']);
  });

  it('leaves the names unread where the page\'s values for them go against that reading', () => {
    expect(verdicts('$$a_{h[0]} = 0.9$$\n\n$$a_{h[1]} = 0.1$$\n')).toEqual(['1: 0.9 unresolved', '3: 0.1 unresolved']);
  });
});
