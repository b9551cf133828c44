// A digit glued to a name before a subscript (h2_{out1}, W2_{00}) is part of the name; a glued digit alone is the index (a1, z2).
import { describe, expect, it } from 'vitest';
import { parseLatexMath } from '../../../src/verify/read/parseLatexMath.js';

const side = (latex: string): string => {
  const parse = parseLatexMath(`g = ${latex}`);
  return parse.skipped ? `skipped: ${parse.reason}` : parse.chains[0]!.sides[1]!.node.toString();
};

describe('names with a digit glued before a subscript', () => {
  it.each([
    ['h2_{out1}', 'h2_out1'],
    ['\\mathit{W2_{00}}', 'W2_00'],
    ['a1', 'a_1'],
    ['z2^{(1)}', 'z_2^(1)'],
    // a name that already has a subscript and gets another stays unread, as before
    ['w_{1}_{2}', 'skipped: a second subscript on the same name'],
  ])('reads %s as %s', (latex, expected) => {
    expect(side(latex)).toBe(expected);
  });
});
