// Markdown's block structure as verify needs it: code blocks (```math fences and reStructuredText's `.. math::` are math), blockquote markers, paragraph ends.

/** A fenced, indented or org-mode code block: where it ends, and for a ```math fence the math inside it. */
export interface CodeBlock {
  start: number;
  end: number;
  /** ```math (or ~~~math) fences hold display math, as GitHub and GitLab render them; so do MyST's ```{math} directives. */
  math?: { start: number; end: number };
  /** Further equations of the same block: a `.. math::` directive's blank-line-separated paragraphs after the first. */
  more?: { start: number; end: number }[];
}

/** Org mode's #+begin_src LANG … #+end_src and #+begin_example … #+end_example. */
export const ORG_BLOCK = /^[ \t]*#\+begin_(src|example)\b[ \t]*(\S*)/i;

const FENCE = / {0,3}(`{3,}|~{3,})[ \t]*([^\s`]*)[^\n]*/y;

/** The block starting at line start `i`, or undefined. Indented blocks (after a blank line) only when `indented`. */
export function codeBlockAt(doc: string, i: number, indented: boolean): CodeBlock | undefined {
  FENCE.lastIndex = i;
  const fence = FENCE.exec(doc);
  if (fence) {
    const mark = fence[1]!;
    const close = new RegExp(`^ {0,3}${mark[0] === '`' ? '`' : '~'}{${mark.length},}[ \\t]*$`, 'gm');
    close.lastIndex = lineEnd(doc, i);
    const m = close.exec(doc);
    const end = m ? lineEnd(doc, m.index) : doc.length;
    const bodyStart = Math.min(lineEnd(doc, i) + 1, doc.length);
    // MyST's ```{math} directive too, past its option lines (:label: eq-1)
    const options = /^\{math\}$/i.test(fence[2]!) ? /^(?:[ \t]*:[\w-]+:[^\n]*\n)*/.exec(doc.slice(bodyStart))![0].length : 0;
    const math = /^\{?math\}?$/i.test(fence[2]!) && m ? { start: bodyStart + options, end: Math.max(bodyStart + options, m.index - 1) } : undefined;
    return math ? { start: i, end, math } : { start: i, end };
  }
  const org = ORG_BLOCK.exec(doc.slice(i, lineEnd(doc, i)));
  if (org) {
    const close = new RegExp(`^[ \\t]*#\\+end_${org[1]}\\b`, 'gim');
    close.lastIndex = lineEnd(doc, i);
    const m = close.exec(doc);
    return { start: i, end: m ? lineEnd(doc, m.index) : doc.length };
  }
  if (!indented || !/^(?: {4}|\t)/.test(doc.slice(i, i + 4)) || doc.slice(i, lineEnd(doc, i)).trim() === '') return rstMathAt(doc, i);
  const prevStart = doc.lastIndexOf('\n', i - 2) + 1;
  if (i > 0 && doc.slice(prevStart, i).trim() !== '') return undefined;
  let k = i;
  while (k < doc.length) {
    const e = lineEnd(doc, k);
    const line = doc.slice(k, e);
    if (line.trim() !== '' && !/^(?: {4}|\t)/.test(line)) break;
    k = e + 1;
  }
  return { start: i, end: Math.min(k, doc.length) };
}

/** reStructuredText's (Sphinx's) `.. math::` directive. */
const RST_MATH = /^([ \t]*)\.\.[ \t]+math::[ \t]*/;

/**
 * The `.. math::` directive at line start `i`: its math is the rest of the line and the lines indented deeper than
 * the directive, past option lines (`:label: eq-1`, `:nowrap:`). A blank line separates equations, as in Sphinx.
 */
function rstMathAt(doc: string, i: number): CodeBlock | undefined {
  const first = RST_MATH.exec(doc.slice(i, lineEnd(doc, i)));
  if (!first) return undefined;
  const indent = first[1]!.replace(/\t/g, '    ').length;
  const paragraphs: { start: number; end: number }[] = [];
  const onLine = i + first[0].length < lineEnd(doc, i);
  if (onLine) paragraphs.push({ start: i + first[0].length, end: lineEnd(doc, i) });
  let k = lineEnd(doc, i) + 1;
  let options = !onLine;
  let blank = !onLine;
  while (k < doc.length) {
    const e = lineEnd(doc, k);
    const line = doc.slice(k, e);
    if (line.trim() !== '' && /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length <= indent) break;
    if (line.trim() === '') blank = true;
    else if (!(options && /^[ \t]+:[\w-]+:/.test(line))) {
      options = false;
      if (blank || paragraphs.length === 0) paragraphs.push({ start: k, end: e });
      else paragraphs[paragraphs.length - 1]!.end = e;
      blank = false;
    }
    k = e + 1;
  }
  const end = Math.min(k, doc.length);
  const [math, ...more] = paragraphs;
  return { start: i, end, ...(math ? { math } : {}), ...(more.length ? { more } : {}) };
}

/**
 * The document with blockquote markers (`> `, `> > `) at line starts replaced by spaces, offsets kept, so math
 * that spans quoted lines reads as if unquoted and a line holding only `>` ends a paragraph.
 */
export function maskBlockquotes(doc: string): string {
  if (!doc.includes('>')) return doc;
  return doc.replace(/^( {0,3}>(?: ?>)* ?)/gm, (m) => ' '.repeat(m.length));
}

export function lineEnd(doc: string, i: number): number {
  const k = doc.indexOf('\n', i);
  return k < 0 ? doc.length : k;
}

/** For each offset, where its paragraph ends (the next blank line, or the end of the document). */
export function paragraphEnds(doc: string): (pos: number) => number {
  const ends: number[] = [];
  const blank = /\n[ \t]*(?=\n)/g;
  for (let m = blank.exec(doc); m; m = blank.exec(doc)) ends.push(m.index);
  return (pos) => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return ends[lo] ?? doc.length;
  };
}
