// Finds every equation of a document, display and inline, with its line and column; what it cannot read is reported, never thrown.
import { findMathRegions, type CodeRange, type Delimiter, type DocumentFormat } from './findMathRegions.js';
import { createLineIndex, type LineIndex } from './lineIndex.js';
import { splitMathRows } from './splitMathRows.js';
import { braceNotes } from './braceNotes.js';
import { asciiMathToTex, spreadOffsets } from './asciiMath.js';

export type { Delimiter, DocumentFormat };

export interface ExtractedEquation {
  /** 0-based, in document order. */
  index: number;
  /** The equation's LaTeX. Alignment marks (&, \\) are replaced by spaces, so latex[k] is at document offset `offset + k`. */
  latex: string;
  offset: number;
  /** 1-based line and column of latex[0]. */
  line: number;
  column: number;
  delimiter: Delimiter;
  /** For delimiter 'environment': equation, align*, gather... */
  environment?: string;
  display: boolean;
  /** Index of the math region it came from: the rows of one align share it. */
  region: number;
  /** Document offset just past the region's closing delimiter (where an annotation can go after the math). */
  regionClose: number;
  /** Document offset of the region's opening delimiter (none for equations read from plain text and tables). */
  regionOpen?: number;
  /** For an equation rewritten from plain text: the document offset of each character of `latex` (and of its end). */
  offsets?: number[];
}

/** The document offset of character `k` of an equation's LaTeX. */
export function documentOffset(e: ExtractedEquation, k: number): number {
  return e.offsets ? e.offsets[Math.min(Math.max(k, 0), e.offsets.length - 1)]! : e.offset + k;
}

export interface ExtractionSkip {
  offset: number;
  line: number;
  column: number;
  reason: string;
}

export interface Extraction {
  equations: ExtractedEquation[];
  skipped: ExtractionSkip[];
  lines: LineIndex;
  /** Code blocks, code spans and verbatim environments: where numbers are seen but not judged. */
  code: CodeRange[];
}

export interface ExtractOptions {
  /** Default 'md'. Markdown and text skip code spans and fences; TeX skips % comments and verbatim. */
  format?: DocumentFormat;
  /** Read \[…\] and \(…\) as math: true always, false never; by default always in TeX, and in Markdown when they enclose math. */
  brackets?: boolean;
  /** Longer math regions are skipped whole (default 100000 characters). */
  maxRegionLength?: number;
  /** Where offsets are in the file, when the text is not the file itself (a notebook's Markdown cells). */
  lines?: LineIndex;
}

/** The format implied by a file name: .tex/.ltx → tex, .md/.markdown → md, .ipynb → ipynb, anything else → text. */
export function formatOfPath(path: string): DocumentFormat {
  if (/\.(tex|ltx|latex)$/i.test(path)) return 'tex';
  if (/\.(md|markdown|mdx|qmd|rmd)$/i.test(path)) return 'md';
  if (/\.ipynb$/i.test(path)) return 'ipynb';
  return 'text';
}

/** Math holding nothing but a number, as PDF conversions leave behind: $$(10)$$. */
const EQUATION_NUMBER_ONLY = /^(?:\(\s*\d+\s*\)|\\tag\*?\{[^{}]*\})$/;

export function extractEquations(doc: string, options: ExtractOptions = {}): Extraction {
  const lines = options.lines ?? createLineIndex(doc);
  const format = options.format ?? 'md';
  const maxRegion = options.maxRegionLength ?? 100_000;
  const found = findMathRegions(doc, { format, brackets: options.brackets });
  const skipped: ExtractionSkip[] = found.skipped.map((s) => ({ ...s, ...lines.locate(s.offset) }));
  const equations: ExtractedEquation[] = [];
  found.regions.forEach((r, region) => {
    if (r.end - r.start > maxRegion) {
      skipped.push({ offset: r.start, ...lines.locate(r.start), reason: `math of ${r.end - r.start} characters (limit ${maxRegion})` });
      return;
    }
    const body = found.text.slice(r.start, r.end);
    // AsciiMath is read as the LaTeX it converts to, each character placed back in its span
    const tex = r.delimiter === 'asciimath' ? asciiMathToTex(body) : body;
    if (tex === undefined) {
      skipped.push({ offset: r.start, ...lines.locate(r.start), reason: 'AsciiMath that could not be converted to LaTeX' });
      return;
    }
    const spread = tex === body ? undefined : spreadOffsets(r.start, body.length, tex.length);
    for (const slice of splitMathRows(tex)) {
      // the document offset of the slice's character k (through the spread for AsciiMath)
      const at = (k: number): number => (spread ? spread[Math.min(slice.start + k, spread.length - 1)]! : r.start + slice.start + k);
      const offset = at(0);
      if (EQUATION_NUMBER_ONLY.test(slice.latex)) {
        skipped.push({ offset, ...lines.locate(offset), reason: `only an equation number, ${slice.latex}: the equation itself is missing` });
        continue;
      }
      equations.push({
        index: equations.length,
        latex: slice.latex,
        offset,
        ...lines.locate(offset),
        delimiter: r.delimiter,
        ...(r.environment ? { environment: r.environment } : {}),
        display: r.display,
        region,
        regionOpen: r.open,
        regionClose: r.close,
        ...(slice.offsets ? { offsets: slice.offsets.map((k) => at(k - slice.start)) } : spread ? { offsets: spread.slice(slice.start, slice.start + slice.latex.length + 1) } : {}),
      });
      // a brace's note that prints a number (\underbrace{…}_{0.7414}) is a statement of its own, at the note's place
      for (const note of braceNotes(slice.latex)) {
        const last = equations.at(-1)!;
        equations.push({ ...last, index: equations.length, latex: note.latex, ...lines.locate(at(note.at[0]!)), offset: at(note.at[0]!), offsets: note.at.map(at) });
      }
    }
  });
  skipped.sort((a, b) => a.offset - b.offset);
  return { equations, skipped: summarize(skipped), lines, code: found.code };
}

/** At most MAX_REPORTED skips are listed; the rest are counted in one last entry, so a hostile file gives a readable report. */
const MAX_REPORTED = 100;

function summarize(skipped: ExtractionSkip[]): ExtractionSkip[] {
  if (skipped.length <= MAX_REPORTED) return skipped;
  const rest = skipped[MAX_REPORTED]!;
  return [...skipped.slice(0, MAX_REPORTED), { ...rest, reason: `${skipped.length - MAX_REPORTED} more unreadable pieces of math from here on` }];
}
