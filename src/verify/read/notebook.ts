// Reads a Jupyter notebook (.ipynb): its Markdown cells as one Markdown text, with every offset mapped back to the notebook file's line and column.
import { createLineIndex, type LineIndex } from './lineIndex.js';

export interface NotebookText {
  /** The Markdown cells, in order, separated by blank lines. */
  text: string;
  /** Line and column in the .ipynb file of an offset into `text`. */
  lines: LineIndex;
  /** Code cells' sources, as seen: their numbers are not judged. */
  codeCells: number;
}

interface Cell {
  cell_type?: unknown;
  source?: unknown;
}

/** Throws an Error with a plain message when the file is not a notebook. */
export function readNotebook(raw: string): NotebookText {
  let nb: { cells?: unknown };
  try {
    nb = JSON.parse(raw) as { cells?: unknown };
  } catch (e) {
    throw new Error(`not a Jupyter notebook: the file is not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!nb || typeof nb !== 'object' || !Array.isArray(nb.cells)) throw new Error('not a Jupyter notebook: it has no "cells" list');
  const rawLines = createLineIndex(raw);
  const parts: string[] = [];
  /** For each piece of `text`: where it starts in `text` and the raw offset of each of its characters. */
  const pieces: { at: number; raw: number[] }[] = [];
  let length = 0;
  let cursor = 0;
  let codeCells = 0;
  for (const cell of nb.cells as Cell[]) {
    const lines = typeof cell.source === 'string' ? [cell.source] : Array.isArray(cell.source) ? cell.source.filter((s): s is string => typeof s === 'string') : [];
    if (cell.cell_type !== 'markdown') {
      if (cell.cell_type === 'code') codeCells++;
      continue;
    }
    if (parts.length > 0) {
      parts.push('\n\n');
      pieces.push({ at: length, raw: [cursor, cursor] });
      length += 2;
    }
    for (const line of lines) {
      const found = findLiteral(raw, line, cursor);
      const offsets = found ? literalOffsets(raw, found) : Array.from(line, () => cursor);
      if (found) cursor = found + 1;
      parts.push(line);
      pieces.push({ at: length, raw: offsets });
      length += line.length;
    }
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
