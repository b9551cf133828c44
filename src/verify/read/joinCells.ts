// A table row that writes a computation in one cell and its value in the next (| $z = 0.5 \times 2$ | $\approx 1.0$ |) says
// one statement: the value cell continues the computation's chain, each number still at its own cell; so does a label's
// name and the value after its colon (**Label ($Y_{true}$):** $1$).
import { FunctionNode, OperatorNode } from '../../util/mathjs.js';
import { readsAnySymbol } from '../../util/mathNodes.js';
import { nodeKey } from './canonicalName.js';
import { documentOffset, type ExtractedEquation } from './extractEquations.js';
import { HTML_TAG } from './findMathRegions.js';
import type { MathParse, MathSide, ParseOptions } from './parseLatexMath.js';
import { parseLatexMath } from './parseLatexMath.js';

/** An equation and its parse: readEquations' DocumentEquation, which calls this file before it has any. */
interface DocumentEquation {
  equation: ExtractedEquation;
  parse: MathParse;
}

/** A statement that starts with its relation (= 0.3), and one left open at it (z = 0.3 \cdot 2 =). */
const OPENS_WITH_RELATION = /^\s*(?:=|\\approx|≈)/;
const ENDS_WITH_RELATION = /(?:=|\\approx|≈)\s*$/;

/** Between a statement and its continuation: white space, math delimiters, blockquote markers; no words. */
const LINE_BREAK = /^[\s$>]*$/;

/**
 * `$$z = (0.1)(0.05) + 0.15$$` then, on its own line, `$$= 0.005 + 0.15 = 0.155$$`: a statement that starts with its
 * relation continues the chain just above it.
 */
function continues(a: DocumentEquation, b: DocumentEquation, text: string): boolean {
  if (a.parse.skipped || b.parse.skipped || a.parse.chains.length === 0 || b.parse.chains.length !== 1) return false;
  if (!OPENS_WITH_RELATION.test(b.equation.latex) || !b.parse.chains[0]!.sides[0]!.blank) return false;
  const end = documentOffset(a.equation, a.equation.latex.length);
  const start = b.equation.offset;
  // math that ends a plain-text equation (`w⁺ = w - $\eta$ * $\frac{∂E}{∂w}$`) is one operand of it, not a chain to
  // continue; a line that starts with "=" (`= $\frac{1}{1 + e^{-1.6}}$`) is a step of its own
  const before = text.slice(text.lastIndexOf('\n', a.equation.offset) + 1, a.equation.offset);
  if (before.includes('=') && !/^[\s>*+-]*=/.test(before)) return false;
  return start > end && start - end < 80 && LINE_BREAK.test(text.slice(end, start)) && text.slice(end, start).includes('\n');
}

/** Between an equation left open and its value: white space, math delimiters and HTML tags, no words outside them. */
const TAGS_ONLY = new RegExp(`^(?:[\\s$]|${HTML_TAG.source})*$`);

/** `$g_2 = 2(4.9) = $ <span class="result">$9.8$</span>`: an equation that ends in its relation, then its value. */
function completes(a: DocumentEquation, b: DocumentEquation, text: string): boolean {
  if (a.parse.skipped || b.parse.skipped || a.parse.chains.length !== 1 || !VALUE_ONLY.test(b.equation.latex)) return false;
  if (!ENDS_WITH_RELATION.test(a.equation.latex) || !a.parse.chains[0]!.sides.at(-1)!.blank) return false;
  const end = documentOffset(a.equation, a.equation.latex.length);
  const start = b.equation.offset;
  return start > end && start - end < 120 && TAGS_ONLY.test(text.slice(end, start));
}

/** A cell holding only a value: 1.0, \approx 0.6225, = -0.3775, ≈ 0.5. */
const VALUE_ONLY = /^\s*(?:(?:=|\\approx|≈)\s*)?-?\d+(?:\.\d+)?\s*$/;
/** Between two cells of one row: the cell border and the math delimiters, nothing else. */
const CELL_BORDER = /^[\s$]*[|&][\s$]*$/;

/**
 * Math that continues the math above it, joined before its matrices are expanded (a continuation of matrices,
 * `= [2; -1](-0.007) = [-0.014; 0.007]`, is one chain until then, and its entries need the shapes known above it).
 */
export function joinContinuedMath(equations: DocumentEquation[], text: string, options: ParseOptions): DocumentEquation[] {
  const out: DocumentEquation[] = [];
  for (const e of equations) {
    const prev = out.at(-1);
    if (prev && continues(prev, e, text)) out[out.length - 1] = joined(prev, e, options);
    else out.push(e);
  }
  out.forEach((e, i) => (e.equation.index = i));
  return out;
}

