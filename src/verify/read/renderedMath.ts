// Math a page was rendered with, read back from its source: KaTeX's <annotation encoding="application/x-tex"> and MathJax 2's <script type="math/tex">, every character at its offset.
import { blankOf, entityChar } from './htmlText.js';

/**
 * The page with each rendered formula's TeX source standing in its place between \( \) or \[ \] (display), and the
 * rendering itself (KaTeX's katex-html spans, MathML's elements, MathJax's preview) blanked: the same length, so
 * every position the readers report is a position of the page. A page with neither kind of source is returned as it is.
 * Written by hand: the one thing needed is to keep offsets through the rewrite, which no HTML parser's output does.
 */
export function renderedMathSource(text: string): string {
  if (!/application\/x-tex|type=["']?math\/tex/i.test(text)) return text;
  // (the rendering first: whether a formula has its source beside it is read from the annotation's tag)
  let out = blankElements(text, /<span\b[^>]*class="[^"]*\bkatex-html\b[^"]*"[^>]*>/gi, 'span');
  out = out.replace(/<math\b[^>]*>[\s\S]*?<\/math\s*>/gi, (m) => mathElement(m));
  out = out.replace(/<script\b([^>]*)type=["']?math\/tex(;\s*mode=display)?["']?([^>]*)>([\s\S]*?)<\/script\s*>/gi, (m, _a: string, display: string | undefined, _b: string, tex: string) => {
    const open = m.indexOf('>') + 1;
    return delimited(m, open, open + tex.length, display !== undefined);
  });
  return out;
}

/** A <math> element: its annotation's TeX between delimiters, the rest blanked. */
function mathElement(m: string): string {
  const a = /<annotation\b[^>]*encoding=["']application\/x-tex["'][^>]*>([\s\S]*?)<\/annotation\s*>/i.exec(m);
  if (!a) return blankOf(m);
  const start = a.index + a[0].indexOf('>') + 1;
  return delimited(m, start, start + a[1]!.length, /display=["']block["']/i.test(m.slice(0, m.indexOf('>'))));
}

/** `whole` blanked but for its characters [from, to), decoded, with the math's opening delimiter just before and its closing one just after. */
function delimited(whole: string, from: number, to: number, display: boolean): string {
  const [open, close] = display ? ['\\[', '\\]'] : ['\\(', '\\)'];
  if (from < 2 || whole.length - to < 2) return blankOf(whole);
  return blankOf(whole.slice(0, from - 2)) + open + decoded(whole.slice(from, to)) + close + blankOf(whole.slice(to + 2));
}

/** Entities as their characters, each padded with spaces to its own length. */
function decoded(tex: string): string {
  return tex.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, name: string) => {
    const ch = entityChar(name);
    return ch === undefined ? m : ch + ' '.repeat(m.length - ch.length);
  });
}

/**
 * Each element that `open` starts blanked whole, through the close tag that balances it, where its formula's source
 * stands before it in the same KaTeX element (a rendering with no source beside it keeps its numbers: they are seen).
 */
function blankElements(text: string, open: RegExp, tag: string): string {
  let out = text;
  for (const m of [...text.matchAll(open)]) {
    const katex = text.lastIndexOf('class="katex"', m.index!);
    const source = text.lastIndexOf('</annotation>', m.index!);
    if (katex < 0 || source < katex) continue;
    const end = balancedEnd(text, m.index! + m[0].length, tag);
    if (end !== undefined) out = out.slice(0, m.index!) + blankOf(text.slice(m.index!, end)) + out.slice(end);
  }
  return out;
}

/** The offset just past the close tag of the `tag` element whose content starts at `from`. */
function balancedEnd(text: string, from: number, tag: string): number | undefined {
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return undefined;
}
