// Tables of numbers (Markdown pipe tables, HTML <table>, LaTeX tabular): header and rows of cells with their text, offsets and numbers.

/** A cell: its text as written (backticks, $, \( \) and bold markers dropped), where it starts, and its number when it is one. */
export interface TableCell {
  text: string;
  offset: number;
  number?: { text: string; value: number; decimals: number; offset: number };
}

export interface DocumentTable {
  header: TableCell[];
  rows: TableCell[][];
  /** Document offset of the table's first character and just past its last. */
  start: number;
  end: number;
}

const NUMBER = /^\s*(-?\d+(?:\.\d+)?)\s*$/;
/** |---|---| in Markdown; |----+----| in org mode. */
const DELIMITER_ROW = /^\s*\|?\s*:?-{2,}:?\s*([|+]\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Every table of a document: pipe tables in Markdown and text, tabular/array environments in TeX. */
export function findTables(text: string, format: string): DocumentTable[] {
  if (format === 'tex') return findTabulars(text);
  return text.includes('<t') ? [...findPipeTables(text), ...findHtmlTables(text)].sort((a, b) => a.start - b.start) : findPipeTables(text);
}

/** <table> … </table>: rows at <tr>, cells at <td>/<th> (their tags and any inner markup blanked); the first row is the header. */
function findHtmlTables(text: string): DocumentTable[] {
  const tables: DocumentTable[] = [];
  const OPEN = /<table\b[^>]*>/gi;
  for (let m = OPEN.exec(text); m; m = OPEN.exec(text)) {
    const close = text.toLowerCase().indexOf('</table>', OPEN.lastIndex);
    if (close < 0) break;
    const rows: TableCell[][] = [];
    for (const row of text.slice(OPEN.lastIndex, close).matchAll(/<tr\b[^>]*>([\s\S]*?)(?=<tr\b|$)/gi)) {
      const rowStart = OPEN.lastIndex + row.index! + row[0].length - row[1]!.length;
      const cells: TableCell[] = [];
      for (const c of row[1]!.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)(?=<\/t[dh]>|<t[dh]\b|<\/tr>|$)/gi)) {
        const inner = c[1]!;
        cells.push(cell(inner.replace(/<[^>]*>/g, (x) => ' '.repeat(x.length)), rowStart + c.index! + c[0].length - inner.length));
      }
      if (cells.some((c) => c.text !== '')) rows.push(cells);
    }
    if (rows.length >= 2) tables.push({ header: rows[0]!, rows: rows.slice(1), start: m.index, end: close + '</table>'.length });
    OPEN.lastIndex = close;
  }
  return tables;
}

function findPipeTables(text: string): DocumentTable[] {
  const tables: DocumentTable[] = [];
  const lines: { text: string; start: number }[] = [];
  for (let at = 0; at <= text.length;) {
    const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    lines.push({ text: text.slice(at, end), start: at });
    at = end + 1;
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.text.includes('|') || !DELIMITER_ROW.test(lines[i + 1]!.text)) continue;
    const header = pipeCells(lines[i]!);
    const rows: TableCell[][] = [];
    let k = i + 2;
    for (; k < lines.length && lines[k]!.text.includes('|') && lines[k]!.text.trim() !== ''; k++) rows.push(pipeCells(lines[k]!));
    tables.push({ header, rows, start: lines[i]!.start, end: lines[k - 1]!.start + lines[k - 1]!.text.length });
    i = k - 1;
  }
  return tables;
}

function pipeCells(line: { text: string; start: number }): TableCell[] {
  const cells: TableCell[] = [];
  const s = line.text;
  let from = s.trimStart().startsWith('|') ? s.indexOf('|') + 1 : 0;
  for (let k = from; k <= s.length; k++) {
    if (k < s.length && (s[k] !== '|' || s[k - 1] === '\\')) continue;
    if (k === s.length && s.slice(from).trim() === '') break;
    cells.push(cell(s.slice(from, k), line.start + from));
    from = k + 1;
  }
  return cells;
}

/** \begin{tabular}{…} … \end{tabular}: rows at \\, cells at &, rules (\toprule, \hline) dropped; the first row is the header. */
function findTabulars(text: string): DocumentTable[] {
  const tables: DocumentTable[] = [];
  const BEGIN = /\\begin\{(tabular\*?|tabularx|array|longtable)\}(\{[^{}]*\}){1,2}/g;
  for (let m = BEGIN.exec(text); m; m = BEGIN.exec(text)) {
    const close = text.indexOf(`\\end{${m[1]}}`, BEGIN.lastIndex);
    if (close < 0) break;
    const body = BEGIN.lastIndex;
    const inner = text.slice(body, close);
    const ranges: [number, number][] = [];
    let from = 0;
    for (const b of inner.matchAll(/\\\\(?:\s*\[[^\]]*\])?/g)) {
      ranges.push([from, b.index!]);
      from = b.index! + b[0].length;
    }
    ranges.push([from, inner.length]);
    const rows: TableCell[][] = [];
    for (const [a, b] of ranges) {
      const cells: TableCell[] = [];
      let at = a;
      for (const c of inner.slice(a, b).split('&')) {
        cells.push(cell(c.replace(/\\(toprule|midrule|bottomrule|hline|cline\{[^}]*\})/g, (x) => ' '.repeat(x.length)), body + at));
        at += c.length + 1;
      }
      if (cells.some((c) => c.text !== '')) rows.push(cells);
    }
    if (rows.length >= 2) tables.push({ header: rows[0]!, rows: rows.slice(1), start: m.index, end: close });
    BEGIN.lastIndex = close;
  }
  return tables;
}

/** A cell's text with its wrapping ($…$, \(…\), `…`, **…**) dropped, and its number when the cell is one. */
function cell(raw: string, offset: number): TableCell {
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim().replace(/^\*\*(.*)\*\*$/, '$1').replace(/^`(.*)`$/, '$1').replace(/^\$(.*)\$$/, '$1').replace(/^\\{1,2}\((.*)\\{1,2}\)$/, '$1').trim();
  const inner = raw.indexOf(text, lead);
  const m = NUMBER.exec(text);
  if (!m) return { text, offset: offset + lead };
  const n = m[1]!;
  const dot = n.indexOf('.');
  return { text, offset: offset + lead, number: { text: n, value: Number(n), decimals: dot < 0 ? 0 : n.length - dot - 1, offset: offset + Math.max(inner, lead) + text.indexOf(n) } };
}
