// `fill`: writes a worksheet's blanks in, byte for byte elsewhere; verify's reading says which quantity each blank asks for.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { verifyDocument, type LocatedClaim, type VerifyOptions, type VerifyReport } from '../verify/verifyDocument.js';
import { InputError } from '../util/errors.js';
import { findBlanks, maskBlanks, type Blank } from './blanks.js';
import { formatAnswer, sheetPrecision, type SheetPrecision } from './precision.js';
import { formulaSides, valueText, type AnswerContext } from './answerText.js';
import { sheetNames, readCalls } from './sheetNames.js';
import { subjectOfLine } from './plainNames.js';
import { documentQuantity } from './answers.js';

export type FillOptions = VerifyOptions & {
  /** The decimals answers print with (default: the sheet's own). */
  decimals?: number;
};

/** One blank written in: what it asks for and the text put there. */
export interface FilledBlank {
  /** Offsets of the blank in the sheet. */
  start: number;
  end: number;
  line: number;
  column: number;
  blank: string;
  /** value: the number; formula: formula = numbers (= value); operand: a number inside a formula (w - ? in an update). */
  kind: 'value' | 'formula' | 'operand';
  quantity: string;
  /** The exact value the answer ends with (for keys and marking). */
  value: number;
  answer: string;
}

export interface LeftBlank {
  line: number;
  column: number;
  blank: string;
  reason: string;
}

export interface FillResult {
  text: string;
  filled: FilledBlank[];
  left: LeftBlank[];
  precision: SheetPrecision;
}

/** Every blank of the sheet, read by verify: the claim at each blank, or the formula claim that holds it. */
export interface SheetReading {
  blanks: Blank[];
  report: VerifyReport;
  /** Document offset of each claim (by id). */
  offsets: number[];
  lineStarts: number[];
  /** The sheet as verify read it (blanks as ?, f(x) as f). */
  masked: string;
}

export function readSheet(text: string, doc: DerivationDocument, options: VerifyOptions = {}): SheetReading {
  const blanks = findBlanks(text);
  if (blanks.length === 0) throw new InputError('the sheet has no blanks to fill (?, ???, \\blank{…}, \\underline{\\hspace{…}}, \\_\\_\\_, \\boxed{?}, \\square, ____)', { file: options.file ?? '<sheet>' });
  const masked = readCalls(maskBlanks(text, blanks, options.format === 'text'), doc);
  // A sheet's lines are short (a = ?): in plain text every equation that parses is read.
  const report = verifyDocument(masked, doc, options.format === 'text' && options.plainText === undefined ? { ...options, plainText: 'all' } : options);
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const offsets = report.claims.map((c) => lineStarts[c.line - 1]! + c.column - 1);
  return { blanks, report, offsets, lineStarts, masked };
}

export function fillDocument(text: string, doc: DerivationDocument, options: FillOptions = {}): FillResult {
  const reading = readSheet(text, doc, options);
  const precision = sheetPrecision(maskBlanks(text, reading.blanks), options.decimals);
  const ctx: AnswerContext = { doc, precision, names: sheetNames(text, reading.report, doc) };
  const filled: FilledBlank[] = [];
  const left: LeftBlank[] = [];
  for (const b of reading.blanks) {
    const where = locate(b.start, reading.lineStarts);
    const answer = answerFor(b, reading, ctx);
    if ('reason' in answer) left.push({ ...where, blank: b.text, reason: answer.reason });
    else filled.push({ start: b.start, end: b.end, ...where, blank: b.text, ...answer, answer: withMinus(answer.answer, b, precision) });
  }
  return { text: writeAnswers(text, filled), filled, left, precision };
}

type Answer = Pick<FilledBlank, 'kind' | 'quantity' | 'value' | 'answer'> | { reason: string };

/** The answer a blank asks for: by the claim verify made at it, or by the formula that holds it. */
export function answerFor(b: Blank, r: SheetReading, ctx: AnswerContext): Answer {
  const at = r.report.claims.find((c) => r.offsets[c.id] === b.start && c.quantity !== undefined && (c.verdict === 'not-printed' || (!b.math && c.kind === 'value')));
  if (at) return withDocumentQuantity(at, ctx.doc, (id) => claimAnswer(b, at, id, r, ctx));
  const holder = r.report.claims.find((c) => c.kind === 'formula' && r.offsets[c.id]! < b.start && b.end <= r.offsets[c.id]! + c.printed.length);
  if (holder?.quantity) return operandAnswer(holder, ctx);
  const named = b.math ? undefined : subjectOfLine(r.masked, b.start, ctx.doc);
  if (named) return namedAnswer(b, named, r, ctx);
  const skip = r.report.skipped.find((s) => s.line === locate(b.start, r.lineStarts).line);
  return { reason: skip ? `verify skipped this line: ${skip.reason}` : 'verify read no quantity of the network at this blank' };
}