/** Between a label's name and its value: a closing parenthesis, a colon, bold markers and math delimiters, no words. */
const LABEL_GAP = /^[\s$*]*\)?[\s$*]*:[\s$*]*$/;

/** `**Label ($Y_{true}$):** $1$`: a name alone in math, a colon, then a value alone in math: the name's value. */
function labelled(a: DocumentEquation, b: DocumentEquation, text: string): boolean {
  if (a.parse.skipped || b.parse.skipped || a.parse.chains.length !== 1 || !VALUE_ONLY.test(b.equation.latex)) return false;
  const sides = a.parse.chains[0]!.sides;
  if (sides.length !== 1 || sides[0]!.numbers.length > 0 || nodeKey(sides[0]!.node) === null) return false;
  const end = documentOffset(a.equation, a.equation.latex.length);
  const start = b.equation.offset;
  return start > end && start - end < 40 && LABEL_GAP.test(text.slice(end, start));
}

export function joinValueCells(equations: DocumentEquation[], text: string, options: ParseOptions): DocumentEquation[] {
  const out: DocumentEquation[] = [];
  for (const e of equations) {
    const prev = out.at(-1);
    if (prev && (joinable(prev, e, text) || continues(prev, e, text) || completes(prev, e, text) || labelled(prev, e, text))) out[out.length - 1] = joined(prev, e, options);
    else out.push(e);
  }
  out.forEach((e, i) => (e.equation.index = i));
  return out;
}

function joinable(a: DocumentEquation, b: DocumentEquation, text: string): boolean {
  if (a.parse.skipped || b.parse.skipped || a.parse.chains.length !== 1 || b.parse.chains.length !== 1) return false;
  const end = documentOffset(a.equation, a.equation.latex.length);
  const start = b.equation.offset;
  if (!(start > end && start - end < 40 && CELL_BORDER.test(text.slice(end, start)))) return false;
  const [first, next] = [a.parse.chains[0]!, b.parse.chains[0]!];
  const last = first.sides.at(-1)!;
  if (last.blank) return false;
  if (VALUE_ONLY.test(b.equation.latex)) return first.sides.length >= 2 || worked(last);
  if (next.sides[0]!.blank) return false;
  // | $z_1$ | $0.3 \cdot 0.5 + (-0.2)(-1.0)$ | $0.35$ |: a row named by its first cell, then how it is worked out
  if (first.sides.length === 1 && last.numbers.length === 0 && nodeKey(last.node) !== null) return next.sides.length === 1 && computes(next.sides[0]!);
  // | $z = wx + b$ | $0.8 \times 1.5 - 0.3$ | …: a formula cell, then the cell that substitutes its numbers
  return first.sides.length >= 2 && readsAnySymbol(last.node) && next.sides[0]!.numbers.length > 0 && !readsAnySymbol(next.sides[0]!.node);
}

/**
 * A side that computes with numbers: an operation or a call (0.7 h_1 - 0.4 h_2 + 0.05, \tanh(0.35)), not a name or a
 * number alone, nor a header's formula of names ($L(w)$, $w - \eta \frac{dL}{dw}$).
 */
const computes = (side: MathSide): boolean => side.numbers.length > 0 && (side.node instanceof OperatorNode || side.node instanceof FunctionNode);

/** A side that works something out from numbers alone: 0.7109 - 1, 2 \times (-0.2891). */
const worked = (side: MathSide): boolean => side.numbers.length >= 2 && !readsAnySymbol(side.node);

/** One equation of both cells' LaTeX, with every character mapped to its place in the document. */
function joined(a: DocumentEquation, b: DocumentEquation, options: ParseOptions): DocumentEquation {
  const relation = OPENS_WITH_RELATION.test(b.equation.latex) || ENDS_WITH_RELATION.test(a.equation.latex) ? ' ' : ' = ';
  const latex = `${a.equation.latex}${relation}${b.equation.latex}`;
  const offsets = [
    ...Array.from({ length: a.equation.latex.length }, (_, k) => documentOffset(a.equation, k)),
    ...Array.from({ length: relation.length }, () => b.equation.offset),
    ...Array.from({ length: b.equation.latex.length + 1 }, (_, k) => documentOffset(b.equation, k)),
  ];
  const equation: ExtractedEquation = { ...a.equation, latex, offsets, regionClose: b.equation.regionClose };
  return { equation, parse: parseLatexMath(latex, options) };
}
