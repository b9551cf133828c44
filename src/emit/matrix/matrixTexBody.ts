// The matrix form's sections as LaTeX rows: lhs &= names &= numbers &= result, long sides broken at their terms and factors.
import type { MatrixEquation, MatrixLine, MatrixSection } from '../../derive/matrix/matrixTypes.js';
import type { DerivationDocument } from '../../evaluate/derivationDocument.js';
import { renderSides, type EquationContext } from '../renderEquation.js';
import { estimateTexWidth } from '../texWidth.js';
import { escapeLatexText } from '../../util/escapeLatex.js';
import { hasLargeMatrices, largeMatricesNote } from './matrixFiles.js';
import { breakPoints, printMatrix, printPiece } from './printMatrix.js';
import { columnBlocks, texNumbers, texRenderer, type TexLimits, type TexPiece } from './texMatrix.js';

/** Page geometry: how wide one row may print (ems) and how large a matrix may be before elision. */
export interface TexPage {
  rowEms: number;
  limits: TexLimits;
  /** A result wider than the limits prints as blocks of columns `(M)_{:,a:b}` (a deck) instead of eliding them. */
  splitWide?: boolean;
}

export const ARTICLE_PAGE: TexPage = { rowEms: 30, limits: { rows: 10, ems: 22 } };

export function matrixSectionTitle(section: MatrixSection, hiddenLayers: number): string {
  switch (section.id) {
    case 'forward': return 'The forward pass';
    case 'error': return 'The error';
    case 'output': return 'The backward pass: output layer';
    case 'hidden': return hiddenLayers > 1 ? `The backward pass: hidden layer ${section.layer}` : 'The backward pass: hidden layer';
    case 'updates': return 'The updated parameters';
    case 'after': return 'After the update';
    default: {
      const never: never = section.id;
      throw new Error(`unknown section ${String(never)}`);
    }
  }
}

/** One line's rows for an align environment. */
export function matrixTexRows(line: MatrixLine, ctx: EquationContext, page: TexPage): string {
  if (line.kind === 'scalar') return scalarRows(renderSides(line.equation, ctx, 'tex'), page.rowEms);
  return equationRows(line, ctx, page);
}

function equationRows(eq: MatrixEquation, ctx: EquationContext, page: TexPage): string {
  const r = texRenderer(ctx.valuation, page.limits);
  const lhs = eq.lhs.name.tex;
  // the blocks share the row with their label (M)_{:,a:b}
  const blocks = page.splitWide ? columnBlocks(eq.lhs, ctx.valuation, page.limits, page.limits.ems - estimateTexWidth(lhs) - 3) : null;
  const result = texNumbers(eq.lhs, ctx.valuation, page.limits);
  const resultRows = blocks ? blocks.map((b) => `\\left(${lhs}\\right)_{:,${b.label}} &= ${b.body.s}`) : [`  &= ${result.s}`];
  if (!eq.formula) return blocks ? resultRows.join(' \\\\\n') : `${lhs} &= ${result.s}`;
  const names = printMatrix(eq.formula, r, false);
  // a lone operand (∂E/∂b = δ) shows its numbers once, as the result
  const lone = eq.formula.kind === 'operand';
  const sides = lone ? [names, result] : [names, printMatrix(eq.formula, r, true), result];
  const oneRow = estimateTexWidth(lhs) + sides.reduce((n, s) => n + s.w + 1.6, 0);
  if (!blocks && oneRow <= page.rowEms) return `${lhs} &= ${sides.map((s) => s.s).join(' = ')}`;
  // the block labels (M)_{:,1:4} widen the align's left column (rowEms leaves about 2 ems for it): the numbers rows have less room
  const labels = blocks ? Math.max(...blocks.map((b) => estimateTexWidth(`\\left(${lhs}\\right)_{:,${b.label}}`))) - 2 : 0;
  return [`${lhs} &= ${names.s}`, ...(lone ? [] : numbersRows(eq, ctx, { ...page, rowEms: page.rowEms - labels })), ...resultRows].join(' \\\\\n');
}

/**
 * The numbers side on rows of the page: whole, else broken at its terms and factors; its operands elided harder
 * while some piece is still too wide; no numbers side at all when even that does not fit (the result still prints).
 */
function numbersRows(eq: MatrixEquation, ctx: EquationContext, page: TexPage): string[] {
  const { rows, ems } = page.limits;
  for (const limits of [page.limits, { rows, ems: ems / 2 }, { rows: Math.min(rows, 5), ems: 0 }]) {
    const r = texRenderer(ctx.valuation, limits);
    const numbers = printMatrix(eq.formula!, r, true);
    if (numbers.w <= page.rowEms) return [`  &= ${numbers.s}`];
    const broken = brokenRows(eq, r, page.rowEms);
    if (broken.every((row) => row.w <= page.rowEms)) return broken.map((row, i) => (i === 0 ? `  &= ${row.s}` : `  &\\quad ${row.s}`));
  }
  return [];
}

/** The numbers side over several rows: `&= first` then `&\quad OP next`, pieces joined while they fit. */
function brokenRows(eq: MatrixEquation, r: ReturnType<typeof texRenderer>, rowEms: number): TexPiece[] {
  const pieces = breakPoints(eq.formula!).map((p) => ({ op: p.op ? r.ops[p.op] : '', body: printPiece(p, r, true) }));
  const rows: TexPiece[] = [];
  for (const p of pieces) {
    const text = `${p.op.trim() === '' ? '' : p.op.trim() + ' '}${p.body.s}`;
    const last = rows.at(-1);
    if (last && last.w + p.body.w + 1 <= rowEms) rows[rows.length - 1] = { s: `${last.s}${p.op}${p.body.s}`, w: last.w + p.body.w + 1 };
    else rows.push({ s: text, w: p.body.w + 1 });
  }
  return rows;
}

function scalarRows(sides: string[], rowEms: number): string {
  const [lhs, ...rest] = sides;
  const one = `${lhs} &= ${rest.join(' = ')}`;
  // the estimate runs short on fractions of names: a scalar line keeps a margin
  if (estimateTexWidth(one) <= rowEms * 0.8) return one;
  return [`${lhs} &= ${rest[0]}`, ...rest.slice(1).map((s) => `  &= ${s}`)].join(' \\\\\n');
}

/** Every section of the matrix form: a heading and one align* of its lines. */
export function matrixTexBody(doc: DerivationDocument, page: TexPage = ARTICLE_PAGE): string[] {
  const note = hasLargeMatrices(doc) ? ['', `\\noindent ${escapeLatexText(largeMatricesNote(doc))}`] : [];
  return [...note, ...matrixSectionsRows(doc, page).flatMap(({ title, rows }) => ['', `\\section*{${title}}`, '\\begin{align*}', rows.join(' \\\\\n'), '\\end{align*}'])];
}

/** Each line on its own, as an aligned block's rows (Markdown and HTML put one $$…$$ per line). */
export function matrixSectionsRows(doc: DerivationDocument, page: TexPage = ARTICLE_PAGE): { title: string; rows: string[] }[] {
  const ctx: EquationContext = { derivation: doc.derivation, notation: doc.notation, valuation: doc.valuation };
  const hidden = Math.max(0, doc.derivation.graph.layers.length - 2);
  return doc.matrix!.sections.map((section) => ({ title: matrixSectionTitle(section, hidden), rows: section.lines.map((l) => matrixTexRows(l, ctx, page)) }));
}
