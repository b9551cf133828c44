// Standalone LaTeX article: one align* per block, each line name &= formula = numbers = value.
import { escapeLatexText } from '../util/escapeLatex.js';
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { GENERATED_MARK } from '../util/generatedMark.js';
import { hiddenLayerCount } from './sectionTitle.js';
import { renderSides } from './renderEquation.js';
import { miniBatchTexSteps, miniBatchTexTitle } from './miniBatchTex.js';
import { roundsTable } from './roundsTable.js';
import { sectionTitle } from './sectionTitle.js';
import { roundsTitle } from './text.js';
import { estimateTexWidth } from './texWidth.js';
import { breakSide } from './breakEquation.js';
import { matrixTexBody } from './matrix/matrixTexBody.js';
import { givenTex } from './givenSection.js';
import { sectionNote } from './equationNote.js';
import { ARTICLE_FIT } from './fitFigure.js';

export interface ArticleOptions {
  /** The network figure (a bare tikzpicture), shown under the title as the seed documents do. */
  figure?: string;
}

/** Equations with more sides than this, or printing wider than ROW_EMS, put each side on its own row. */
const SIDES_PER_ROW = 3;
const ROW_EMS = 38;

export function emitTex(doc: DerivationDocument, opts: ArticleOptions = {}): string {
  const lines = [
    `% ${GENERATED_MARK} from ${escapeComment(doc.source)}. Regenerate instead of editing.`,
    '\\documentclass[11pt]{article}',
    '\\usepackage{amsmath}',
    '\\usepackage{amssymb}',
    ...(opts.figure ? ['\\usepackage{tikz}', ARTICLE_FIT] : []),
    '\\allowdisplaybreaks',
    `\\title{${escapeLatexText(doc.title)}}`,
    '\\date{}',
    '\\begin{document}',
    '\\maketitle',
    ...(opts.figure ? ['', '\\begin{center}', `\\fitfigure{%\n${opts.figure.trimEnd()}%\n}`, '\\end{center}'] : []),
    ...givenTex(doc),
    ...texBody(doc),
    '\\end{document}',
    '',
  ];
  return lines.join('\n');
}


/** The sections alone, for \input into a lecturer's own document or a deck. */
export function texBody(doc: DerivationDocument): string[] {
  const out: string[] = doc.matrix ? matrixTexBody(doc) : [];
  const ctx = { derivation: doc.derivation, notation: doc.notation, valuation: doc.valuation };
  for (const section of doc.layout.sections) {
    out.push('', `\\section*{${sectionTitle(section, hiddenLayerCount(doc))}}`);
    const note = sectionNote(section, 'tex');
    if (note) out.push(note);
    for (const block of section.blocks) {
      if (block.equations.length === 0) continue;
      const rows = block.equations.map((eq) => texRows(renderSides(eq, ctx, 'tex')));
      out.push('\\begin{align*}', rows.join(' \\\\\n'), '\\end{align*}');
    }
  }
  const table = roundsTable(doc, 'tex');
  if (table) {
    out.push('', `\\section*{${roundsTitle(doc).replace('η', '$\\eta$')}}`, `\\begin{tabular}{${'r'.repeat(table.header.length)}}`);
    out.push(`${table.header.join(' & ')} \\\\ \\hline`, ...table.rows.map((r) => `${r.join(' & ')} \\\\`), '\\end{tabular}');
  }
  if (doc.steps?.length) {
    out.push('', `\\section*{${miniBatchTexTitle(doc)}}`);
    for (const step of miniBatchTexSteps(doc)) out.push(`\\subsection*{${step.heading}}`, '\\begin{align*}', step.groups.flat().join(' \\\\\n'), '\\end{align*}');
  }
  return out;
}

/**
 * The align* rows of one equation: one row when it fits `widthEms`, else each side on its own row (the = chain
 * breaks first), and a side still too wide breaks at its top-level + and − into rows indented under it.
 */
export function texRows(sides: string[], widthEms = ROW_EMS): string {
  const [lhs, ...rest] = sides;
  if (rest.length === 0) return `${lhs}`;
  const oneRow = `${lhs} &= ${rest.join(' = ')}`;
  if (rest.length <= SIDES_PER_ROW && estimateTexWidth(oneRow) <= widthEms) return oneRow;
  const budget = widthEms - estimateTexWidth(`${lhs} = `);
  const rows = rest.flatMap((side) => breakSide(side, budget).map((part, k) => (k === 0 ? `  &= ${part}` : `  &\\quad ${part}`)));
  rows[0] = `${lhs}${rows[0]!.slice(1)}`;
  return rows.join(' \\\\\n');
}

function escapeComment(s: string): string {
  return s.replace(/[\r\n]/g, ' ');
}
