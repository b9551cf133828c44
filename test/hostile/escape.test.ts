// Escaping of user text for LaTeX and HTML: every special character prints as itself and nothing runs.
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/util/escapeHtml.js';
import { escapeLatexText, latexMathWord } from '../../src/util/escapeLatex.js';

describe('escapeLatexText', () => {
  it.each([
    ['\\input{/etc/passwd}', '\\textbackslash{}input\\{/etc/passwd\\}'],
    ['\\write18{rm -rf ~}', '\\textbackslash{}write18\\{rm -rf \\textasciitilde{}\\}'],
    ['\\catcode`\\^=11', '\\textbackslash{}catcode`\\textbackslash{}\\textasciicircum{}=11'],
    ['^^5cinput', '\\textasciicircum{}\\textasciicircum{}5cinput'],
    ['100% # $ & _', '100\\% \\# \\$ \\& \\_'],
    ['a<b>c|d', 'a\\textless{}b\\textgreater{}c\\textbar{}d'],
    ['bell\u0007 and nul\u0000', 'bell and nul'],
    ['right\u202eto left\u200f\u2066', 'rightto left'],
    ['zero\u200bwidth\ufeff', 'zerowidth'],
    ['two\nlines\r\n', 'two lines '],
    ['Café – “naïve”', 'Café – “naïve”'],
    ['σ and Δ', 'sigma and Delta'],
    ['emoji 😀 and 中', 'emoji ? and ?'],
    ['w1_2_3', 'w1\\_2\\_3'],
    ['net h1', 'net h1'],
    ['', ''],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeLatexText(input)).toBe(expected);
  });

  it.each(['\\', '{', '}', '%', '#', '$', '&', '_', '~', '^'])('leaves no bare %s behind', (c) => {
    const out = escapeLatexText(`a${c}b`);
    expect(out.replace(/\\(textbackslash|textasciicircum|textasciitilde)\{\}|\\[{}%#$&_]/g, '')).not.toMatch(/[\\{}%#$&_~^]/);
  });
});

describe('latexMathWord', () => {
  it.each([
    ['hidden', '\\mathit{hidden}'],
    ['x_in', '\\mathit{x\\_in}'],
    ['\\input{x}$#', '\\text{\\textit{\\textbackslash{}input\\{x\\}\\$\\#}}'],
    ['a b', '\\text{\\textit{a b}}'],
  ])('prints the name %j as %j', (word, expected) => {
    expect(latexMathWord(word)).toBe(expected);
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['" onmouseover="x', '&quot; onmouseover=&quot;x'],
    ["' onload='x", '&#39; onload=&#39;x'],
    ['a & b', 'a &amp; b'],
    ['&lt; stays text', '&amp;lt; stays text'],
    ['`template`', '&#96;template&#96;'],
    ['rtl\u202emark\u0000', 'rtlmark'],
    ['\\input{x} $x$', '\\input{x} $x$'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});
