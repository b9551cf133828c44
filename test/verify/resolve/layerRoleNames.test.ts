// Names built from the network's own units and layers: a weight by the two units it joins (W_{i1j2}), a unit by its layer's tag, role and number (h1_{out1}, O_{in2}), a loss term by its output's number (∂E_1/∂O_{out1}).
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// a 2-2-2-2 sigmoid network, half squared error, target [1, 0]; recomputed in Python:
// nets j: 0.7, 1.0 → outs 0.668188, 0.731059; nets k: −0.031435, 0.206743 → outs 0.492142, 0.551503;
// nets l: −0.059361, 0.521822 → outs 0.485164, 0.627574; ∂E_1/∂o_1 = o_1 − t_1 = −0.514836; ∂o_1/∂net_1 = 0.249780
const net = derive(parseNetwork(`
notation: row-major
inputs: { i1: 1, i2: 0.5 }
targets: { l1: 1, l2: 0 }
layers:
  - activation: sigmoid
    weights: [[0.1, 0.2], [0.3, 0.4]]
    biases: [0.5, 0.5]
    units: [j1, j2]
  - activation: sigmoid
    weights: [[0.5, -0.5], [0.2, 0.1]]
    biases: [0, 0]
    units: [k1, k2]
  - activation: sigmoid
    weights: [[1.0, -1.0], [0.5, 0.5]]
    biases: [0, 0]
    units: [l1, l2]
loss: half-sse
`, 'four.yaml'));

const report = (doc: string): ReturnType<typeof verifyDocument> => verifyDocument(doc, net, { format: 'md' });
const verdicts = (doc: string): string[] => report(doc).claims.filter((c) => c.kind === 'value').map((c) => `${c.line} ${c.printed} ${c.verdict}`);
const readAs = (doc: string, name: string): string | undefined => report(doc).names.find((n) => n.name === name)?.quantity;

describe('a weight named by the two units it joins', () => {
  it('reads W_{i1j2} as the weight from input i1 into unit j2, in either order of the units', () => {
    expect(verdicts('$W_{i1j2} = 0.3$, $W_{j1i2} = 0.2$ and $W_{k2l1} = -1.0$')).toEqual(['1 0.3 exact', '1 0.2 exact', '1 -1.0 exact']);
  });

  it('finds a wrong entry', () => {
    expect(verdicts('$W_{i1j2} = 0.03$')).toEqual(['1 0.03 erratum']);
  });

  it('reads nothing into two units no weight joins', () => {
    expect(readAs('$W_{i1k2} = 0.3$', 'W_i1k2')).toBeUndefined();
    expect(readAs('$W_{j1j2} = 0.3$', 'W_j1j2')).toBeUndefined();
  });
});

describe('a unit named by its layer\'s tag, a role and its number', () => {
  const page = (outputs: string): string => String.raw`## Forward

$h1_{out1} = 0.6682$, $h1_{out2} = 0.7311$, $h2_{in1} = -0.0314$, $h2_{out2} = 0.5515$.

$O_{in2} = 0.5218$ and $O_{out1} = ${outputs}$.`;

  it('reads h1, h2 and O as the hidden layers and the output layer, out as the output and in as the net', () => {
    expect(verdicts(page('0.4852'))).toEqual(['3 0.6682 exact', '3 0.7311 exact', '3 -0.0314 exact', '3 0.5515 exact', '5 0.5218 exact', '5 0.4852 exact']);
    expect(readAs(page('0.4852'), 'O_in2')).toBe('v$net_l2');
  });

  it('finds a wrong output where the rest of the family holds', () => {
    expect(verdicts(page('0.5852'))).toContain('5 0.5852 erratum');
  });

  it('reads no name of the family where most of its printed values fail', () => {
    const other = '$h1_{out1} = 0.25$, $h1_{out2} = 0.5$ and $O_{out1} = 0.4852$.';
    expect(verdicts(other).filter((v) => !v.endsWith('unresolved'))).toEqual([]);
  });
});

describe('a loss term named by its output\'s number', () => {
  const page = (second: string): string => String.raw`$O_{out1} = 0.4852$, $O_{out2} = 0.6276$, $O_{in1} = -0.0594$

$\frac{\partial E_{1}}{\partial O_{out1}} = -0.5148$ and $\frac{\partial O_{out1}}{\partial O_{in1}} = 0.2498$

$\frac{\partial E_{2}}{\partial ${second}} = 0.6276$`;

  it('reads ∂E_1/∂O_{out1} as output 1\'s term differentiated by its output', () => {
    expect(verdicts(page('O_{out2}'))).toEqual(expect.arrayContaining(['3 -0.5148 exact', '3 0.2498 exact', '5 0.6276 exact']));
  });

  it('leaves E_2 unread where the page differentiates it by another output\'s quantity', () => {
    expect(readAs(page('O_{out1}'), 'E_2')).toBeUndefined();
    expect(verdicts(page('O_{out1}'))).toContain('5 0.6276 unresolved');
  });
});

describe('a value worked from the page\'s own numbers, one printed wrong', () => {
  // σ(−0.06) = 0.485005, its slope 0.249775 (the exact net −0.059361 gives 0.249780)
  const page = (slope: string): string => String.raw`$h1_{out1} = 0.6682$, $O_{in1} = -0.06$ and $O_{out1} = 0.6$

$\frac{\partial O_{out1}}{\partial O_{in1}} = ${slope}$`;

  it('carries the printed net past the wrong output: the slope the net gives is rounding, not an erratum', () => {
    expect(verdicts(page('0.249775'))).toEqual(['1 0.6682 exact', '1 -0.06 exact', '1 0.6 erratum', '3 0.249775 rounding-propagation']);
  });

  it('still finds a slope neither the exact nor the printed numbers give', () => {
    expect(verdicts(page('0.249875'))).toContain('3 0.249875 erratum');
  });
});
