// Markdown with one $$ block per equation, laid out like the seed tutorials.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { GENERATED_MARK } from '../util/generatedMark.js';
import { hiddenLayerCount } from './sectionTitle.js';
import { renderSides } from './renderEquation.js';
import { roundsTable } from './roundsTable.js';
import { miniBatchLines, miniBatchTitle } from './miniBatchSteps.js';
import { sectionTitle } from './sectionTitle.js';
import { roundsTitle } from './text.js';
import { sectionNote } from './equationNote.js';
import { INVISIBLE } from '../util/escapeLatex.js';
import { matrixSectionsRows } from './matrix/matrixTexBody.js';
import { hasLargeMatrices, largeMatricesNote } from './matrix/matrixFiles.js';

export function emitMarkdown(doc: DerivationDocument): string {
  const ctx = { derivation: doc.derivation, notation: doc.notation, valuation: doc.valuation };
  const out = [`<!-- ${GENERATED_MARK} from ${doc.source.replace(/--/g, '- -')}. -->`, '', `# ${escapeMarkdown(doc.title)}`];
  // The matrix form: one aligned block per equation (KaTeX and MathJax read bmatrix).
  if (hasLargeMatrices(doc)) out.push('', escapeMarkdown(largeMatricesNote(doc)));
  for (const { title, rows } of doc.matrix ? matrixSectionsRows(doc) : []) {
    out.push('', `## ${title}`, ...rows.flatMap((r) => ['', `$$\\begin{aligned}${r}\\end{aligned}$$`]));
  }
  for (const section of doc.layout.sections) {
    out.push('', `## ${sectionTitle(section, hiddenLayerCount(doc))}`);
    const note = sectionNote(section, 'tex');
    if (note) out.push('', note);
    for (const block of section.blocks) {
      for (const eq of block.equations) out.push('', `$$${renderSides(eq, ctx, 'tex').join(' = ')}$$`);
    }
  }
  const table = roundsTable(doc, 'tex');
  if (table) {
    out.push('', `## ${roundsTitle(doc)}`, '', `| ${table.header.join(' | ')} |`, `|${table.header.map(() => ' ---: |').join('')}`);
    for (const row of table.rows) out.push(`| ${row.join(' | ')} |`);
  }
  if (doc.steps?.length) out.push('', `## ${miniBatchTitle(doc)}`, '', '```text', ...miniBatchLines(doc), '```');
  out.push('');
  return out.join('\n');
}

/**
 * Markdown-significant characters and HTML in a title are shown literally. Brackets become character references, not
 * backslash escapes: MathJax pages read backslash-( … ) and backslash-[ … ] as math, so parentheses stay as they are
 * (with no raw [ no link can form); - + # and a list number are escaped only where they would start a list or heading.
 */
export function escapeMarkdown(s: string): string {
  const one = s.replace(INVISIBLE, '').replace(/[\r\n]+/g, ' ');
  const inline = one.replace(/[\\`*_{}<>|$~&]/g, (c) => `\\${c}`).replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');
  return inline.replace(/^(\s*)([-+#]|\d+(?=[.)]))/, (_, space: string, lead: string) => (/\d/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`)).replace(/#+\s*$/, (t) => `\\${t}`);
}
