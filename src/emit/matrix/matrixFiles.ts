// The full numbers of the matrices the document elides, as CSV files in a folder beside it (NAME-matrices/).
import type { MatrixExpr, Operand } from '../../derive/matrix/matrixTypes.js';
import type { DerivationDocument } from '../../evaluate/derivationDocument.js';
import { matrixValues } from '../../evaluate/matrixValues.js';
import { GENERATED_MARK } from '../../util/generatedMark.js';

/** Matrices with more rows or columns than this are elided in some format: each gets a CSV file. */
export const FULL_ROWS = 10;
export const FULL_COLS = 6;

const WORDS: Record<string, string> = { '⁺': '_updated', '′': '_prime', '∇': 'grad', 'σ': 'sigma', 'δ': 'delta', 'Δ': 'Delta', '∂': 'd', 'ᵀ': 'T', 'α': 'alpha', 'η': 'eta' };

/** A file name from a matrix's text name: ∂E/∂W^(1) → dE_dW1.csv, W^(2)⁺ → W2_updated.csv. */
export function csvName(text: string): string {
  const ascii = [...text].map((c) => WORDS[c] ?? c).join('').replace(/[\^()[\]]/g, '').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '');
  return `${ascii || 'matrix'}.csv`;
}

/** The folder beside the document: the network file's name with -matrices. */
export function matrixFolder(doc: DerivationDocument): string {
  return `${doc.source.replace(/\.(ya?ml|json)$/i, '')}-matrices`;
}

function operands(e: MatrixExpr | null, out: Operand[]): void {
  if (!e) return;
  if (e.kind === 'operand') out.push(e.operand);
  else if (e.kind === 'binary') {
    operands(e.left, out);
    operands(e.right, out);
  } else operands(e.arg, out);
}

/** Whether some matrix is large enough to be elided somewhere (its numbers then go to a CSV file). */
export function hasLargeMatrices(doc: DerivationDocument): boolean {
  return doc.matrix?.sections.some((s) => s.lines.some((l) => l.kind === 'matrix' && l.lhs.cells.length > FULL_ROWS || (l.kind === 'matrix' && l.lhs.cells[0]!.length > FULL_COLS))) ?? false;
}

/** The sentence that names the folder of full numbers. */
export function largeMatricesNote(doc: DerivationDocument): string {
  return `Matrices larger than the page show their first and last rows and columns; the full numbers are in the CSV files of the folder ${matrixFolder(doc)} beside this document.`;
}

/** One CSV per large matrix (rows of comma-separated full-precision numbers after a generated-file comment). */
export function matrixFiles(doc: DerivationDocument): { name: string; content: string }[] {
  if (!doc.matrix) return [];
  const all: Operand[] = [];
  for (const s of doc.matrix.sections) {
    for (const l of s.lines) {
      if (l.kind !== 'matrix') continue;
      operands(l.formula, all);
      all.push(l.lhs);
    }
  }
  const files = new Map<string, string>();
  for (const o of all) {
    if (o.scalar || (o.cells.length <= FULL_ROWS && o.cells[0]!.length <= FULL_COLS)) continue;
    const name = csvName(o.name.text);
    if (files.has(name)) continue;
    const rows = matrixValues(o.cells, doc.valuation).map((r) => r.map((x) => String(x)).join(','));
    files.set(name, [`# ${GENERATED_MARK} from ${doc.source.replace(/[\r\n]/g, ' ')}: ${o.name.text}, ${o.cells.length} × ${o.cells[0]!.length}`, ...rows, ''].join('\n'));
  }
  return [...files].map(([name, content]) => ({ name, content }));
}
