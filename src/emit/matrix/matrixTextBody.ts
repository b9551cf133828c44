// The matrix form as plain text: each equation as aligned grids, `lhs = names = numbers = result`, wrapped below 100 columns.
import type { MatrixEquation, MatrixLine } from '../../derive/matrix/matrixTypes.js';
import type { DerivationDocument } from '../../evaluate/derivationDocument.js';
import { renderSides, type EquationContext } from '../renderEquation.js';
import { breakPoints, printMatrix, printPiece } from './printMatrix.js';
import { hcat, textNumbers, textRenderer, type Box } from './textMatrix.js';
import { matrixSectionTitle } from './matrixTexBody.js';
import { hasLargeMatrices, largeMatricesNote } from './matrixFiles.js';

const COLUMNS = 100;
const LIMITS = { rows: 10, cols: 8 };

const widthOf = (b: Box): number => Math.max(0, ...b.lines.map((l) => [...l].length));
const text = (s: string): Box => ({ lines: [s], mid: 0 });

function equationLines(eq: MatrixEquation, ctx: EquationContext): string[] {
  const r = textRenderer(ctx.valuation, LIMITS);
  const lhs = eq.lhs.name.text;
  const result = textNumbers(eq.lhs, ctx.valuation, LIMITS);
  if (!eq.formula) return hcat([text(`${lhs} = `), result]).lines;
  const names = printMatrix(eq.formula, r, false);
  const numbers = eq.formula.kind === 'operand' ? null : printMatrix(eq.formula, r, true);
  const sides = [names, ...(numbers ? [numbers] : []), result];
  const one = hcat([text(`${lhs} = `), ...sides.flatMap((s, i) => (i ? [text(' = '), s] : [s]))]);
  if (widthOf(one) <= COLUMNS) return one.lines;
  const indent = ' '.repeat(Math.min(12, [...lhs].length + 1));
  const out = hcat([text(`${lhs} = `), names]).lines;
  if (numbers) {
    if (widthOf(numbers) + indent.length + 2 <= COLUMNS) out.push(...hcat([text(`${indent}= `), numbers]).lines);
    else {
      breakPoints(eq.formula).forEach((p, i) => {
        const head = i === 0 ? `${indent}= ` : `${indent}  ${p.op ? r.ops[p.op].trim() : ''} `;
        out.push(...hcat([text(head), printPiece(p, r, true)]).lines);
      });
    }
  }
  out.push(...hcat([text(`${indent}= `), result]).lines);
  return out;
}

function lineText(line: MatrixLine, ctx: EquationContext): string[] {
  return line.kind === 'scalar' ? [renderSides(line.equation, ctx, 'text').join(' = ')] : equationLines(line, ctx);
}

/** Every section: a heading underlined, each equation after a blank line. */
export function matrixTextBody(doc: DerivationDocument): string[] {
  const ctx: EquationContext = { derivation: doc.derivation, notation: doc.notation, valuation: doc.valuation };
  const hidden = Math.max(0, doc.derivation.graph.layers.length - 2);
  const out: string[] = hasLargeMatrices(doc) ? ['', largeMatricesNote(doc)] : [];
  for (const section of doc.matrix!.sections) {
    const title = matrixSectionTitle(section, hidden);
    out.push('', title, '-'.repeat(title.length));
    for (const line of section.lines) out.push('', ...lineText(line, ctx));
  }
  return out;
}
