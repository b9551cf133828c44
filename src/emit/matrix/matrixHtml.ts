// The matrix form on the HTML page: one KaTeX block per equation (bmatrix), wide results split by columns to fit the page.
import type { DerivationDocument } from '../../evaluate/derivationDocument.js';
import { escapeHtml } from '../../util/escapeHtml.js';
import { hasLargeMatrices, largeMatricesNote } from './matrixFiles.js';
import { matrixSectionsRows, type TexPage } from './matrixTexBody.js';

/**
 * The page's column is 56rem, about 46 ems of KaTeX's display math (1.21em); the width model counts a bmatrix column
 * wider than KaTeX sets it, and 44 / 40 ems left no equation of the 4-12-12-3 test network wider than its box in
 * Chromium (48 / 44 did). Up to 12 rows print whole; wider results split into column blocks.
 */
export const HTML_PAGE: TexPage = { rowEms: 44, limits: { rows: 12, ems: 40 }, splitWide: true };

/** Headings and equation blocks; `display` typesets one display formula (KaTeX). */
export function matrixHtmlBody(doc: DerivationDocument, display: (tex: string) => string): string[] {
  const body: string[] = hasLargeMatrices(doc) ? [`<p>${escapeHtml(largeMatricesNote(doc))}</p>`] : [];
  for (const { title, rows } of matrixSectionsRows(doc, HTML_PAGE)) {
    body.push(`<h2>${escapeHtml(title)}</h2>`, ...rows.map((row) => `<div class="eq">${display(`\\begin{aligned}${row}\\end{aligned}`)}</div>`));
  }
  return body;
}
