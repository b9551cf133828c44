// Deck pacing: a weight's derivation stays on one frame, a long one continues on "(cont.)" frames.
import { describe, expect, it } from 'vitest';
import type { Equation } from '../../src/derive/layout.js';
import { paceFrames } from '../../src/emit/deckPacing.js';

const eq = (lhs: string): Equation => ({ lhs, forms: [], numeric: null, showValue: false });
const params = new Set(['w5', 'w6']);

describe('deck pacing', () => {
  it('never splits one weight between frames', () => {
    const eqs = ['pd$out_o1$net_o1', 'd$net_o1', 'pd$net_o1$w5', 'g$w5', 'u$w5', 'pd$net_o1$w6', 'g$w6', 'u$w6'].map(eq);
    const frames = paceFrames(eqs, () => ['a', 'b', 'c'], params);
    for (const p of ['w5', 'w6']) expect(frames.filter((f) => f.params.includes(p))).toHaveLength(1);
    expect(frames.every((f) => !f.continued)).toBe(true);
  });
  it('continues a derivation longer than a frame on a (cont.) frame', () => {
    const frames = paceFrames(['pd$net_o1$w5', 'g$w5', 'u$w5'].map(eq), () => Array(5).fill('\\frac{a}{b}'), params);
    expect(frames.map((f) => f.continued)).toEqual([false, true, true]);
    expect(frames.every((f) => f.params[0] === 'w5')).toBe(true);
  });
});
