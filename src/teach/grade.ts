// `grade`: marks each blank of a returned sheet against the key, finding answers by their quantity (verify's reading),
// so moved or deleted lines are reported, not fatal; an answer computed right from the student's own earlier slip is
// credited as error carried forward when the policy allows.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { verifyDocument, type LocatedClaim, type VerifyOptions } from '../verify/verifyDocument.js';
import { InputError } from '../util/errors.js';
import { findBlanks, maskBlanks } from './blanks.js';
import { readCalls } from './sheetNames.js';
import { answersByQuantity, canonicalId, type SheetAnswer } from './answers.js';

export type Mark = 'correct' | 'rounding' | 'ecf' | 'wrong' | 'not-answered';

export interface KeyRow {
  blank: number;
  quantity: string;
  value: number;
  tolerance: number;
}

export interface BlankMark {
  blank: number;
  quantity: string;
  mark: Mark;
  /** The student's answer as written ('' when not answered). */
  answer: string;
  expected: number;
  /** Half a unit in the last place the key asks for (the key's tolerance). */
  tolerance: number;
  /** Credit: 1 for correct, rounding and (with ECF on) carried-forward errors. */
  credit: number;
  line?: number;
  /** verify's diagnosis of a wrong answer, or where the answer was not found. */
  note?: string;
}

export interface GradeOptions extends VerifyOptions {
  /** Credit answers that follow correctly from the student's own earlier wrong answer (default true). */
  ecf?: boolean;
  /** The question sheet: a line it prints without a blank is given, not an answer (found wherever the student moved it). */
  question?: string;
}

export function gradeSheet(text: string, key: readonly KeyRow[], doc: DerivationDocument, options: GradeOptions = {}): BlankMark[] {
  const masked = readCalls(maskBlanks(text, findBlanks(text)), doc);
  const report = verifyDocument(masked, doc, options);
  refuseOtherVariant(report.claims, doc, options.file ?? '<sheet>');
  const pool = answersByQuantity(masked, report.claims, doc, givenLines(text, options.question));
  return key.map((row) => markOne(row, pool.get(canonicalId(row.quantity, doc))?.shift(), options.ecf ?? true));
}

function markOne(row: KeyRow, c: SheetAnswer | undefined, ecf: boolean): BlankMark {
  const base = { blank: row.blank, quantity: row.quantity, expected: row.value, tolerance: row.tolerance };
  if (!c) return { ...base, mark: 'not-answered', answer: '', credit: 0, note: 'no answer for this quantity was found (line moved out of the sheet or deleted)' };
  if (c.verdict === 'not-printed') return { ...base, mark: 'not-answered', answer: '', credit: 0, line: c.line };
  const printed = Number(c.printed);
  const at = { ...base, answer: c.printed, line: c.line };
  if (Math.abs(printed - row.value) <= row.tolerance * (1 + 1e-9)) return { ...at, mark: 'correct', credit: 1 };
  const places = (c.printed.split('.')[1] ?? '').length;
  const off = Math.abs(printed - row.value) * 10 ** places;
  // Rounded to fewer places, or rounded twice (a rounded intermediate, then the answer): at most one unit off.
  if (off <= 0.5 + 1e-9 || (off <= 1 + 1e-9 && places >= 2 && c.verdict !== 'erratum')) return { ...at, mark: 'rounding', credit: 1, note: c.verdict === 'exact' || c.verdict === 'erratum' ? undefined : c.verdict };
  // Computed right from the sheet's own printed numbers, one of them the student's earlier slip.
  if (c.causedBy !== undefined || c.verdict === 'rounding-propagation' || c.verdict === 'truncation') return { ...at, mark: 'ecf', credit: ecf ? 1 : 0, note: `follows from the answer on claim ${c.causedBy}` };
  return { ...at, mark: 'wrong', credit: 0, note: c.slip ?? c.detail ?? `expected ${c.expected ?? Number(row.value.toPrecision(10))}` };
}

/**
 * Whether a line of the submission is one the question sheet prints in full (no blank on it). A line of numbers alone
 * (`&= 0.0592`, the end of an aligned equation) says nothing about which quantity it is, so it is never taken as given.
 */
function givenLines(text: string, question: string | undefined): (line: number) => boolean {
  if (question === undefined) return () => false;
  const given = new Set(question.split('\n').filter((l) => /[A-Za-z]/.test(l) && findBlanks(l).length === 0).map((l) => l.trim()));
  const lines = text.split('\n');
  return (line) => given.has(lines[line - 1]?.trim() ?? '');
}

/** Parameters (what variants change) that mostly disagree with the student's network: the sheet belongs to another variant. */
function refuseOtherVariant(claims: readonly LocatedClaim[], doc: DerivationDocument, file: string): void {
  const nodes = doc.derivation.graph.nodes;
  const givens = claims.filter((c) => (c.kind === 'value' || c.kind === 'operand') && c.quantity?.startsWith('v$') && nodes.get(c.quantity.slice(2))?.kind === 'param' && c.verdict !== 'unresolved');
  const wrong = givens.filter((c) => c.verdict === 'erratum');
  if (givens.length > 0 && wrong.length * 2 >= givens.length) {
    throw new InputError(`the sheet's given numbers are not this student's variant (${wrong[0]!.subject ?? wrong[0]!.quantity} = ${wrong[0]!.printed}, the key's network has ${wrong[0]!.expected}): key and submission come from different variants`, { file, line: wrong[0]!.line, col: wrong[0]!.column });
  }
}

/** The key of a question sheet a lecturer wrote: each blank fill can answer, with half a unit in its last place. */
export function keyOfSheet(fills: readonly { quantity: string; value: number; kind: string }[], decimals: number): KeyRow[] {
  return fills.filter((f) => f.kind !== 'operand').map((f, i) => ({ blank: i + 1, quantity: f.quantity, value: f.value, tolerance: 0.5 * 10 ** -decimals }));
}

/** The expected value at the places the key asks for (tolerance 0.00005: 4 decimals), as the student should write it. */
export function expectedText(m: Pick<BlankMark, 'expected' | 'tolerance'>): string {
  const places = Math.round(Math.log10(0.5 / m.tolerance));
  return String(Number.isFinite(places) && places >= 0 && places <= 15 ? Number(m.expected.toFixed(places)) : Number(m.expected.toPrecision(10)));
}

/** A student's marks as a feedback note: one line per blank. */
export function feedbackText(student: string, marks: readonly BlankMark[]): string {
  const total = marks.reduce((n, m) => n + m.credit, 0);
  const lines = marks.map((m) => `blank ${m.blank} (${m.quantity})${m.line ? `, line ${m.line}` : ''}: ${m.mark}${m.answer ? ` [${m.answer}]` : ''}${m.mark === 'correct' ? '' : `; expected ${expectedText(m)}`}${m.note ? ` — ${m.note}` : ''}`);
  return `Feedback from backprop-tex grade. ${student}: ${total} of ${marks.length}\n${lines.join('\n')}\n`;
}
