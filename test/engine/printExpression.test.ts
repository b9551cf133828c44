// The expression printer: parentheses from precedence, slide-style juxtaposition, both styles.
import { parse } from '../../src/util/mathjs.js';
import { describe, expect, it } from 'vitest';
import { printExpression, type PrintContext, type Style } from '../../src/emit/printExpression.js';
import { stripParens } from '../../src/util/mathNodes.js';

const ctx = (style: Style): PrintContext => ({
  style,
  symbol: (id) => (id.startsWith('neg') ? '-0.5' : style === 'tex' && id.length > 1 ? `\\mathit{${id}}` : id),
  definition: () => undefined,
  constant: String,
});

describe('printExpression', () => {
  it.each([
    ['-(t - o)', '-\\left(t - o\\right)', '−(t − o)'],
    ['out * (1 - out)', '\\mathit{out}\\left(1 - \\mathit{out}\\right)', 'out(1 − out)'],
    ['1 / (1 + exp(-net))', '\\frac{1}{1 + e^{-\\mathit{net}}}', '1/(1 + e^(−net))'],
    ['1/2 * (t - o)^2', '\\frac{1}{2}\\left(t - o\\right)^{2}', '1/2 · (t − o)²'],
    ['a - b * negx', 'a - b \\cdot \\left(-0.5\\right)', 'a − b · (−0.5)'],
    ['a + negx', 'a + \\left(-0.5\\right)', 'a + (−0.5)'],
    ['a - (b - c)', 'a - \\left(b - c\\right)', 'a − (b − c)'],
    ['(a - b) - c', 'a - b - c', 'a − b − c'],
    ['a * (b * c)', 'a \\cdot b \\cdot c', 'a · b · c'],
    ['tanh(x)', '\\tanh\\left(x\\right)', 'tanh(x)'],
    ['max(0, x)', '\\max\\left(0, x\\right)', 'max(0, x)'],
    ['x > 0 ? 1 : 0.1', '\\begin{cases} 1 & \\text{if } x > 0 \\\\ 0.1 & \\text{otherwise} \\end{cases}', '(1 if x > 0, else 0.1)'],
    ['x / (1 + abs(x))', '\\frac{x}{1 + \\left|x\\right|}', 'x/(1 + |x|)'],
  ])('prints %s', (source, tex, text) => {
    const node = stripParens(parse(source));
    expect(printExpression(node, ctx('tex'))).toBe(tex);
    expect(printExpression(node, ctx('text'))).toBe(text);
  });

  it('brackets a named fraction or superscripted name under a power, not a plain name', () => {
    const names: Record<string, [string, string]> = { g: ['\\frac{\\partial E}{\\partial w}', '∂E/∂w'], a: ['a_{1}^{(2)}', 'a_1^(2)'], o: ['\\mathit{out}_{h1}', 'out_h1'] };
    const named = (style: Style): PrintContext => ({ ...ctx(style), symbol: (id) => names[id]![style === 'tex' ? 0 : 1] });
    const print = (source: string, style: Style) => printExpression(parse(source), named(style));
    expect(['g^2', 'a^2', 'o^2'].map((x) => print(x, 'tex'))).toEqual(['\\left(\\frac{\\partial E}{\\partial w}\\right)^{2}', '\\left(a_{1}^{(2)}\\right)^{2}', '\\mathit{out}_{h1}^{2}']);
    expect(['g^2', 'o^2'].map((x) => print(x, 'text'))).toEqual(['(∂E/∂w)²', 'out_h1²']);
  });

  it('throws on a construct it does not know', () => {
    expect(() => printExpression(parse('[1, 2]'), ctx('tex'))).toThrow('Unsupported expression node: ArrayNode');
  });
});