/** How many = stand before a blank on its line: two or more means a formula is already written (a = formula = ?). */
function sidesBefore(text: string, at: number): number {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  return (line.match(/(?<![<>=!])=(?!=)/g) ?? []).length;
}

/** Runs `answer` on the claim's quantity as the derivation holds it; one it does not hold leaves the blank, saying so. */
function withDocumentQuantity(c: LocatedClaim, doc: DerivationDocument, answer: (id: string) => Answer): Answer {
  const id = documentQuantity(c.quantity!, doc);
  if (id !== undefined) return answer(id);
  return { reason: `${c.printed.trim() || c.quantity!} is not a value of the derivation's first step` };
}

/** The claim's answer; `id` is its quantity as the derivation holds it (claims of the same equation name it as verify does). */
function claimAnswer(b: Blank, c: LocatedClaim, id: string, r: SheetReading, ctx: AnswerContext): Answer {
  const value = ctx.doc.valuation.exact(id);
  const same = r.report.claims.filter((o) => o.equation === c.equation && c.equation >= 0 && o.quantity === c.quantity && o.id !== c.id);
  const earlier = same.some((o) => r.offsets[o.id]! < b.start) || sidesBefore(r.masked, b.start) >= 2;
  if (earlier) return { kind: 'value', quantity: id, value, answer: valueText(id, ctx) };
  const later = same.some((o) => r.offsets[o.id]! > b.start && o.verdict === 'not-printed');
  const sides = formulaSides(id, ctx, b.math ? 'tex' : 'text', !later);
  if (!sides) return { kind: 'value', quantity: id, value, answer: valueText(id, ctx) };
  return { kind: 'formula', quantity: id, value, answer: sides.join(' = ') };
}

/** A text line verify did not read, by the name on its left: a value after a formula, else the formula (as claimAnswer). */
function namedAnswer(b: Blank, named: { quantity: string; sides: number }, r: SheetReading, ctx: AnswerContext): Answer {
  const id = named.quantity;
  const value = ctx.doc.valuation.exact(id);
  const later = r.blanks.some((o) => o.start > b.start && !r.masked.slice(b.end, o.start).includes('\n'));
  const sides = named.sides >= 2 ? undefined : formulaSides(id, ctx, 'text', !later);
  return sides ? { kind: 'formula', quantity: id, value, answer: sides.join(' = ') } : { kind: 'value', quantity: id, value, answer: valueText(id, ctx) };
}

/** `w - ?` in an update asks for η·∂E/∂w: the number that makes the formula give the updated value. */
function operandAnswer(holder: LocatedClaim, ctx: AnswerContext): Answer {
  const m = /^u\$(.+)$/.exec(holder.quantity!);
  if (!m || !/^\s*[^-+]+-\s*\?\s*$/.test(holder.printed)) return { reason: `a blank inside the formula ${holder.printed.trim()}: only w - ? in an update is read` };
  const { valuation } = ctx.doc;
  const step = valuation.exact(`v$${m[1]}`) - valuation.exact(holder.quantity!);
  const text = formatAnswer(step, ctx.precision);
  return { kind: 'operand', quantity: `step$${m[1]}`, value: step, answer: step < 0 ? `(${text})` : text };
}

/** Outside math, a sheet that writes − gets − before its answers' numbers too. */
function withMinus(answer: string, b: Blank, p: SheetPrecision): string {
  return b.math || !p.minus ? answer : answer.replace(/(^|[\s(=·])-(?=\d)/g, `$1${p.minus}`);
}

/** The sheet with each filled blank replaced by its answer; everything else byte for byte. */
function writeAnswers(text: string, filled: readonly FilledBlank[]): string {
  let out = '';
  let at = 0;
  for (const f of [...filled].sort((x, y) => x.start - y.start)) {
    out += text.slice(at, f.start) + f.answer;
    at = f.end;
  }
  return out + text.slice(at);
}

export function locate(offset: number, lineStarts: readonly number[]): { line: number; column: number } {
  let lo = 0;
  while (lo + 1 < lineStarts.length && lineStarts[lo + 1]! <= offset) lo++;
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}
