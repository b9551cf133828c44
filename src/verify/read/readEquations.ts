// Reads a document's equations and parses each one: the document side of `verify`, with every skip placed at its line and column.
import { documentOffset, extractEquations, type ExtractOptions, type ExtractedEquation, type ExtractionSkip } from './extractEquations.js';
import type { LineIndex, Location } from './lineIndex.js';
import { parseLatexMath, type MathParse, type ParseOptions } from './parseLatexMath.js';
import type { Shapes } from './matrixShapes.js';
import { expandMatrices } from './matrixChains.js';
import { zeroBasedColumns } from './indexBase.js';

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
  /** Code blocks, code spans and verbatim environments: where numbers are seen but not judged. */
  code: { start: number; end: number; span?: boolean }[];
  /** The matrices whose columns the document counts from 0 (Θ_{10}: Ng's bias column), as indexBase.ts finds them. */
  zeroBased: ReadonlySet<string>;
}

export interface IndexBaseOptions {
  /** Matrices counted from 0 in the whole document, when this text is one part of it (its own are added). */
  zeroBased?: ReadonlySet<string>;
}

export function readEquations(doc: string, options: ExtractOptions & ParseOptions & IndexBaseOptions = {}): DocumentMath {
  const { equations, skipped, lines, code } = extractEquations(doc, options);
  const shapes: Shapes = new Map(); // the shapes of matrices named so far, for the equations after them
  const parses = equations.map((equation) => parseLatexMath(equation.latex, options));
  const zeroBased = new Set([...(options.zeroBased ?? []), ...zeroBasedColumns(parses)]);
  return {
    equations: equations.map((equation, k) => {
      const parse = expandMatrices(parses[k]!, shapes, zeroBased);
      const failure = parse.skipped ? parse : parse.failed[0];
      if (!failure) return { equation, parse };
      return { equation, parse, skip: { reason: failure.reason, ...lines.locate(documentOffset(equation, failure.column)) } };
    }),
    skipped,
    lines,
    code,
    zeroBased,
  };
}
