// toJsSource: mathjs trees print as JavaScript with only the parentheses JS needs; stable forms stay closures.
import { parse } from '../../src/util/mathjs.js';
import { describe, expect, it } from 'vitest';
import { toJsSource } from '../../src/evaluate/jsSource.js';

const names = (s: string): string => s;

describe('toJsSource', () => {
  it.each([
    ['a + b + c', 'a + b + c'],
    ['a - (b - c)', 'a - (b - c)'],
    ['a * (b + c)', 'a * (b + c)'],
    ['-(a * b)', '-(a * b)'],
    ['-a ^ 2', '-(a ** 2)'],
    ['(a - b) ^ 2', '(a - b) ** 2'],
    ['a - -1', 'a - -1'], ['a - -(-b)', 'a - -(-b)'],
    ['x > 0 ? 1 : 0.01', '((x > 0 ? 1 : 0) ? 1 : 0.01)'],
    ['max(0.01 * x, x)', 'Math.max(0.01 * x, x)'],
    ['1 / (1 + exp(-x))', 'H.sigmoid(-(-x))'],
  ])('prints %s as %s', (tex, js) => {
    expect(toJsSource(parse(tex), names)).toBe(js);
  });

  it.each([['log(1 + exp(x))'], ['t * log(o)'], ['t / o'], ['foo(x)']])('keeps %s as a closure (a stable form or an unknown function)', (tex) => {
    expect(toJsSource(parse(tex), names)).toBeUndefined();
  });

  it('gives up when a symbol has no name in the generated code', () => {
    expect(toJsSource(parse('a + b'), (s) => (s === 'a' ? 'A' : undefined))).toBeUndefined();
  });
});
