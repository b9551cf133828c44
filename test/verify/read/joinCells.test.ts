// Table rows that write one computation over several cells (formula | numbers | value) are read as one chain, each
// number judged at its own cell; cells that each say something of their own stay apart.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// one sigmoid unit: w = 0.8, b = −0.3, x = 1.5, y = 1, L = (ŷ − y)² (smaxx73's solution sheet)
const unit = derive(loadNetwork('test/verify/public/smaxx73-solutions.yaml'));
const verdicts = (doc: string, format: 'md' | 'tex'): string[] =>
  verifyDocument(doc, unit, { format }).claims.map((c) => `${c.line}:${c.column} ${c.kind} ${c.printed} ${c.verdict}`);

describe('cells of one row that continue one chain', () => {
  it('joins a formula, the cell that substitutes its numbers and the value cell (Markdown)', () => {
    const doc = ['| Step | Formula | Expression | Value |', '|---|---|---|---|', '| 1 | $e = \\hat{y} - y$ | $0.7109 - 1$ | $\\approx -0.2891$ |', ''].join('\n');
    expect(verdicts(doc, 'md')).toEqual(['3:12 formula \\hat{y} - y exact', '3:28 operand 0.7109 exact', '3:37 operand 1 exact', '3:51 value -0.2891 exact']);
  });

  it('joins cells of a tabular row written over two source lines, and judges the value by its formula', () => {
    const doc = [
      '\\begin{tabular}{ccc}',
      '3 & $\\dfrac{\\partial L}{\\partial z} = \\dfrac{\\partial L}{\\partial \\hat{y}} \\cdot \\sigma(z)(1-\\sigma(z))$',
      '  & $-0.5782 \\times 0.7109 \\times 0.2891 \\approx -0.1189$ \\\\',
      '\\end{tabular}',
    ].join('\n');
    // the printed operands give −0.11883: −0.1189 is neither the value nor what its own numbers give
    expect(verdicts(doc, 'tex').filter((v) => v.includes('-0.1189'))).toEqual(['3:50 value -0.1189 erratum']);
  });

  it("reads a label's name and the value after its colon as one statement (**Label ($w$):** $0.8$)", () => {
    const doc = ['- **Weight ($w$):** $0.8$', '- **Bias ($b$):** $0.3$', '- **Input $x$**, then $1.5$', ''].join('\n');
    expect(verdicts(doc, 'md')).toEqual(['1:22 value 0.8 exact', '2:20 value 0.3 erratum']);
  });

  it('keeps cells apart that each state a quantity of their own', () => {
    const doc = ['| $z = wx + b$ | $e = \\hat{y} - y$ |', '|---|---|', '| $z = 0.9$ | $e = -0.2891$ |', ''].join('\n');
    expect(verdicts(doc, 'md').filter((v) => v.startsWith('3:'))).toEqual(['3:8 value 0.9 exact', '3:20 value -0.2891 exact']);
  });

  it('does not continue math that ends a plain-text equation (w⁺ = w - $\\eta$ * $\\frac{…}$, then = …)', () => {
    const doc = ['w<sup>+</sup> = w - $\\eta$ \\* $\\frac{\\partial L}{\\partial w}$', '', '= 0.8 - 0.5 \\* 0.2', '', '= 0.7', ''].join('\n');
    expect(verdicts(doc, 'md').filter((v) => v.includes('erratum'))).toEqual([]);
    expect(verdicts(doc, 'md')).toContain('5:3 arithmetic 0.7 exact');
    // a step that starts with "=" and then holds math is continued as before
    const step = ['= $\\frac{1}{1 + 1}$', '', '= 0.5', ''].join('\n');
    expect(verdicts(step, 'md')).toContain('3:3 arithmetic 0.5 exact');
  });

  it('joins a statement that starts with its relation to the chain just above it', () => {
    const doc = ['$$e = \\hat{y} - y = 0.7109 - 1$$', '$$= -0.2891$$', ''].join('\n');
    expect(verdicts(doc, 'md')).toEqual(['1:7 formula \\hat{y} - y exact', '1:21 operand 0.7109 exact', '1:30 operand 1 exact', '2:5 value -0.2891 exact']);
  });

  it('joins a plain-text line that starts with "=" to the formula in math just above it (not "=>")', () => {
    const doc = ['> $e = \\hat{y} - y$', '', '=0.7109 − 1=−0.2891', ''].join('\n');
    expect(verdicts(doc, 'md')).toEqual(['1:8 formula \\hat{y} - y exact', '3:2 operand 0.7109 exact', '3:11 operand 1 exact', '3:13 value -0.2891 exact']);
    const arrow = ['> $e = \\hat{y} - y$', '', '=> 0.7109 − 1=−0.2891', ''].join('\n');
    // not joined: the line is judged on its own, as the working of e its numbers are (ŷ − y)
    expect(verdicts(arrow, 'md').filter((v) => v.startsWith('3:'))).toEqual(['3:4 operand 0.7109 exact', '3:13 operand 1 exact', '3:15 value -0.2891 exact']);
  });

  it('joins an equation that ends in its relation to the value in the next math span, HTML tags between', () => {
    const doc = '<p>Error: $e = \\hat{y} - y = 0.7109 - 1 = $ <span class="result">$-0.2891$</span></p>\n';
    expect(verdicts(doc, 'md')).toEqual(['1:16 formula \\hat{y} - y exact', '1:30 operand 0.7109 exact', '1:39 operand 1 exact', '1:67 value -0.2891 exact']);
  });
});
