// Scans a document for math ($$…$$, $…$, \[…\], \(…\), kramdown's \\(…\\) and \`AsciiMath\`, ```math fences, math environments, reStructuredText's .. math:: and :math:`…`), skipping code and comments, in linear time.
import { codeBlockAt, lineEnd, maskBlockquotes, paragraphEnds } from './markdownBlocks.js';
import { createCloserSearch, isEscaped, type FindCloser } from './closerSearch.js';

export type DocumentFormat = 'tex' | 'md' | 'text' | 'ipynb';
export type Delimiter = '$' | '$$' | '\\[' | '\\(' | '\\\\[' | '\\\\(' | 'fence' | 'environment' | 'plain' | 'asciimath';

export interface MathRegion {
  /** Offset of the opening delimiter ($$, \[, \begin{…}, the fence). */
  open: number;
  /** Offsets of the math body, delimiters excluded. */
  start: number;
  end: number;
  /** Offset just past the closing delimiter. */
  close: number;
  delimiter: Delimiter;
  environment?: string;
  display: boolean;
}

export interface RegionSkip {
  offset: number;
  reason: string;
}

export interface ScanOptions {
  format: DocumentFormat;
  /**
   * Read \[…\] and \(…\) as math. Default: always in TeX; in Markdown and text when what they enclose looks like
   * math (in Markdown "\(" is also an escaped parenthesis: "\(from scratch\)" is prose).
   */
  brackets?: boolean;
}

export interface ScanResult {
  regions: MathRegion[];
  skipped: RegionSkip[];
  /**
   * Code blocks and spans (Markdown) and verbatim environments (TeX): their numbers are not judged (`span`: inline
   * code). A TeX % comment is listed too (`comment`): it is neither prose nor code, and its numbers are not counted.
   */
  code: CodeRange[];
  /** The text the regions index: the document with Markdown blockquote markers blanked, offsets unchanged. */
  text: string;
}

const MATH_ENVIRONMENTS = new Set(['equation', 'align', 'gather', 'multline', 'eqnarray', 'flalign', 'displaymath', 'math']
  .flatMap((e) => [e, `${e}*`]));
const VERBATIM_ENVIRONMENTS = new Set(['verbatim', 'verbatim*', 'Verbatim', 'lstlisting', 'minted', 'comment']);
const BEGIN = /\\begin\{([A-Za-z]+\*?)\}/y;
/**
 * What \( … \) encloses in Markdown when the backslashes only escape parentheses: words and spaces ("\(from
 * scratch\)"), or Markdown escapes that no math uses (\+ \- \* \= \< \> are tabbing or hyphenation commands in LaTeX).
 */
