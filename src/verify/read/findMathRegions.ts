// Scans a document for math ($$…$$, $…$, \[…\], \(…\), math environments), skipping code and comments, in linear time.

export type DocumentFormat = 'tex' | 'md' | 'text';
export type Delimiter = '$' | '$$' | '\\[' | '\\(' | 'environment';

export interface MathRegion {
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
  /** Read \[…\] and \(…\) as math. Default: only in .tex (in Markdown, "\(" is an escaped parenthesis). */
  brackets?: boolean;
}

const MATH_ENVIRONMENTS = new Set(['equation', 'align', 'gather', 'multline', 'eqnarray', 'flalign', 'displaymath', 'math']
  .flatMap((e) => [e, `${e}*`]));
const VERBATIM_ENVIRONMENTS = new Set(['verbatim', 'verbatim*', 'Verbatim', 'lstlisting', 'minted', 'comment']);
const BEGIN = /\\begin\{([A-Za-z]+\*?)\}/y;
const FENCE = / {0,3}(`{3,}|~{3,})/y;

export function findMathRegions(doc: string, options: ScanOptions): { regions: MathRegion[]; skipped: RegionSkip[] } {
  const regions: MathRegion[] = [];
  const skipped: RegionSkip[] = [];
  const markdown = options.format !== 'tex';
  const brackets = options.brackets ?? options.format === 'tex';
  const paragraphEnd = paragraphEnds(doc);
  // For each closer: a range known to hold none, so a line of 10^6 unclosed "$" is scanned once, not 10^6 times.
  const noCloser = new Map<string, { from: number; until: number }>();
  const findCloser = (closer: string, from: number, until: number, valid: (k: number) => boolean): number => {
    const memo = noCloser.get(closer);
    if (memo && from >= memo.from && from < memo.until) return -1;
    for (let j = from; ;) {
      const k = doc.indexOf(closer, j);
      if (k < 0 || k + closer.length > until) {
        noCloser.set(closer, { from, until });
        return -1;
      }
      if (!isEscaped(doc, k) && valid(k)) return k;
      j = k + 1;
    }
  };
  const add = (start: number, end: number, delimiter: Delimiter, display: boolean, environment?: string): void => {
    const close = end + (environment ? `\\end{${environment}}`.length : delimiter.length);
    if (doc.slice(start, end).trim() === '') skipped.push({ offset: start, reason: `empty math ${delimiter === 'environment' ? environment : delimiter}` });
    else regions.push(environment ? { start, end, close, delimiter, display, environment } : { start, end, close, delimiter, display });
  };
  const interesting = markdown ? /[`\\$\n]/g : /[%\\$\n]/g;
  let i = 0;
  while (i < doc.length) {
    if (markdown && (i === 0 || doc[i - 1] === '\n')) {
      const after = codeBlockEnd(doc, i, options.format === 'md');
      if (after > i) {
        i = after;
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
    else if (c === '`') i = skipCodeSpan(doc, i, paragraphEnd(i), findCloser);
    else if (c === '%') i = lineEnd(doc, i);
    else if (c === '$' && next === '$') {
      const k = findCloser('$$', i + 2, paragraphEnd(i), () => true);
      if (k < 0) skipped.push({ offset: i, reason: 'unclosed $$ (no closing $$ in the same paragraph)' });
      else add(i + 2, k, '$$', true);
      i = k < 0 ? i + 2 : k + 2;
    } else if (c === '$') {
      // Pandoc's rule: $ opens before a non-space, closes after a non-space and not before a digit ($5 and $10 is prose).
      const opens = next !== undefined && !/\s/.test(next);
      let k = opens ? findCloser('$', i + 1, paragraphEnd(i), (j) => !/\s/.test(doc[j - 1]!) && !/\d/.test(doc[j + 1] ?? '')) : -1;
      // MathJax and KaTeX also close at "$w_6 = 0.4078 $": a space before the closer, when what it encloses is an equation.
      if (opens && k < 0) {
        const loose = doc.indexOf('$', i + 1);
        const body = loose > i && loose < paragraphEnd(i) && !isEscaped(doc, loose) ? doc.slice(i + 1, loose) : '';
        if (/\s$/.test(body) && /=/.test(body) && !body.includes('\n') && doc[loose + 1] !== '$' && !/\d/.test(doc[loose + 1] ?? '')) k = loose;
      }
      if (opens && k < 0) skipped.push({ offset: i, reason: 'unclosed $ (no closing $ in the same paragraph)' });
      if (k > i) add(i + 1, k, '$', false);
      i = k > i ? k + 1 : i + 1;
    } else if (brackets && (next === '[' || next === '(')) {
      const closer = next === '[' ? '\\]' : '\\)';
      const k = findCloser(closer, i + 2, doc.length, () => true);
      if (k < 0) skipped.push({ offset: i, reason: `unclosed \\${next} (no ${closer})` });
      else add(i + 2, k, next === '[' ? '\\[' : '\\(', next === '[');
      i = k < 0 ? i + 2 : k + 2;
    } else if (next === 'b' && (BEGIN.lastIndex = i, BEGIN.test(doc))) {
      const env = doc.slice(i + 7, BEGIN.lastIndex - 1);
      const bodyStart = BEGIN.lastIndex;
      if (MATH_ENVIRONMENTS.has(env) || (!markdown && VERBATIM_ENVIRONMENTS.has(env))) {
        const closer = `\\end{${env}}`;
        const k = findCloser(closer, bodyStart, doc.length, () => true);
        if (k < 0) skipped.push({ offset: i, reason: `unclosed \\begin{${env}} (no ${closer})` });
        else if (MATH_ENVIRONMENTS.has(env)) add(bodyStart, k, 'environment', true, env);
        i = k < 0 ? (VERBATIM_ENVIRONMENTS.has(env) ? doc.length : bodyStart) : k + closer.length;
      } else i = bodyStart;
    } else if (!markdown && doc.startsWith('\\verb', i)) {
      const delim = doc[i + 5] === '*' ? doc[i + 6] : doc[i + 5];
      const k = delim ? doc.indexOf(delim, i + 6 + (doc[i + 5] === '*' ? 1 : 0)) : -1;
      i = k < 0 ? i + 5 : k + 1;
    } else i += next === '\n' ? 1 : 2;
  }
  return { regions, skipped };
}

function isEscaped(doc: string, k: number): boolean {
  let n = 0;
  while (k - n - 1 >= 0 && doc[k - n - 1] === '\\') n++;
  return n % 2 === 1;
}

function lineEnd(doc: string, i: number): number {
  const k = doc.indexOf('\n', i);
  return k < 0 ? doc.length : k;
}

/** For each offset, where its paragraph ends (the next blank line, or the end of the document). */
function paragraphEnds(doc: string): (pos: number) => number {
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

/** A fenced block (``` or ~~~) or, in Markdown, an indented block after a blank line: returns where it ends, or `i`. */
function codeBlockEnd(doc: string, i: number, indented: boolean): number {
  FENCE.lastIndex = i;
  const fence = FENCE.exec(doc);
  if (fence) {
    const mark = fence[1]!;
    const close = new RegExp(`^ {0,3}${mark[0] === '`' ? '`' : '~'}{${mark.length},}[ \\t]*$`, 'gm');
    close.lastIndex = lineEnd(doc, i);
    const m = close.exec(doc);
    return m ? lineEnd(doc, m.index) : doc.length;
  }
  if (!indented || !/^(?: {4}|\t)/.test(doc.slice(i, i + 4)) || doc.slice(i, lineEnd(doc, i)).trim() === '') return i;
  const prevStart = doc.lastIndexOf('\n', i - 2) + 1;
  if (i > 0 && doc.slice(prevStart, i).trim() !== '') return i;
  let k = i;
  while (k < doc.length) {
    const e = lineEnd(doc, k);
    const line = doc.slice(k, e);
    if (line.trim() !== '' && !/^(?: {4}|\t)/.test(line)) break;
    k = e + 1;
  }
  return Math.min(k, doc.length);
}

/** A Markdown code span: a run of backticks closed by a run of the same length in the same paragraph. */
function skipCodeSpan(doc: string, i: number, until: number, findCloser: (c: string, f: number, u: number, v: (k: number) => boolean) => number): number {
  let n = 0;
  while (doc[i + n] === '`') n++;
  const run = '`'.repeat(n);
  const k = findCloser(run, i + n, until, (j) => doc[j - 1] !== '`' && doc[j + n] !== '`');
  return k < 0 ? i + n : k + n;
}
