// Equations written as plain text: names that begin with a prose word's letters, and ŷ, are read like any other name.
import { describe, expect, it } from 'vitest';
import { findCodeSpanEquations, findPlainEquations } from '../../../src/verify/read/plainText.js';

const latex = (text: string): string[] => findPlainEquations(text, []).map((e) => e.latex);

describe('plain-text equations', () => {
  it('reads a lone a in a formula as a name, and the article where a word stands before it', () => {
    expect(latex('a = sigmoid(1.0) = 0.7311\nb = a + w2 = 1\nx = 2 * a = 4\n')).toEqual(['a = sigmoid(1.0) = 0.7311', 'b = a + w2 = 1', 'x = 2 * a = 4']);
    expect(latex('For example a = 2 here.\n')).toEqual([]);
  });

  it("reads a program's and Leibniz's derivative names as ∂ quotients (dloss_dz2, d_loss_d_w, dL/da)", () => {
    expect(latex('dloss_dz2 = -0.79 * 0.239 = -0.189\nd_loss_d_w = 0.5\nde/da = b = -3\n')).toEqual([
      '\\frac{\\partial loss}{\\partial z2} = -0.79 * 0.239 = -0.189', '\\frac{\\partial loss}{\\partial w} = 0.5', '\\frac{\\partial e}{\\partial a} = b = -3',
    ]);
    // d before other letters is no derivative (data_dim, dw)
    expect(latex('dw = 0.5 * 2 = 1\n')).toEqual(['dw = 0.5 * 2 = 1']);
  });

  it('reads a name that starts with the letters of a prose word (a1, an_2, is3)', () => {
    expect(latex('a1 = 0.5622\nan_2 = 0.1\n')).toEqual(['a1 = 0.5622', 'an_2 = 0.1']);
  });

  it("drops a list item's marker, so '- z = …' is about z and not −z", () => {
    expect(latex('- z = 0.5 * 2 + 0.3 = 1.3\n• h = 2 * 0.5 = 1\n* w_5 = 0.4\n2. b = 0.3\n')).toEqual(['z = 0.5 * 2 + 0.3 = 1.3', 'h = 2 * 0.5 = 1', 'w_5 = 0.4', 'b = 0.3']);
  });

  it('reads a capitalised word right before "=" as the name, other capitalised words as a label', () => {
    expect(latex('Loss = 0 + 0.1(1² + 1²) = 0.2\n• Total Loss = 16 + 3.4 = 19.4\nHidden h1 = 0.5\n')).toEqual(['Loss = 0 + 0.1(1² + 1²) = 0.2', 'Loss = 16 + 3.4 = 19.4', 'h1 = 0.5']);
  });

  it('blanks a LaTeX alignment mark left in plain text (a leading & or &=), and keeps an & inside a line', () => {
    expect(latex('    & d = -(t - o) = -(0.01 - 0.75) = 0.74\nE &= 0.5 * 0.2 = 0.1\n').map((l) => l.trim())).toEqual(['d = -(t - o) = -(0.01 - 0.75) = 0.74', 'E  = 0.5 * 0.2 = 0.1']);
    expect(latex('x1 & x2 = 0.5\n')).toEqual(['x2 = 0.5']);
  });

  it('reads ≈ as a relation, as = is', () => {
    expect(latex('a1 = sigmoid(1.1) ≈ 0.75\nh1 ≈ 0.5933\n')).toEqual(['a1 = sigmoid(1.1) ≈ 0.75', 'h1 ≈ 0.5933']);
  });

  it("keeps a name's layer or step in parentheses as an index, and reads e^(…) and (…)^(2) as powers", () => {
    expect(latex('z_1^(2) = w_11^(2) · x1 = 0.3\na^(l+1) = 0.5\na_1^(2) = 1/(1 + e^(−z_1^(2))) = 0.57\nE = (t − y)^(2) = 0.25\n')).toEqual([
      'z_1^{(2)} = w_{11}^{(2)} · x1 = 0.3',
      'a^{(l+1)} = 0.5',
      'a_1^{(2)} = 1/(1 + e^{−z_1^{(2)}}) = 0.57',
      'E = (t − y)^{2} = 0.25',
    ]);
    // Ng's layer in square brackets
    expect(latex('∂J/∂a_1^[2] = −(y_1 − a_1^[2]) = −(0.01 − 0.75) = 0.74\n')).toEqual(['∂J/∂a_1^{[2]} = −(y_1 − a_1^{[2]}) = −(0.01 − 0.75) = 0.74']);
  });

  it('reads a subscript in parentheses (v_(w_11^(3))^(1)) and chained subscripts (δ_o1_e1) as one subscript', () => {
    expect(latex('v_(w_11^(3))^(1) = 0.9 · 0 − 0.1 · 0.02 = −0.002\nδ_o1_e1 = −0.04\ne_airplane = 49.9\n')).toEqual([
      'v_{w_{11}^{(3)}}^{(1)} = 0.9 · 0 − 0.1 · 0.02 = −0.002',
      'δ_{o1,e1} = −0.04',
      'e_{airplane} = 49.9',
    ]);
  });

  it('reads an identifier a program would write (net_o1_e1, z1_2) and an acronym (CE) as one name', () => {
    expect(latex('net_o1_e1 = w1 · x1_e1 = 0.6\nz1_2 = −30\nCE = −ln(0.93) = 0.07\n')).toEqual([
      '\\mathit{net\\_o1\\_e1} = w1 · \\mathit{x1\\_e1} = 0.6',
      '\\mathit{z1\\_2} = −30',
      '\\mathrm{CE} = −\\ln(0.93) = 0.07',
    ]);
  });

  it('reads the letter after ∂ as a name, never as the prose word "a", and never a name inside ∂A/∂B as given a value', () => {
    expect(latex('∂a/∂m1 = 1\n∂f/∂a = 0.19\n')).toEqual(['∂a/∂m1 = 1', '∂f/∂a = 0.19']);
    // a derivative the grammar cannot read is not re-read as "S = 0.0187" from its denominator
    expect(latex('∂Cost(w)/∂S = 0.0187\n').some((l) => /^S\b/.test(l))).toBe(false);
  });

  it('reads ŷ, precomposed or with a combining hat, as \\hat{y}', () => {
    expect(latex('ŷ = 0.5\ny\u0302 = 0.25\n')).toEqual(['\\hat{y} = 0.5', '\\hat{y} = 0.25']);
  });

  it('joins the lines that continue a chain with "=" into one equation, each character at its own offset', () => {
    const text = 'net_h1 = w1 * x1 + b\n= 0.15 * 0.05 + 0.35\n   = 0.3575\n\nx = 1 == 2\n';
    const [eq] = findPlainEquations(text, []);
    expect(eq!.latex).toBe('net_{h1} = w1 * x1 + b = 0.15 * 0.05 + 0.35    = 0.3575');
    expect(text.slice(eq!.offsets[eq!.latex.indexOf('0.3575')], eq!.offsets[eq!.latex.indexOf('0.3575')]! + 6)).toBe('0.3575');
  });

  it('reads Markdown-escaped asterisks (\\*) and HTML <sup>/<sub> as products, powers and indices', () => {
    expect(latex('neth1 = w11 \\* x1 + 0.25 = 0.05 \\* 2 + 0.25 = 0.35\nE = (0 - 0.5)<sup>2</sup> = 0.25\nw<sub>1</sub><sup>+</sup> = 0.3\n')).toEqual([
      'neth1 = w11  * x1 + 0.25 = 0.05  * 2 + 0.25 = 0.35',
      'E = (0 - 0.5)^{2} = 0.25',
      'w_{1}^{+} = 0.3',
    ]);
  });

  it('continues a chain across one blank line when neither line holds math, and not otherwise', () => {
    expect(latex('z = w1 * x1 + b\n\n= 0.5 * 2 + 0.1\n\n= 1.1\n')).toEqual(['z = w1 * x1 + b  = 0.5 * 2 + 0.1  = 1.1']);
    const text = '- E = (t - y)^2 = 0.25\n\n  $\\frac{dE}{dy}$ = -2 * (t - y)\n';
    const math = { start: text.indexOf('$'), end: text.lastIndexOf('$') + 1 };
    // the line after the math is a chain of its own (its left side is the math), not a step of E's
    expect(findPlainEquations(text, [math]).map((e) => e.latex)).toEqual(['E = (t - y)^2 = 0.25', '= -2 * (t - y)']);
  });

  it('reads the statements a sentence makes in passing: a name given a number, numbers worked to one', () => {
    const text = 'With x = -2, y = 5: the forward pass gives q = 3 and f = -12, and on x it is 1 · (-4) = -4.\n';
    expect(latex(text)).toEqual(['x = -2', 'y = 5', 'q = 3', 'f = -12', '1 · (-4) = -4']);
    expect(latex('We use w_5 = 0.45 and out_h1 = 0.593269992 here.\n')).toEqual(['w_5 = 0.45', 'out_{h1} = 0.593269992']);
  });

  it('leaves a sentence that supposes or gives an example alone', () => {
    expect(latex('If w5 = 0.5 the error would fall.\nSuppose x = 3, then y = 9.\nFor example a = 2 here.\n')).toEqual([]);
  });

  it('reads equations written in inline code, and leaves a program\'s code alone', () => {
    const text = '- `z2 = W2 a1 + b2 = 0.1*0.2 + 0.1*0.2 = 0.04`\n- `W2 := 0.1 - 0.1*(-0.192) = 0.1192`\n- `w = np.dot(W, x) + 0.5`, `if a == 0.5`\n';
    const spans = [...text.matchAll(/`[^`]*`/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    expect(findCodeSpanEquations(text, spans).map((e) => e.latex)).toEqual(['z2 = W2 a1 + b2 = 0.1*0.2 + 0.1*0.2 = 0.04', 'W2 := 0.1 - 0.1*(-0.192) = 0.1192']);
  });
});

