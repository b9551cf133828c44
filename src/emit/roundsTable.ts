// The rounds of gradient descent as a table (header and rows of formatted cells), shared by the emitters.
import { qid } from '../derive/quantityRef.js';
import { formatNumber, texNumber } from '../evaluate/numberPolicy.js';
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import type { Style } from './printExpression.js';
import { quantityName } from './quantityName.js';

export interface Table {
  header: string[];
  rows: string[][];
}

export function roundsTable(doc: DerivationDocument, style: Style): Table | null {
  const rounds = doc.rounds;
  if (!rounds?.length) return null;
  const params = Object.keys(rounds[0]!.params);
  const nodes = Object.keys(rounds[0]!.values);
  const name = (id: string): string => quantityName(id, doc.derivation, doc.notation, style) ?? id;
  const minus = style === 'tex' ? '-' : '−';
  const cell = (x: number): string => (style === 'tex' ? texNumber : (s: string) => s)(formatNumber(x, doc.valuation.policy).replace(/^-/, minus));
  const dollars = (s: string): string => (style === 'tex' ? `$${s}$` : s);
  return {
    header: ['round', ...params.map((p) => dollars(name(qid.value(p)))), ...nodes.map((n) => dollars(name(qid.value(n))))],
    rows: rounds.map((r) => [String(r.round), ...params.map((p) => dollars(cell(r.params[p]!))), ...nodes.map((n) => dollars(cell(r.values[n]!)))]),
  };
}

/** Fixed-width text columns. */
export function textTable(t: Table): string[] {
  const widths = t.header.map((h, i) => Math.max(h.length, ...t.rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [line(t.header), ...t.rows.map(line)];
}
