// The document parser turns one equation's LaTeX into chains of mathjs trees, keeps printed numbers, and skips what it cannot read.
import { describe, expect, it } from 'vitest';
import { parseLatexMath, type MathParse } from '../../src/verify/read/parseLatexMath.js';

/** A chain printed as "side rel side ...", chains joined by " ; ", or "SKIP: reason". */
function show(parse: MathParse): string {
  if (parse.skipped) return `SKIP: ${parse.reason}`;
  return parse.chains
    .map((c) => c.sides.map((s, i) => (i === 0 ? '' : ` ${c.relations[i - 1]} `) + s.node.toString()).join(''))
    .join(' ; ');
}

const read = (latex: string): string => show(parseLatexMath(latex));

describe('parseLatexMath', () => {
  it.each([
    // names: runs of three or more letters are one name; scripts flatten into the canonical key
    ['net_{h1} = w_1 * i_1 + w_2 * i_2 + b_1', 'net_h1 = w_1 * i_1 + w_2 * i_2 + b_1'],
    ['E_{\\text{total}} = E_{o1} + E_{o2}', 'E_total = E_o1 + E_o2'],
    ['w_5^+ = 0.3589', 'w_5_plus = 0.3589'],
    // colour and box wrappers style what they wrap, relations included; MathJax's \class too
    ['\\textcolor{#3498db}{x_1 = 0.5}', 'x_1 = 0.5'],
    ['z = \\textcolor{red}{0.2} \\cdot 3 = \\boxed{0.6}', 'z = 0.2 * 3 = 0.6'],
    ['\\class{mjx-eq}{a_1 = \\sigma(z_1) = 0.62}', 'a_1 = sigma(z_1) = 0.62'],
    ['\\bbox[yellow]{E = 0.1}', 'E = 0.1'],
    // a state in parentheses after a name: (new) is the value after the update, (old) the value itself
    ['w_{2,3}(new) = 0.877816', 'w_23_new = 0.877816'],
    ['w_{2,3}(\\text{old}) = 0.9', 'w_23 = 0.9'],
    ['f(x) = 2', 'f(x) = 2'],
    // every fraction command reads as a fraction, \cfrac's continued fractions too
    ['out_{o1} = \\cfrac{1}{1 + e^{-1.1059}} = 0.7514', 'out_o1 = 1 / (1 + exp(-1.1059)) = 0.7514'],
    // a mark on a braced name belongs to the name (the layered notation's updated weight); an exponent stays one
    ['{w_{10}^{(2)}}^{+} = 0.1147', 'w_10_plus^(2) = 0.1147'],
    // a derivative written inline with a slash
    ['\\partial E_{total} / \\partial w_5 = \\partial E/\\partial out_{o1} \\cdot 0.5', 'partial(E_total, w_5) = partial(E, out_o1) * 0.5'],
    ["{w_5}' = {a_1}^{2}", "w_5_prime = a_1 ^ 2"],
    ['w_{5_{new}} = w_5 - \\eta \\frac{\\partial E}{\\partial w_5}', 'w_5new = w_5 - eta partial(E, w_5)'],
    ['a_1^{(4)} = g(z_1^{(4)})', 'a_1^(4) = g(z_1^(4))'],
    ['\\delta_i^{(l+1)}', 'delta_i^(l+1)'],
    ['\\hat{y} = w_{11} \\cdot a_3', 'yhat = w_11 * a_3'],
    ['\\mathit{out}_{h1} = \\mathbf{z}', 'out_h1 = z'],
    ['o1', 'o_1'],
    // an empty group that is no argument is a spacer an editor left (\sum _{i}{}z_{i}); \overrightarrow is \vec; \ddots an ellipsis
    ['E = {}x^2 = 4', 'E = x ^ 2 = 4'],
    ['o=\\frac{1}{4}\\sum _{i}{}z_{i}', 'o = 1 / 4 sum_over("i", z_i)'],
    ['y = \\overrightarrow{x}', 'y = xvec'],
    ['J = \\begin{pmatrix} a & \\cdots \\\\ \\vdots & \\ddots \\end{pmatrix}', 'J = [[a, …], […, …]]'],
    // two letters are a product
    ['f(x) = wx = 0 * 1 = 0', 'f(x) = w x = 0 * 1 = 0'],
    ['f = qz', 'f = q z'],
    // derivatives
    ['\\frac{\\partial E_{total}}{\\partial w_5} = 0.0821', 'partial(E_total, w_5) = 0.0821'],
    ['\\frac{df}{dx} = -1/x^2', 'partial(f, x) = -1 / x ^ 2'],
    ['\\frac{d\\sigma(x)}{dx} = (1 - \\sigma(x)) \\sigma(x)', 'partial(sigma(x), x) = (1 - sigma(x)) sigma(x)'],
    ['\\frac{d\\sigma}{dz}(z) = \\sigma(z)(1 - \\sigma(z))', 'partial(sigma, z) = sigma(z) (1 - sigma(z))'],
    ['\\frac{\\partial^2 E}{\\partial w_i \\partial w_j}', 'partial(partial(E, w_i), w_j)'],
    // a derivative operator written as a fraction applies to the factor after it
    ['\\frac{\\partial L}{\\partial a} = \\frac{\\partial}{\\partial a} \\left[ \\frac{1}{2} (y - a)^2 \\right] = -(y - a)', 'partial(L, a) = partial((1 / 2 (y - a) ^ 2), a) = -(y - a)'],
    ['\\frac{d}{dx} (x^2 + 1) = 2x', 'partial((x ^ 2 + 1), x) = 2 x'],
    // products, juxtaposition, negative literals
    ['0.7513(1 - 0.7513)', '0.7513 (1 - 0.7513)'],
    ['out_{o1}(1 - out_{o1})', 'out_o1 (1 - out_o1)'],
    ['0.055399425 + -0.019049119 = 0.036350306', '0.055399425 + -0.019049119 = 0.036350306'],
    ['2 * \\frac{1}{2}(t - o) * -1 + 0', '(2 * 1 / 2) (t - o) * -1 + 0'],
    ['0.5 \\times 0.4 \\cdot 2', '0.5 * 0.4 * 2'],
    ['-\\delta_{o1} out_{h1}', '-delta_o1 out_h1'],
    ['-2^2', '-2 ^ 2'],
    // functions, exponentials, roots
    ['out_{h1} = \\frac{1}{1+e^{-net_{h1}}}', 'out_h1 = 1 / (1 + exp(-net_h1))'],
    ['g(s) = \\tanh(s)', 'g(s) = tanh(s)'],
    ['\\max(0.1x, x)', 'max(0.1 x, x)'],
    ['\\ln x + \\log(p)', 'log(x) + log(p)'],
    ['\\frac{\\eta}{\\sqrt{v + \\epsilon}}', 'eta / sqrt(v + epsilon)'],
    ["z'(s) = z(1 - z)", 'z_prime(s) = z (1 - z)'],
    ['y = y(u)', 'y = y(u)'],
    ['(target_{o1} - out_{o1})^{2-1}', '(target_o1 - out_o1) ^ (2 - 1)'],
    ['w_5^{(1-1)}', 'w_5 ^ (1 - 1)'],
    ['(w^{(3)})^T', 'transpose((w^(3)))'],
    // sums, brackets, decorations
    ['\\left(\\sum_o \\delta_o * w_{ho} \\right) * i_1', '(sum_over("o", delta_o * w_ho)) * i_1'],
    ['E = \\frac{1}{2} \\sum_i (z_i - t_i)^2', 'E = 1 / 2 sum_over("i", (z_i - t_i) ^ 2)'],
    ['\\frac{e^{z_j}}{\\sum_{k=1}^K e^{z_k}}', 'exp(z_j) / sum_over("k", exp(z_k), 1, K)'],
    ['\\left[ a + b \\right]', '(a + b)'],
    ['g(\\underbrace{w_{10} x_0 + w_{11} x_1}_{z_1^{(2)}})', 'g(w_10 x_0 + w_11 x_1)'],
    ['a \\cdot \\boxed{w_{11}^{(3)}}', 'a * w_11^(3)'],
    // [a, b] is a row vector as code and posts write it, [[a, b], [c, d]] a matrix of rows
    ['[0, 1]', '[[0, 1]]'],
    ['[[1.0, 2.0], [3, 4]]', '[[1, 2], [3, 4]]'],
    // W[1], dZ[4] written on the line: the layer (W^{[1]}); a bracket after a space multiplies
    ['Z[1] = W[1] X + b[1]', 'Z^(1) = W^(1) X + b^(1)'],
    ['W [2]', 'W (2)'],
    // relations, statements, blanks, numbering
    ['g(10) \\approx 1', 'g(10) \\approx 1'],
    ['w \\leftarrow w - \\eta \\frac{\\partial E}{\\partial w}', 'w \\leftarrow w - eta partial(E, w)'],
    ['f(x) = e^x \\rightarrow \\frac{df}{dx} = e^x', 'f(x) = exp(x) \\to partial(f, x) = exp(x)'],
    ['0 \\leq a \\leq 1', '0 \\leq a \\leq 1'],
    ['X(1,2)*W^T(2,4)->(1,4)', 'X(1, 2) * W_T(2, 4) \\to tuple(1, 4)'],
    ['x=-2, y=5, z=-4', 'x = -2 ; y = 5 ; z = -4'],
    ['q = x + y \\quad \\frac{\\partial q}{\\partial x} = 1', 'q = x + y ; partial(q, x) = 1'],
    ['f(w, x) = \\frac{1}{x} \\quad \\text{with } w_2 = -3.00', 'f(w, x) = 1 / x ; w_2 = -3'],
    ['s_1 = w_1 \\cdot x + w_2 \\cdot 1 = ??? \\tag{1}', 's_1 = w_1 * x + w_2 * 1 = ?'],
    ['a_3 = ??? \\quad (7)', 'a_3 = ?'],
    ['\\frac{\\partial E}{\\partial w_{ij}} =', 'partial(E, w_ij) = ?'],
    ["z(s) = \\frac{1}{1 + e^{-s}}, \\rightarrow z'(s) = z(1 - z).", "z(s) = 1 / (1 + exp(-s)) ; z_prime(s) = z (1 - z)"],
    ['w_{11}^{(3)} a_1^{(3)} + \\dots', 'w_11^(3) a_1^(3) + …'],
    ['x_1 \\text{ XNOR } x_2 = (\\text{NOT } x_1 \\text{ AND NOT } x_2)', 'xnor(x_1, x_2) = (not x_1 and not x_2)'],
    ['\\delta w \\leftarrow a \\delta w', 'delta w \\leftarrow a delta w'],
    // a label before an equation of its own is a heading; before bare working, it names it
    ['NOR: \\Theta = 3', 'Theta = 3'],
    ['W_{xh}: 0.5 - 0.1(-0.4893) = 0.54893', 'W_xh = 0.5 - 0.1 (-0.4893) = 0.54893'],
    ['x_{o,c} \\, \\; \\displaystyle y', 'x_oc y'],
  ])('reads %s', (latex, expected) => {
    expect(read(latex)).toBe(expected);
  });

  it.each<[string, string]>([
    ['a := 0.5', 'a = 0.5'],
    ['\\|y - t\\|^2 = 0.3', 'norm(y - t) ^ 2 = 0.3'],
    ['|x - 2| = 1', 'abs(x - 2) = 1'],
    ['\\therefore E = 0.3', 'E = 0.3'],
    ['a \\odot b = 1', 'a * b = 1'],
    ['\\operatorname{out}_{h_1} = 0.59', 'out_h1 = 0.59'],
    ['\\operatorname{ReLU}(z) = 0.5', 'ReLU(z) = 0.5'],
    ['\\only<2>{w = 0.5}', 'w = 0.5'],
    ['\\uncover<3->{E = 0.3} \\pause = 0.30', 'E = 0.3 = 0.3'],
    ['w₁₁ = ½(1−0.595)²', 'w_11 = 1 / 2 (1 - 0.595) ^ 2'],
    ['e⁻¹ = 0.3679', 'exp(-1) = 0.3679'],
    // full-width punctuation typed in Chinese text reads as its ASCII twin; -> is an arrow, like \\to
    ['X=[x_1,x_2]，size=(1,2)', 'X = [[x_1, x_2]] ; size = tuple(1, 2)'],
    ['a = 1；b = 2', 'a = 1 ; b = 2'],
  ])('reads %j as %j', (latex, expected) => {
    const parse = parseLatexMath(latex);
    if (parse.skipped) throw new Error(parse.reason);
    expect(parse.chains.map((c) => c.sides.map((s) => s.node.toString()).join(' = ')).join(' ; ')).toBe(expected);
  });

  it('splits statements at \\hspace and drops its argument', () => {
    const parse = parseLatexMath('\\frac{\\partial f}{\\partial x} = y \\hspace{0.5in} \\frac{\\partial f}{\\partial y} = x');
    expect(parse.skipped ? parse.reason : parse.chains.length).toBe(2);
  });

  it.each([
    // an evaluation bar is read where its point is one name = one value (f\bigg|_{w=1}: test/verify/read/evalBar.test.ts)
    ['\\frac{dL}{dw}\\bigg|_{w} = -2', 'a value at a stated point (|_{…}) whose point is not one name = one value', 13],
    ['x = \\begin{vmatrix} 1 \\\\ 2 \\end{vmatrix}', 'a determinant (vmatrix) is not read', 4],
    ['\\{c, v_1\\}', 'set braces', 0],
    ['\\frac{1}{2', 'never closed', 8],
    ['a + )', 'nothing opens it', 4],
    ['x = 1 +', 'the formula stops after "+"', 7],
    // a remark in \text{} after an operator ends the formula: the skip names it (words after an operator, \text{W update},
    // are a name: test/verify/read/operandWords.test.ts)
    ['\\Delta W = -0.1 \\cdot \\text{, see above}', 'the formula stops after "\\cdot" (the words ", see above" after it are not read as a name)', 21],
    // a ratio is no label: x : y = 2 : 3 stays unread
    ['x : y = 2 : 3', 'a colon (a label such as "NOR:" before the equation, or a ratio)', 2],
    ['_{x} = 1', 'a subscript with nothing before it', 0],
    ['\\to', 'no equation, only \\to (an arrow or separator between words)', 0],
    // an empty group as an argument (of ^) is not a spacer: x^{} has no exponent
    ['x^{} = 2', 'an empty group {} where a formula was expected', 3],
    ['\\frac{\\partial}{\\partial a} = 1', 'a derivative operator (∂/∂a) applied to nothing', 6],
    ['x \\foo y', '\\foo is not read yet', 2],
    ['a \\text{ AND }', 'the formula stops after', 14],
    ['|x', 'a bar | with no closing bar', 1],
    ['(10)', 'only an equation number (10)', 0],
    ['', 'empty equation', 0],
  ])('skips %j: %s, at column %i', (latex, reason, column) => {
    const parse = parseLatexMath(latex);
    expect(parse).toMatchObject({ skipped: true, column });
    expect(parse.skipped && parse.reason).toContain(reason);
  });

  it('keeps each number as printed, with its decimals and offset', () => {
    const latex = 'E = 0.2747 + -0.0190 = 0.0000351085';
    const parse = parseLatexMath(latex);
    if (parse.skipped) throw new Error(parse.reason);
    const numbers = parse.chains[0]!.sides.map((s) => s.numbers.map((n) => [n.text, n.value, n.decimals, latex.slice(n.start, n.end)]));
    expect(numbers).toEqual([
      [],
      [['0.2747', 0.2747, 4, '0.2747'], ['-0.0190', -0.019, 4, '-0.0190']],
      [['0.0000351085', 0.0000351085, 10, '0.0000351085']],
    ]);
  });

  it('gives each side its source text and offsets', () => {
    const latex = 'w_5^+ = 0.40 - 0.5 * 0.0821 = 0.3589';
    const parse = parseLatexMath(latex);
    if (parse.skipped) throw new Error(parse.reason);
    expect(parse.chains[0]!.sides.map((s) => [s.source, latex.slice(s.start, s.end)])).toEqual([
      ['w_5^+', 'w_5^+'],
      ['0.40 - 0.5 * 0.0821', '0.40 - 0.5 * 0.0821'],
      ['0.3589', '0.3589'],
    ]);
  });

  it('keeps the statements that parse when another one in the same equation does not', () => {
    const parse = parseLatexMath('a = 1, \\foo, b = 2');
    expect(show(parse)).toBe('a = 1 ; b = 2');
    expect(!parse.skipped && parse.failed.map((f) => f.reason)).toEqual(['\\foo is not read yet']);
  });

  it('marks blank sides', () => {
    const parse = parseLatexMath('E = ?');
    expect(!parse.skipped && parse.chains[0]!.sides.map((s) => s.blank)).toEqual([false, true]);
  });

  it('keeps two-letter words the caller lists as one name', () => {
    expect(show(parseLatexMath('lr = 0.5', { words: ['lr'] }))).toBe('lr = 0.5');
  });
});
