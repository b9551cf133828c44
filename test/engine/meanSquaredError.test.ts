// mse over a single output is its squared error: no 1/1 factor in the scalar or the matrix form; over n outputs, 1/n.
import { describe, expect, it } from 'vitest';
import { derive, emit, parseNetwork } from '../../src/index.js';

function network(outputs: string[]): string {
  const neurons = outputs.map((o, k) => `      ${o}: { weights: { w${k + 1}: x } }`).join('\n');
  const targets = outputs.map((o) => `${o}: 0.5`).join(', ');
  const params = outputs.map((_, k) => `w${k + 1}: 0.${k + 3}`).join(', ');
  return `inputs: { x: 2 }\ntargets: { ${targets} }\nparameters: { ${params} }\nloss: mse\nlayers:\n  - activation: linear\n    neurons:\n${neurons}\n`;
}

describe('mse', () => {
  it.each([
    ['one output, scalar', ['y'], 'scalar', 'E_y = (target_y − out_y)² = (0.5 − 0.6)² = 0.01'],
    ['two outputs, scalar', ['y', 'z'], 'scalar', 'E_y = 1/2 · (target_y − out_y)² = 1/2 · (0.5 − 0.6)² = 0.005'],
    ['one output, matrix', ['y'], 'matrix', '∇_a^(1) E = −2 (y − a^(1)) = −2 ([0.5] − [0.6]) = [0.2]'],
  ] as const)('%s', (_, outputs, form, line) => {
    const text = emit(derive(parseNetwork(network([...outputs]), 'mse.yaml'), { form }), 'txt');
    expect(text.split('\n')).toContain(line);
    expect(text).not.toContain('1/1');
  });
});
