// Rule layer-subscript: a page whose digit subscripts number layers (z_1 printed as a vector of the hidden layer) names the
// one-unit output layer's net, δ and bias z_2, \delta_2, b_2. Network: test/verify/public/es-telecom.yaml (2-2-1
// sigmoid, BCE, η = 0.1; recomputed there: z^[2] = 0.30157, δ^[2] = −0.42517, b^[2] after the step 0.09252).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('test/verify/public/es-telecom.yaml'));
const verdicts = (doc: string): string[] =>
  verifyDocument(doc, net, { format: 'md' }).claims.filter((c) => c.line >= 3).map((c) => `${c.line} ${c.printed} ${c.verdict}`);

const page = (rate: string, result: string): string => String.raw`Hidden layer: $z_1 = W_1 x + b_1 = \begin{bmatrix}0.1 \\ 0.55\end{bmatrix}$.

Output layer: $z_2 = W_2 a_1 + b_2 = 0.3016$ and $\delta_2 = 0.5748 - 1 = -0.4252$.

Update: $b_2 := 0.05 - ${rate} \cdot (-0.4252) = ${result}$.`;

describe('a layer named by its subscript', () => {
  it('reads z_2, \\delta_2 and b_2 as the one output unit\'s net, δ and bias, so the update is judged', () => {
    expect(verdicts(page('0.1', '0.0925'))).toEqual(expect.arrayContaining(['3 0.3016 exact', '3 -0.4252 exact', '5 0.05 exact', '5 0.1 exact', '5 0.0925 exact']));
  });

  it('finds a learning rate that is not η in the update of b_2', () => {
    expect(verdicts(page('0.01', '0.0543'))).toEqual(expect.arrayContaining(['5 0.01 erratum', '5 0.0543 erratum']));
  });

  it('leaves z_2 alone where the subscripts number units, not layers', () => {
    const units = String.raw`Hidden units: $z_1 = 0.1$ and $z_2 = 0.55$.

The output: $b_2 := 0.05 - 0.01 \cdot (-0.3311) = 0.0533$.`;
    const claims = verifyDocument(units, net, { format: 'md' }).claims;
    expect(claims.filter((c) => c.verdict !== 'unresolved' && c.kind !== 'arithmetic').map((c) => c.subject)).not.toContain('b_2');
    expect(claims.some((c) => c.line === 1 && c.printed === '0.55' && c.verdict === 'erratum')).toBe(false);
  });

  it('does not read the layer names where most of their printed values fail', () => {
    const other = String.raw`Hidden layer: $z_1 = W_1 x + b_1 = \begin{bmatrix}0.1 \\ 0.55\end{bmatrix}$.

Then $z_2 = 0.55$ and $a_2 = 0.6341$.`;
    expect(verdicts(other).filter((v) => v.endsWith('erratum'))).toEqual([]);
  });
});
