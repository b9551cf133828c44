// Haykin's letters: d for the desired output, y_j and v_j for unit j's output and induced local field (its net input).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('test/verify/public/ee4210-bias.yaml'));
const names = (lines: string[]) => Object.fromEntries(verifyDocument(`${lines.join('\n\n')}\n`, net, { format: 'md' }).names.map((n) => [n.name, `${n.quantity ?? '-'} ${n.rule ?? ''}`.trim()]));

describe("Haykin's letters", () => {
  it('reads d as the target where the page gives it the target value, and y_U, v_U as unit U\'s output and net', () => {
    const read = names(['$ d = 0.9 $', '$ v_{H1} = (-0.5)(0) + (0.1)(1) + (-0.6)(-1) = 0.7 $', '$ y_{H1} = \\sigma(0.7) = 0.668 $', '$ \\delta_{Y1} = (d - y_{Y1}) y_{Y1} (1 - y_{Y1}) = 0.041 $']);
    expect(read).toMatchObject({ d: 'v$target_Y1 customary-letter', y_H1: 'v$out_H1 split-name', y_Y1: 'v$out_Y1 split-name' });
  });

  it('leaves d alone where the page gives it another value', () => {
    expect(names(['$ d = 0.5 $', '$ e = d - y_{Y1} $'])['d']).toBe('-');
  });

  it('reads v_U as the net input where the page writes it so', () => {
    expect(names(['$ v_{H2} = -0.1 $', '$ y_{H2} = \\sigma(v_{H2}) = 0.475 $'])).toMatchObject({ v_H2: 'v$net_H2 split-name' });
  });
});
