// The matrix form as JSON: each equation's name, formula (text and LaTeX), every operand and the result as arrays of numbers.
import type { MatrixExpr, MatrixLine, Operand } from '../../derive/matrix/matrixTypes.js';
import type { DerivationDocument } from '../../evaluate/derivationDocument.js';
import { matrixValues } from '../../evaluate/matrixValues.js';
import { renderSides, type EquationContext } from '../renderEquation.js';
import { printMatrix } from './printMatrix.js';
import { matrixSectionTitle } from './matrixTexBody.js';
import { texRenderer } from './texMatrix.js';
import { textRenderer } from './textMatrix.js';

/** The operands of an expression, each once, in reading order. */
function operandsOf(e: MatrixExpr, seen = new Set<Operand>()): Operand[] {
  switch (e.kind) {
    case 'operand':
      if (seen.has(e.operand)) return [];
      seen.add(e.operand);
      return [e.operand];
    case 'binary': return [...operandsOf(e.left, seen), ...operandsOf(e.right, seen)];
    default: return operandsOf(e.arg, seen);
  }
}

function lineJson(line: MatrixLine, ctx: EquationContext): Record<string, unknown> {
  const { valuation } = ctx;
  if (line.kind === 'scalar') {
    return { kind: 'scalar', lhs: line.equation.lhs, text: renderSides(line.equation, ctx, 'text').join(' = '), tex: renderSides(line.equation, ctx, 'tex').join(' = '), value: valuation.equationValue(line.equation) };
  }
  const values = (o: Operand): number[][] | number => {
    const v = matrixValues(o.cells, valuation);
    return o.scalar ? v[0]![0]! : v;
  };
  // names only: the renderers' limits matter for numbers alone
  const limits = { rows: Infinity, ems: Infinity, cols: Infinity };
  const f = line.formula;
  return {
    kind: 'matrix',
    name: line.lhs.name.text,
    tex: line.lhs.name.tex,
    shape: [line.lhs.cells.length, line.lhs.cells[0]!.length],
    formula: f ? { text: printMatrix(f, textRenderer(valuation, limits), false).lines.join('\n'), tex: printMatrix(f, texRenderer(valuation, limits), false).s } : null,
    operands: f ? operandsOf(f).map((o) => ({ name: o.name.text, tex: o.name.tex, values: values(o) })) : [],
    values: values(line.lhs),
  };
}

export function matrixJson(doc: DerivationDocument): Record<string, unknown> {
  const ctx: EquationContext = { derivation: doc.derivation, notation: doc.notation, valuation: doc.valuation };
  const hidden = Math.max(0, doc.derivation.graph.layers.length - 2);
  const m = doc.matrix!;
  return {
    convention: m.convention,
    examples: m.examples,
    sections: m.sections.map((s) => ({ id: s.id, ...(s.layer ? { layer: s.layer } : {}), title: matrixSectionTitle(s, hidden), equations: s.lines.map((l) => lineJson(l, ctx)) })),
  };
}
