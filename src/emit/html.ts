// One self-contained HTML page: the derivation typeset server-side with KaTeX, the network as SVG, the rounds as a plot.
import { renderKatex } from '../util/katex.js';
import { escapeHtml } from '../util/escapeHtml.js';
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { GENERATED_MARK } from '../util/generatedMark.js';
import { hiddenLayerCount } from './sectionTitle.js';
import { htmlRoundsPlot } from './htmlRoundsPlot.js';
import { renderSides } from './renderEquation.js';
import { roundsTable } from './roundsTable.js';
import { sectionTitle } from './sectionTitle.js';
import { texRows } from './tex.js';
import { sectionNote } from './equationNote.js';
import { matrixHtmlBody } from './matrix/matrixHtml.js';

export interface PageOptions {
  /** The network as HTML (draw/htmlFigure.ts), placed before the derivation. */
  figure?: string;
  /** KaTeX's CSS with its fonts inlined (the CLI reads it from the katex package); without it the page links nothing. */
  css?: string;
}

/** Display math; a KaTeX error is thrown, never printed in red into the page. */
export function katexDisplay(tex: string): string {
  return renderKatex(tex, { displayMode: true, throwOnError: true, output: 'htmlAndMathml', strict: 'ignore' });
}

export function katexInline(tex: string): string {
  return renderKatex(tex, { displayMode: false, throwOnError: true, output: 'htmlAndMathml', strict: 'ignore' });
}

export function emitHtml(doc: DerivationDocument, opts: PageOptions = {}): string {
  const ctx = { derivation: doc.derivation, notation: doc.notation, valuation: doc.valuation };
  const body: string[] = [`<h1>${escapeHtml(doc.title)}</h1>`];
  if (opts.figure) body.push('<h2>The network</h2>', `<div class="figure-scroll">${opts.figure}</div>`);
  if (doc.matrix) body.push(...matrixHtmlBody(doc, katexDisplay));
  for (const section of doc.layout.sections) {
    body.push(`<h2>${escapeHtml(sectionTitle(section, hiddenLayerCount(doc)))}</h2>`);
    const note = sectionNote(section, 'tex');
    if (note) body.push(`<p>${proseHtml(note)}</p>`);
    for (const block of section.blocks) {
      if (block.equations.length === 0) continue;
      const rows = block.equations.map((eq) => texRows(renderSides(eq, ctx, 'tex')));
      body.push(`<div class="eq">${katexDisplay(`\\begin{aligned}${rows.join(' \\\\\n')}\\end{aligned}`)}</div>`);
    }
  }
  body.push(...roundsSection(doc));
  return [
    '<!DOCTYPE html>',
    `<!-- ${GENERATED_MARK} from ${escapeHtml(doc.source)}. Regenerate instead of editing. -->`,
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${opts.css ?? ''}\n${PAGE_CSS}</style>`,
    '</head><body><main>',
    ...body,
    '</main></body></html>',
    '',
  ].join('\n');
}

/** Prose with $…$ math (a section's note): text escaped, math typeset inline. */
function proseHtml(tex: string): string {
  return tex.split('$').map((part, i) => (i % 2 ? katexInline(part) : escapeHtml(part))).join('');
}

function roundsSection(doc: DerivationDocument): string[] {
  const table = roundsTable(doc, 'tex');
  if (!table || !doc.rounds) return [];
  const cell = (c: string): string => (c.startsWith('$') ? katexInline(c.slice(1, -1)) : escapeHtml(c));
  const rows = table.rows.length > 12 ? [...table.rows.slice(0, 5), ...table.rows.slice(-5)] : table.rows;
  return [
    `<h2>${doc.rounds.length} rounds of gradient descent</h2>`,
    htmlRoundsPlot(doc),
    '<table>',
    `<tr>${table.header.map((h) => `<th>${cell(h)}</th>`).join('')}</tr>`,
    ...rows.map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`),
    '</table>',
  ];
}

const PAGE_CSS = `body{font-family:system-ui,sans-serif;margin:0;background:#fff;color:#111}
main{max-width:60rem;margin:0 auto;padding:1rem 2rem}
.eq{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;font-size:.85rem}td,th{padding:.2rem .5rem;border-bottom:1px solid #ddd;text-align:right}
.figure-scroll{overflow-x:auto}.figure{position:relative;margin:1rem 0}.figure .label{position:absolute;transform:translate(-50%,-50%);white-space:nowrap}
.figure .edge{position:absolute;transform:translate(-50%,-50%);background:#fff;white-space:nowrap;text-align:center;line-height:1.1}`;
