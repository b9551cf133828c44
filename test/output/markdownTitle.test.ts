// A title in Markdown prints literally: inline markup and HTML escaped, brackets as character references (a MathJax
// page reads \( … \) and \[ … \] as math), list and heading markers escaped only where they would start one.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/emit/markdown.js';

describe('escapeMarkdown', () => {
  it.each([
    ['A 3-2-2 ReLU network with softmax and cross-entropy', 'A 3-2-2 ReLU network with softmax and cross-entropy'],
    ['f = (x + y) * z', 'f = (x + y) \\* z'],
    ['a [2-2-2](net) net', 'a &#91;2-2-2&#93;(net) net'],
    ['<b>bold</b> & $5_a', '\\<b\\>bold\\</b\\> \\& \\$5\\_a'],
    ['- a list? no', '\\- a list? no'],
    ['+ one', '\\+ one'],
    ['# not a heading #', '\\# not a heading \\#'],
    ['1. not a list', '1\\. not a list'],
    ['week 1. backprop', 'week 1. backprop'],
    ['two\nlines', 'two lines'],
  ])('%j → %j', (title, expected) => {
    expect(escapeMarkdown(title)).toBe(expected);
  });
});
