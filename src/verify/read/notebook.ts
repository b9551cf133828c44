// Reads a Jupyter notebook (.ipynb): its Markdown cells as one Markdown text (code cells fenced in the kernel's language, their output as plain fenced code), with every offset mapped back to the notebook file's line and column.
import { createLineIndex, type LineIndex } from './lineIndex.js';

export interface NotebookText {
  /** The Markdown cells, in order, separated by blank lines. */
  text: string;
  /** Line and column in the .ipynb file of an offset into `text`. */
  lines: LineIndex;
  /** Code cells, in the text as fenced code with what they printed: their numbers are seen, not judged. */
  codeCells: number;
}

interface Cell {
  cell_type?: unknown;
  source?: unknown;
  outputs?: unknown;
}

/** A JSON string or list of strings (a cell's source, an output's text) as its lines. */
const linesOf = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** What a code cell printed: its streams and the plain text of its results, as lines. */
function outputLines(outputs: unknown): string[][] {
  if (!Array.isArray(outputs)) return [];
  return outputs.map((o: { text?: unknown; data?: Record<string, unknown> }) => linesOf(o?.text ?? o?.data?.['text/plain'])).filter((l) => l.length > 0);
}

/** The notebook's language (language_info.name, else the kernel's), as a fence's info string: its code cells are programs in it. */
function kernelLanguage(metadata: unknown): string {
  const m = metadata as { language_info?: { name?: unknown }; kernelspec?: { language?: unknown } } | undefined;
  const name = m?.language_info?.name ?? m?.kernelspec?.language;
  return typeof name === 'string' && /^[A-Za-z+#]+$/.test(name) ? name.toLowerCase() : '';
}

/** Throws an Error with a plain message when the file is not a notebook. */
export function readNotebook(raw: string): NotebookText {
  let nb: { cells?: unknown; metadata?: unknown };
  try {
    nb = JSON.parse(raw) as { cells?: unknown; metadata?: unknown };
  } catch (e) {
    throw new Error(`not a Jupyter notebook: the file is not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!nb || typeof nb !== 'object' || !Array.isArray(nb.cells)) throw new Error('not a Jupyter notebook: it has no "cells" list');
  const rawLines = createLineIndex(raw);
  const language = kernelLanguage(nb.metadata);
  const parts: string[] = [];
  /** For each piece of `text`: where it starts in `text` and the raw offset of each of its characters. */
  const pieces: { at: number; raw: number[] }[] = [];
  let length = 0;
  let cursor = 0;
  let codeCells = 0;
  /** Text of our own (blank lines, code fences), placed at the notebook's current position. */
  const own = (text: string): void => {
    parts.push(text);
    pieces.push({ at: length, raw: Array.from(text, () => cursor) });
    length += text.length;
  };
  const copy = (lines: readonly string[]): void => {
    for (const line of lines) {
      const found = findLiteral(raw, line, cursor);
      const offsets = found ? literalOffsets(raw, found) : Array.from(line, () => cursor);
      if (found) cursor = found + 1;
      parts.push(line);
      pieces.push({ at: length, raw: offsets });
      length += line.length;
    }
  };
  /** A code cell and what it printed, as fenced code: their numbers are seen and counted, never judged. */
  const fenced = (lines: readonly string[], language = ''): void => {
    own(`${parts.length > 0 ? '\n\n' : ''}\`\`\`${language}\n`);
    copy(lines);
    own('\n```');
  };
  for (const cell of nb.cells as Cell[]) {
    const lines = linesOf(cell.source);
    if (cell.cell_type === 'code') {
      codeCells++;
      const cellStart = cursor;
      if (lines.length > 0) fenced(lines, language);
      // a cell's outputs may stand before its source in the file (keys in alphabetical order): found from the cell's start
      const afterSource = cursor;
      cursor = cellStart;
      for (const out of outputLines(cell.outputs)) fenced(out);
      cursor = Math.max(cursor, afterSource);
    }
    if (cell.cell_type !== 'markdown') continue;
    if (parts.length > 0) own('\n\n');
    copy(lines);
  }
  const locate = (offset: number) => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid]!.at <= offset) lo = mid;
      else hi = mid - 1;
    }
    const p = pieces[lo];
    const raw = p ? p.raw[Math.min(offset - p.at, p.raw.length - 1)] ?? 0 : 0;
    return rawLines.locate(raw);
  };
  return { text: parts.join(''), lines: { locate }, codeCells };
}

/** The raw offset of the opening quote of `value` written as a JSON string at or after `from`, as Python's json or JSON.stringify writes it. */
function findLiteral(raw: string, value: string, from: number): number | undefined {
  for (const literal of [JSON.stringify(value), asciiLiteral(value)]) {
    const k = raw.indexOf(literal, from);
    if (k >= 0) return k;
  }
  return undefined;
}

function asciiLiteral(value: string): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** For the JSON string literal whose opening quote is at `quote`: the raw offset of each decoded UTF-16 unit. */
function literalOffsets(raw: string, quote: number): number[] {
  const out: number[] = [];
  for (let k = quote + 1; k < raw.length && raw[k] !== '"';) {
    if (raw[k] === '\\') {
      out.push(k);
      k += raw[k + 1] === 'u' ? 6 : 2;
    } else {
      out.push(k);
      k++;
    }
  }
  return out;
}
