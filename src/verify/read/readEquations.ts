// Reads a document's equations and parses each one: the document side of `verify`, with every skip placed at its line and column.
import { documentOffset, extractEquations, type ExtractOptions, type ExtractedEquation, type ExtractionSkip } from './extractEquations.js';
import type { CodeRange } from './findMathRegions.js';
import type { LineIndex, Location } from './lineIndex.js';
import { parseLatexMath, type MathParse, type ParseOptions } from './parseLatexMath.js';
import type { Shapes } from './matrixShapes.js';
import { joinContinuedMath } from './joinCells.js';
import { expandMatrices } from './matrixChains.js';
import { indexBaseOf, type IndexBase } from './indexBase.js';

export interface DocumentEquation {
  equation: ExtractedEquation;
  parse: MathParse;
  /** Where and why this equation (or, when it partly parsed, its first failed statement) was skipped. */
  skip?: Location & { reason: string };
}

export interface DocumentMath {
  equations: DocumentEquation[];
  /** Pieces of the document that are not equations at all: unclosed $, overlong math. */
  skipped: ExtractionSkip[];
  lines: LineIndex;
  /** Code blocks, code spans and verbatim environments (numbers seen, not judged), and TeX comments (not seen). */
  code: CodeRange[];
  /** How the document counts matrix columns and vector entries (from 0 or 1), as indexBase.ts finds it. */
  indexBase: IndexBase;
}

export interface IndexBaseOptions {
  /** How the whole document counts its indices, when this text is one part of it (its own are added). */
  indexBase?: IndexBase;
}

export function readEquations(doc: string, options: ExtractOptions & ParseOptions & IndexBaseOptions = {}): DocumentMath {
  const extracted = extractEquations(doc, options);
  const { skipped, lines, code } = extracted;
  const shapes: Shapes = new Map(); // the shapes of matrices named so far, for the equations after them
  const read = joinContinuedMath(extracted.equations.map((equation) => ({ equation, parse: parseLatexMath(equation.latex, options) })), doc, options);
  const equations = read.map((r) => r.equation);
  const parses = read.map((r) => r.parse);
  const indexBase = indexBaseOf(parses, options.indexBase);
  return {
    equations: equations.map((equation, k) => {
      const parse = expandMatrices(parses[k]!, shapes, indexBase);
      const failure = parse.skipped ? parse : parse.failed[0];
      if (!failure) return { equation, parse };
      return { equation, parse, skip: { reason: failure.reason, ...lines.locate(documentOffset(equation, failure.column)) } };
    }),
    skipped,
    lines,
    code,
    indexBase,
  };
}