const NOT_MATH = /^[A-Za-z][A-Za-z ,.'-]*$|\\[-+*=<>`]/;

/** A stretch of the document that is not prose: code (`span`: inline code) or a TeX % comment (`comment`). */
export interface CodeRange {
  start: number;
  end: number;
  span?: boolean;
  comment?: boolean;
}

export function findMathRegions(source: string, options: ScanOptions): ScanResult {
  const markdown = options.format !== 'tex';
  const doc = markdown ? maskBlockquotes(source) : source;
  const regions: MathRegion[] = [];
  const skipped: RegionSkip[] = [];
  const code: ScanResult['code'] = [];
  const paragraphEnd = paragraphEnds(doc);
  const findCloser = createCloserSearch(doc);
  const add = (open: number, start: number, end: number, close: number, delimiter: Delimiter, display: boolean, environment?: string): void => {
    if (doc.slice(start, end).trim() === '') skipped.push({ offset: start, reason: `empty math ${delimiter === 'environment' ? environment : delimiter}` });
    else regions.push(environment ? { open, start, end, close, delimiter, display, environment } : { open, start, end, close, delimiter, display });
  };
  /** \( … \), \[ … \] and kramdown's \\( … \\): `open` is the opener's length (2 or 3). */
  const bracket = (i: number, open: number, kind: '(' | '['): number => {
    const closer = `${open === 3 ? '\\\\' : '\\'}${kind === '(' ? ')' : ']'}`;
    const until = markdown ? paragraphEnd(i) : doc.length;
    const k = findCloser(closer, i + open, until, () => true);
    const body = k < 0 ? '' : doc.slice(i + open, k).trim();
    if (markdown && options.brackets !== true && (k < 0 || NOT_MATH.test(body))) return i + open;
    if (k < 0) skipped.push({ offset: i, reason: `unclosed ${doc.slice(i, i + open)} (no ${closer})` });
    else add(i, i + open, k, k + closer.length, `${open === 3 ? '\\\\' : '\\'}${kind}` as Delimiter, kind === '[');
    return k < 0 ? i + open : k + closer.length;
  };
  const brackets = options.brackets ?? true;
  const interesting = markdown ? /[`\\$\n<]/g : /[%\\$\n]/g;
  let i = 0;
  while (i < doc.length) {
    if (markdown && (i === 0 || doc[i - 1] === '\n')) {
      const block = codeBlockAt(doc, i, options.format === 'md');
      if (block) {
        if (block.math) for (const m of [block.math, ...(block.more ?? [])]) add(block.start, m.start, m.end, block.end, 'fence', true);
        else code.push({ start: block.start, end: block.end });
        i = block.end;
        continue;
      }
    }
    interesting.lastIndex = i;
    const m = interesting.exec(doc);
    if (!m) break;
    i = m.index;
    const c = doc[i]!;
    const next = doc[i + 1];
    if (c === '\n') i++;
    else if (c === '`') {
      const end = skipCodeSpan(doc, i, paragraphEnd(i), findCloser);
      if (end > i + 2 && doc.startsWith(':math:', i - 6) && doc[i + 1] !== '`') add(i - 6, i + 1, end - 1, end, '$', false); // reStructuredText's role
      else if (end > i + 1) code.push({ start: i, end, span: true });
      i = end;
    } else if (c === '<') {
      // <!-- … --> is not rendered: its math (a commented-out draft, delimiters named in a note) is not the page's
      const k = doc.startsWith('<!--', i) ? doc.indexOf('-->', i + 4) : -1;
      if (k >= 0) code.push({ start: i, end: k + 3, comment: true });
      i = k < 0 ? i + 1 : k + 3;
    } else if (c === '%') {
      const end = lineEnd(doc, i);
      code.push({ start: i, end, comment: true });
      i = end;
    }
    else if (c === '$' && next === '$') {
      const k = findCloser('$$', i + 2, paragraphEnd(i), () => true);
      if (k < 0) skipped.push({ offset: i, reason: 'unclosed $$ (no closing $$ in the same paragraph)' });
      else add(i, i + 2, k, k + 2, '$$', true);
      i = k < 0 ? i + 2 : k + 2;
    } else if (c === '$') i = inlineDollar(doc, i, paragraphEnd(i), findCloser, skipped, add);
    else if (markdown && next === '`') {
      // kramdown's escaped backticks around AsciiMath (\`x = 1\`), math only where closed in the same paragraph
      const k = findCloser('\\`', i + 2, paragraphEnd(i), () => true);
      if (k > i + 2 && !NOT_MATH.test(doc.slice(i + 2, k).trim())) add(i, i + 2, k, k + 2, 'asciimath', false);
      i = k > i + 2 ? k + 2 : i + 2;
    } else if (brackets && (next === '[' || next === '(')) i = bracket(i, 2, next);
    else if (brackets && markdown && next === '\\' && (doc[i + 2] === '(' || doc[i + 2] === '[')) i = bracket(i, 3, doc[i + 2] as '(' | '[');
    else if (next === 'b' && (BEGIN.lastIndex = i, BEGIN.test(doc))) {
      const env = doc.slice(i + 7, BEGIN.lastIndex - 1);
      const bodyStart = BEGIN.lastIndex;
      if (MATH_ENVIRONMENTS.has(env) || (!markdown && VERBATIM_ENVIRONMENTS.has(env))) {
        const closer = `\\end{${env}}`;
        const k = findCloser(closer, bodyStart, doc.length, () => true);
        if (k < 0) skipped.push({ offset: i, reason: `unclosed \\begin{${env}} (no ${closer})` });
        else if (MATH_ENVIRONMENTS.has(env)) add(i, bodyStart, k, k + closer.length, 'environment', true, env);
        else code.push({ start: i, end: k + closer.length });
        i = k < 0 ? (VERBATIM_ENVIRONMENTS.has(env) ? doc.length : bodyStart) : k + closer.length;
      } else i = bodyStart;
    } else if (!markdown && doc.startsWith('\\verb', i)) {
      const delim = doc[i + 5] === '*' ? doc[i + 6] : doc[i + 5];
      const k = delim ? doc.indexOf(delim, i + 6 + (doc[i + 5] === '*' ? 1 : 0)) : -1;
      i = k < 0 ? i + 5 : k + 1;
    } else i += next === '\n' ? 1 : 2;
  }
  return { regions, skipped, code, text: doc };
}

