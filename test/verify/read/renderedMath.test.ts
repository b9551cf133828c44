// A page rendered by KaTeX (with its MathML) or MathJax 2 is read from the TeX it keeps beside the rendering, at the page's own offsets; the rendering's digits are not counted again.
import { join } from 'node:path';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';
import { renderedMathSource } from '../../../src/verify/read/renderedMath.js';

const mazur = derive(loadNetwork(join(import.meta.dirname, '../../../fixtures/mazur-2-2-2.yaml')));
const rendered = (tex: string, display: boolean): string => katex.renderToString(tex, { output: 'htmlAndMathml', displayMode: display });
const page = (body: string): string => `<!DOCTYPE html>\n<html><head><style>.katex{font:normal 1.21em KaTeX_Main}</style></head><body>\n${body}\n</body></html>\n`;

describe('a page KaTeX rendered with its MathML', () => {
  const text = page([
    `<p>${rendered('net_{h1} = 0.15 \\cdot 0.05 + 0.2 \\cdot 0.1 + 0.35 = 0.3775', true)}</p>`,
    `<p>so ${rendered('out_{h1} = 0.5933', false)} and then</p>`,
    `<p>${rendered('w_5^{+} = 0.4 - 0.5 \\cdot 0.0822 < 0.36', true)}</p>`,
  ].join('\n'));

  it('keeps every offset and puts each formula between \\( \\) or \\[ \\]', () => {
    const source = renderedMathSource(text);
    expect(source.length).toBe(text.length);
    expect(source).toContain('\\[net_{h1} = 0.15 \\cdot 0.05');
    expect(source).toContain('\\(out_{h1} = 0.5933\\)');
    // an entity of the annotation (&lt;) is its character, padded to its length
    expect(source).toContain('0.0822 <    0.36\\]');
  });

  it('judges the formulas and counts no digit of the rendering or the style', () => {
    const r = verifyDocument(text, mazur, { format: 'text' });
    expect(r.claims.filter((c) => c.verdict !== 'exact').map((c) => `${c.printed} ${c.verdict}`)).toEqual([]);
    expect(r.claims.map((c) => c.printed)).toContain('0.5933');
    // every number seen is one of the TeX's (the bound 0.36 of the inequality is the one not judged), none of the style's 1.21
    expect(r.coverage.numbers).toEqual({ seen: 11, judged: 10 });
  });

  it('finds a wrong number in the TeX at its place in the page', () => {
    const wrong = text.replace(/0\.5933/g, '0.5393');
    const r = verifyDocument(wrong, mazur, { format: 'text' });
    const bad = r.claims.filter((c) => c.verdict === 'erratum');
    expect(bad.map((c) => c.printed)).toEqual(['0.5393']);
    expect(wrong.split('\n')[bad[0]!.line - 1]!.slice(bad[0]!.column - 1, bad[0]!.column + 5)).toBe('0.5393');
  });

  it('keeps the digits of a rendering with no source beside it: they are seen, not judged', () => {
    const bare = page(`<p>${katex.renderToString('w_5 = 0.40', { output: 'html' })}</p><p>${rendered('out_{h1} = 0.5933', false)}</p>`);
    const r = verifyDocument(bare, mazur, { format: 'text' });
    expect(r.coverage.numbers).toEqual({ seen: 2, judged: 1 });
  });
});

describe('a page MathJax 2 rendered', () => {
  it('reads <script type="math/tex"> and its display mode', () => {
    const text = page('<p>Then <script type="math/tex">out_{h1} = 0.5933</script> and</p>\n<script type="math/tex; mode=display">out_{o1} = 0.7514</script>');
    const r = verifyDocument(text, mazur, { format: 'text' });
    expect(r.claims.map((c) => `${c.printed} ${c.verdict}`)).toEqual(['0.5933 exact', '0.7514 exact']);
  });
});

describe('derive --format html → verify', () => {
  it('reads the page derive writes: every formula judged right', () => {
    const r = verifyDocument(emit(mazur, 'html'), mazur, { format: 'text' });
    expect(r.claims.length).toBeGreaterThan(250);
    expect(r.claims.filter((c) => c.verdict !== 'exact')).toEqual([]);
  });
});
