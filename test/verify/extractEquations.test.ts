// The extractor finds every equation, display and inline, at its line and column, and skips code and escaped dollars.
import { describe, expect, it } from 'vitest';
import { documentOffset, extractEquations, formatOfPath, type DocumentFormat } from '../../src/verify/read/extractEquations.js';

/** The equations found, with runs of spaces (left where & and \\ were) squeezed to one. */
const latexOf = (doc: string, format: DocumentFormat = 'md'): string[] =>
  extractEquations(doc, { format }).equations.map((e) => e.latex.replace(/\s+/g, ' '));

describe('extractEquations', () => {
  it.each<[string, string, DocumentFormat, string[]]>([
    ['display dollars', 'a $$x = 1$$ b', 'md', ['x = 1']],
    ['inline dollars', 'let $w_5 = 0.40$ and $\\eta = 0.5$.', 'md', ['w_5 = 0.40', '\\eta = 0.5']],
    ['an escaped dollar', 'costs \\$5 and $x=1$', 'md', ['x=1']],
    ['prices, which are not math', 'costs $5 and $10 today', 'md', []],
    ['an equation with a space before its closing $, as MathJax reads it', 'the new weights, $w6 = 0.4078 $, $w7 = ? $ and $5 or $', 'md', ['w6 = 0.4078', 'w7 = ?']],
    ['a code span', 'use `$x$` or $y$', 'md', ['y']],
    ['a fenced block', '```\n$$a=1$$\n```\n$b=2$', 'md', ['b=2']],
    ['an indented code block', 'text\n\n    $$a = 1$$\n\n$b$', 'md', ['b']],
    ['\\[ \\] and \\( \\) in TeX', '\\[ a = 1 \\] and \\( b \\)', 'tex', ['a = 1', 'b']],
    ['\\( \\) in Markdown, an escaped parenthesis', 'Python \\(from scratch\\)', 'md', []],
    ['\\( \\) in Markdown around math, as MathJax pages write it', 'so \\(net_{h1} = 0.3775\\) and \\[out = 0.5\\]', 'md', ['net_{h1} = 0.3775', 'out = 0.5']],
    ['Markdown escapes that no math uses', 'f\\(x, y\\) = \\(x \\+ y\\) and \\(y \\- y\\)', 'md', []],
    ["kramdown's \\\\( \\\\)", 'so \\\\(w_5 = 0.4\\\\) and \\\\[E = 0.29\\\\]', 'md', ['w_5 = 0.4', 'E = 0.29']],
    ['a ```math fence', 'x\n\n```math\nE = 0.29\n```\n', 'md', ['E = 0.29']],
    ['math in a blockquote', '> $$\n> a = 1\n> $$\n', 'md', ['a = 1']],
    ['\\( \\) in text', 'so \\(a = 1\\)', 'text', ['a = 1']],
    ['a TeX comment', '% $x$\n$y$', 'tex', ['y']],
    ['an equation environment', '\\begin{equation} E = 1 \\end{equation}', 'tex', ['E = 1']],
    ['align rows, & stripped', '\\begin{align*} a &= 1 \\\\ b &= 2 \\end{align*}', 'tex', ['a = 1', 'b = 2']],
    ['aligned inside $$', '$$\\begin{aligned}u &= 1 \\\\ y &= g(u)\\end{aligned}$$', 'md', ['u = 1', 'y = g(u)']],
    // MathJax: rows inside a style wrapper, align* inside $$, \newline as a row break
    ['rows inside \\class{…}{…}', '$$\\class{small}{ \\begin{align*} u = 1 \\\\ y = 2 \\end{align*} }$$', 'md', ['u = 1', 'y = 2']],
    ['\\newline between rows', '$$u = 1 \\newline y = 2$$', 'md', ['u = 1', 'y = 2']],
    ['a continuation row, joined to the row above', '$$\\begin{aligned} E &= a + b \\\\ &= 0.5 \\end{aligned}$$', 'md', ['E = a + b = 0.5']],
    ['two column pairs in one row', '$$\\begin{aligned} a &= ? & b &= ? \\end{aligned}$$', 'md', ['a = ?', 'b = ?']],
    ['a matrix, kept whole', '$$x = \\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix}$$', 'md', ['x = \\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix}']],
    ['gather', '\\begin{gather} a = 1 \\\\ b = 2 \\end{gather}', 'tex', ['a = 1', 'b = 2']],
    ['align* inside $$, as MathJax renders it', '$$\\begin{align*} a &= 1 \\\\ &= 2 \\\\ b &= 3 \\end{align*}$$', 'md', ['a = 1 = 2', 'b = 3']],
  ])('finds %s', (_label, doc, format, expected) => {
    expect(latexOf(doc, format)).toEqual(expected);
  });

  // AsciiMath between kramdown's escaped backticks, read as the LaTeX asciimath2tex gives for it
  it.each<[string, string, string[]]>([
    ['an AsciiMath vector', 'so \\` hat y_1 = [[0],[1]] \\` here', ['\\hat{y}_{1} = \\left [ \\begin{matrix} 0 \\\\ 1 \\end{matrix} \\right ]']],
    ['AsciiMath products and Greek', '\\`X * w_1 - delta_1\\`', ['X \\cdot w_{1} - \\delta_{1}']],
    ['an escaped backtick around words, which is not math', 'type \\`ls\\` and \\`cd home\\`', []],
    ['an unclosed escaped backtick', 'a \\` b', []],
  ])('finds %s', (_label, doc, expected) => {
    expect(latexOf(doc)).toEqual(expected);
  });

  it('places the statement of a brace note in AsciiMath inside its span too', () => {
    const doc = 'x \\`ubrace(alpha)_(1)\\` y';
    const found = extractEquations(doc).equations;
    expect(found.map((e) => e.latex)).toContain('\\alpha = 1');
    for (const e of found) for (const k of [0, e.latex.length]) expect(documentOffset(e, k)).toBeLessThanOrEqual(doc.lastIndexOf('\\'));
  });

  it('places each AsciiMath equation, and the numbers in it, inside its span', () => {
    const doc = 'first\n\\` w_2 = [[1],[0]] \\`';
    const [e] = extractEquations(doc).equations;
    expect(e).toMatchObject({ line: 2, delimiter: 'asciimath' });
    const span = [doc.indexOf('`') + 1, doc.lastIndexOf('\\')];
    for (const k of [0, e!.latex.indexOf('1'), e!.latex.length]) {
      const at = documentOffset(e!, k);
      expect(at).toBeGreaterThanOrEqual(span[0]!);
      expect(at).toBeLessThanOrEqual(span[1]!);
    }
  });

  it('gives the 1-based line and column of each equation', () => {
    const doc = 'title\n\nthen $a = 1$ and\n$$\n  b = 2\n$$';
    const found = extractEquations(doc).equations.map(({ line, column, display }) => ({ line, column, display }));
    expect(found).toEqual([
      { line: 3, column: 7, display: false },
      { line: 5, column: 3, display: true },
    ]);
  });

  it('keeps document offsets true inside align rows', () => {
    const doc = '\\begin{align} a &= 1 \\\\ b &= 2 \\end{align}';
    for (const e of extractEquations(doc, { format: 'tex' }).equations) {
      expect(doc.slice(e.offset, e.offset + e.latex.length).replace(/&/g, ' ')).toBe(e.latex);
    }
  });

  it.each([
    ['an unclosed $', 'see $x = 1 here', 'unclosed $'],
    ['an unclosed $$', '$$x = 1', 'unclosed $$'],
    ['an unclosed environment', '\\begin{align} x', 'unclosed \\begin{align}'],
    ['empty math', 'a $$ $$ b', 'empty math $$'],
    ['a lone equation number', '$$(10)$$', 'only an equation number'],
  ])('reports %s as skipped, with its place', (_label, doc, reason) => {
    const { skipped } = extractEquations(doc, { format: 'tex' });
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.reason).toContain(reason);
    expect(skipped[0]!.line).toBe(1);
  });

  it.each([
    ['slides.tex', 'tex'],
    ['notes.md', 'md'],
    ['seed.txt', 'text'],
  ])('reads %s as %s', (path, format) => {
    expect(formatOfPath(path)).toBe(format);
  });
});