/** An HTML tag (<span class="result">, </p>): never part of math. */
export const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?>/;

/** Pandoc's rule: $ opens before a non-space, closes after a non-space and not before a digit ($5 and $10 is prose). */
function inlineDollar(doc: string, i: number, until: number, findCloser: FindCloser, skipped: RegionSkip[], add: (o: number, s: number, e: number, c: number, d: Delimiter, display: boolean) => void): number {
  const next = doc[i + 1];
  const opens = next !== undefined && !/\s/.test(next);
  let k = opens ? findCloser('$', i + 1, until, (j) => !/\s/.test(doc[j - 1]!) && !/\d/.test(doc[j + 1] ?? '')) : -1;
  // MathJax and KaTeX also close at "$w_6 = 0.4078 $": a space before the closer, when what it encloses is an equation;
  // also where the strict closer would take in HTML ("$g = 2(5) = $ <span class="result">$10$": no math holds a tag)
  if (opens && (k < 0 || HTML_TAG.test(doc.slice(i + 1, k)))) {
    const loose = doc.indexOf('$', i + 1);
    const body = loose > i && loose < until && !isEscaped(doc, loose) ? doc.slice(i + 1, loose) : '';
    if (/\s$/.test(body) && /=/.test(body) && !body.includes('\n') && doc[loose + 1] !== '$' && !/\d/.test(doc[loose + 1] ?? '')) k = loose;
  }
  // and open at "$ \Theta^{(2)} = [..]$": a space after the opener, when what it encloses is an equation in TeX
  if (!opens && next === ' ') {
    const loose = doc.indexOf('$', i + 1);
    const body = loose > i && loose < until && !isEscaped(doc, loose) ? doc.slice(i + 1, loose) : '';
    if (/=/.test(body) && /[\\^_]/.test(body) && !/^\s*\d/.test(body) && !body.includes('\n') && doc[loose + 1] !== '$') k = loose;
  }
  if (opens && k < 0) skipped.push({ offset: i, reason: 'unclosed $ (no closing $ in the same paragraph)' });
  if (k > i) add(i, i + 1, k, k + 1, '$', false);
  return k > i ? k + 1 : i + 1;
}

/** A Markdown code span: a run of backticks closed by a run of the same length in the same paragraph. */
function skipCodeSpan(doc: string, i: number, until: number, findCloser: FindCloser): number {
  let n = 0;
  while (doc[i + n] === '`') n++;
  const run = '`'.repeat(n);
  const k = findCloser(run, i + n, until, (j) => doc[j - 1] !== '`' && doc[j + n] !== '`');
  return k < 0 ? i + n : k + n;
}
