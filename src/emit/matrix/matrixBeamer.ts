// The matrix form as Beamer frames: one layer's forward step, δ, gradients or updates a frame; a result too wide
// for the frame split into column blocks (M)_{:,a:b}; what does not fit a frame continues on a "(cont.)" frame.
import type { MatrixLine, MatrixSection } from '../../derive/matrix/matrixTypes.js';
import { parseQuantityId } from '../../derive/quantityRef.js';
import type { DerivationDocument } from '../../evaluate/derivationDocument.js';
import { escapeLatexText } from '../../util/escapeLatex.js';
import type { EquationContext } from '../renderEquation.js';
import { hasLargeMatrices, largeMatricesNote } from './matrixFiles.js';
import { matrixSectionTitle, matrixTexRows, type TexPage } from './matrixTexBody.js';

/** A 16:9 frame at \small: rows up to 46 ems (the scalar deck's 48, less a margin for bmatrix brackets). */
export const DECK_PAGE: TexPage = { rowEms: 44, limits: { rows: 8, ems: 40 }, splitWide: true };

/** Frame height in units of a plain \small align row (the scalar deck keeps 9.5; measured on rendered matrix frames, 13 fill one). */
const FRAME_UNITS = 12;

/** One frame's worth of a section: its title and lines, before pacing. */
interface Group {
  title: string;
  lines: MatrixLine[];
}

/** Height of one align row: a bmatrix of n rows about 0.82 n + 0.4 units, an elided one's shape below it 0.6 more. */
export function rowUnits(row: string): number {
  let units = row.includes('\\frac') ? 1.4 : 1;
  for (const m of row.matchAll(/\\begin\{bmatrix\}(.*?)\\end\{bmatrix\}/g)) {
    const n = m[1]!.split('\\\\').length;
    units = Math.max(units, 0.82 * n + 0.4 + (row.includes('\\underset') ? 0.6 : 0));
  }
  return units;
}

/** The frames' groups: the forward pass a layer a frame, the error, then each layer's δ, gradients and updates. */
function groupsOf(section: MatrixSection, title: string): Group[] {
  if (section.id === 'forward') {
    // x, then z and a per layer: x joins the first layer's frame
    const [x, ...rest] = section.lines;
    const groups: Group[] = [];
    for (let i = 0; i < rest.length; i += 2) {
      const pair = rest.slice(i, i + 2);
      const names = pair.map((l) => (l.kind === 'matrix' ? `$${l.lhs.name.tex}$` : '')).filter(Boolean).join(', ');
      groups.push({ title: `${title}: ${names}`, lines: i === 0 && x ? [x, ...pair] : pair });
    }
    return groups;
  }
  if (section.id !== 'output' && section.id !== 'hidden') return [{ title, lines: section.lines }];
  const role = (l: MatrixLine): string => (l.kind === 'matrix' ? l.role ?? 'delta' : parseQuantityId(l.equation.lhs)?.kind === 'adjoint' ? 'gradient' : 'update');
  const delta = section.lines.filter((l) => role(l) === 'delta');
  const last = delta.at(-1);
  const head = last?.kind === 'matrix' ? `$${last.lhs.name.tex}$` : '$\\delta$';
  return [
    { title: `${title}: ${head}`, lines: delta },
    { title: `${title}: gradients`, lines: section.lines.filter((l) => role(l) === 'gradient') },
    { title: `${title}: updates`, lines: section.lines.filter((l) => role(l) === 'update') },
  ].filter((g) => g.lines.length > 0);
}

/** Packs a group's equations onto frames, each whole where it fits a frame; a taller one continues row by row. */
function paceRows(equations: string[][]): string[][][] {
  const frames: string[][][] = [[]];
  let used = 0;
  const newFrame = (): void => {
    frames.push([]);
    used = 0;
  };
  for (const rows of equations) {
    const size = rows.reduce((n, r) => n + rowUnits(r), 0);
    // an equation that does not fit what is left starts a frame (and splits only if taller than a whole frame)
    if (used > 0 && used + size > FRAME_UNITS) newFrame();
    frames.at(-1)!.push([]);
    for (const row of rows) {
      if (used > 0 && used + rowUnits(row) > FRAME_UNITS) {
        newFrame();
        frames.at(-1)!.push([]);
      }
      frames.at(-1)!.at(-1)!.push(row);
      used += rowUnits(row);
    }
  }
  return frames.filter((f) => f.length > 0);
}

/** Reveals an align row on slide k and after (the deck's own \onslide wrapping, passed in). */
export type Uncover = (row: string, slide: number) => string;

function frame(title: string, equations: string[][], uncover?: Uncover): string {
  const rows = equations.flatMap((eq, k) => (uncover ? eq.map((row) => uncover(row, k + 1)) : eq));
  return ['\\begin{frame}{' + title + '}', '\\small', '\\begin{align*}', rows.join(' \\\\\n'), '\\end{align*}', '\\end{frame}'].join('\n');
}

/** Every frame of the matrix form, after a frame naming the CSV folder when some matrix is elided; with `uncover`, one equation a slide. */
export function matrixFrames(doc: DerivationDocument, uncover?: Uncover): string[] {
  const ctx: EquationContext = { derivation: doc.derivation, notation: doc.notation, valuation: doc.valuation };
  const hidden = Math.max(0, doc.derivation.graph.layers.length - 2);
  const note = hasLargeMatrices(doc) ? [`\\begin{frame}{The numbers}\n${escapeLatexText(largeMatricesNote(doc))}\n\\end{frame}`] : [];
  return [...note, ...doc.matrix!.sections.flatMap((section) => groupsOf(section, matrixSectionTitle(section, hidden)).flatMap((g) => {
    const equations = g.lines.map((l) => matrixTexRows(l, ctx, DECK_PAGE).split(' \\\\\n'));
    return paceRows(equations).map((eqs, i) => frame(`${g.title}${i > 0 ? ' (cont.)' : ''}`, eqs, uncover));
  }))];
}
