// The emitted LaTeX compiles with pdflatex (run in CI; skipped with a message where TeX is not installed).
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../src/api.js';
import { compileLatex, requireLatex } from '../helpers/latex.js';

describe('LaTeX output', () => {
  it.each([
    ['the Mazur derivation', 'mazur-2-2-2', {}],
    ['the 4-decimal hand derivation', 'mazur-2-2-2', { policy: { decimals: 4, hand: true } }],
    ['a three-layer network with shared trained biases', 'mixed-2-2-2-1', {}],
  ])('compiles %s with pdflatex, without overfull lines', (_name, fixture, options) => {
    if (!requireLatex()) return;
    const tex = emit(derive(loadNetwork(`fixtures/${fixture}.yaml`), options), 'tex');
    const r = compileLatex(tex);
    expect(r.ok, r.log.slice(-2000)).toBe(true);
    expect(r.log).not.toMatch(/Overfull \\hbox/);
  });
});
