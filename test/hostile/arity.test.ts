// The allowed functions of a formula take exactly their number of arguments (sqrt(w, x) would be the x-th root of w).
import { describe, expect, it } from 'vitest';
import { parseUserExpression } from '../../src/util/parseUserExpression.js';

const where = { file: '<test>' };

describe('arity of the allowed functions', () => {
  it.each([['sqrt(w, x)', 'sqrt takes one argument, not 2'], ['tanh(w, x)', 'tanh takes one argument, not 2'], ['exp()', 'exp takes one argument, not 0']])('%s is refused', (src, message) => {
    expect(() => parseUserExpression(src, { where })).toThrow(message);
  });
});
