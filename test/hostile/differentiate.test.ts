// The own differentiator: agrees with central differences, handles piecewise max/min/abs with the kink convention, linear time.
import { describe, expect, it } from 'vitest';
import { differentiate, KINK_SLOPE } from '../../src/util/differentiate.js';
import { parse } from '../../src/util/mathjs.js';
import { parseUserExpression } from '../../src/util/parseUserExpression.js';

const where = { file: '<test>' };
const at = (src: string, scope: Record<string, number>): number => parse(src).evaluate({ ...scope, sigmoid: (x: number) => 1 / (1 + Math.exp(-x)), square: (x: number) => x * x });

describe('differentiate', () => {
  it.each([
    ['w * x + w ^ 3', 0.7], ['exp(w) / (1 + w)', 0.3], ['log(w) * sqrt(w)', 1.3], ['tanh(2 * w)', 0.4],
    ['sigmoid(w * x)', -0.8], ['sin(w) * cos(w) - sinh(w) + cosh(w)', 0.5], ['square(w - x)', 0.2], ['w ^ x', 1.7],
    ['max(w, x) + min(w * w, x)', 0.9], ['abs(w - x) * w', 0.1], ['1/2 * (x - w)^2', 2.5], ['-w / (x - w)', 0.6],
  ])('d/dw %s agrees with a central difference at w = %d', (src, w) => {
    const d = differentiate(parse(src), 'w', where);
    const h = 1e-6;
    const fd = (at(src, { w: w + h, x: 1.5 }) - at(src, { w: w - h, x: 1.5 })) / (2 * h);
    expect(at(d.toString(), { w, x: 1.5 })).toBeCloseTo(fd, 5);
  });

  it('takes the kink convention where max, min and abs meet', () => {
    expect(at(differentiate(parse('max(w, 0)'), 'w', where).toString(), { w: 0 })).toBe(KINK_SLOPE);
    expect(at(differentiate(parse('abs(w)'), 'w', where).toString(), { w: 0 })).toBe(KINK_SLOPE);
  });

  it('writes 1/2 (z − t)² as z − t and (y − ŷ)² as −2(y − ŷ)', () => {
    expect(differentiate(parse('1/2 * (z - t)^2'), 'z', where).toString()).toBe('z - t');
    expect(differentiate(parse('(y - yhat)^2'), 'yhat', where).toString()).toBe('-(2 * (y - yhat))');
  });

  it('refuses a comparison with a message', () => {
    expect(() => differentiate(parse('w > 0'), 'w', where)).toThrow('a comparison (>) has no derivative');
  });

  it('differentiates a 1000-term formula by each of 5 parameters in under a second (on a loaded machine)', () => {
    const tree = parse(Array.from({ length: 1000 }, (_, i) => `a${i} * x`).join(' + '));
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) expect(differentiate(tree, `a${i}`, where).toString()).toBe('x');
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('arity of the allowed functions', () => {
  it.each([['sqrt(w, x)', 'sqrt takes one argument, not 2'], ['max(w)', 'max takes 2 arguments, not 1'], ['exp()', 'exp takes one argument, not 0']])('%s is refused', (src, message) => {
    expect(() => parseUserExpression(src, { where })).toThrow(message);
  });
});
