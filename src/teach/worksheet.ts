// `worksheet`: a question sheet from a derivation with the chosen quantities blanked, and beside it the solution sheet.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import type { MathNode } from 'mathjs';
import type { Equation, Layout } from '../derive/layout.js';
import { parseQuantityId } from '../derive/quantityRef.js';
import { emitTex } from '../emit/tex.js';
import { emitMarkdown } from '../emit/markdown.js';
import { emitText } from '../emit/text.js';
import { emitBeamer } from '../emit/beamer.js';
import { InputError } from '../util/errors.js';
import { formatAnswer, type SheetPrecision } from './precision.js';
import { fillDocument } from './fill.js';

export type SheetFormat = 'tex' | 'md' | 'txt' | 'beamer';
export const SHEET_FORMATS: readonly SheetFormat[] = ['tex', 'md', 'txt', 'beamer'];
export type BlankMode = 'values' | 'chains';
export type Category = 'forward' | 'deltas' | 'gradients' | 'updates';
export const CATEGORIES: readonly Category[] = ['forward', 'deltas', 'gradients', 'updates'];

export interface WorksheetOptions {
  format: SheetFormat;
  /** values: blank each chosen line's value; chains: blank everything after its name. */
  blank?: BlankMode;
  only?: readonly Category[];
}

/** One blank of a sheet, in the order the sheet asks them. */
export interface SheetAnswer {
  /** 1-based, in reading order. */
  blank: number;
  quantity: string;
  value: number;
  /** The value as the solution prints it. */
  answer: string;
}

export interface Worksheet {
  question: string;
  solution: string;
  answers: SheetAnswer[];
  precision: SheetPrecision;
}

/** The sentence in each sheet's header that tells fill (and students) the precision of the answers. */
export const precisionLine = (decimals: number): string => `backprop-tex worksheet: answers to ${decimals} decimals`;
const BLANK: Record<SheetFormat, string> = { tex: '\\underline{\\hspace{2cm}}', beamer: '\\underline{\\hspace{2cm}}', md: '?', txt: '?' };
/** What the emitter prints for a value it is given as NaN: the place of a blank. */
const HOLE = 'NaN';

export function makeWorksheet(doc: DerivationDocument, options: WorksheetOptions): Worksheet {
  const only = new Set(options.only ?? CATEGORIES);
  // A line with no formula repeats a value asked above (the summary of updates): asked once, there.
  const chosen = (eq: Equation): boolean => eq.showValue && eq.forms.length > 0 && only.has(categoryOf(eq.lhs, doc) as Category);
  const asked: Equation[] = [];
  // No line prints a number an answer gives (out_h1 = 1/(1 + e^(−0.3775)) after net_h1 = ?, ∂net_o1/∂w5 = out_h1 =
  // 0.5933): a line computed from an answer shows its formula alone, and its value only when it is asked.
  const given = fromAnswers(doc, doc.layout.sections.flatMap((s) => s.blocks.flatMap((b) => b.equations.filter(chosen).map((eq) => eq.lhs))));
  // (the values after the update follow from every answer; a line of a value alone, as the summary of updates, goes)
  const computed = (id: string): boolean => given.has(id) || parseQuantityId(id)?.kind === 'afterUpdate';
  const line = (eq: Equation): Equation[] => {
    const shown = eq.numeric && readsAny(eq.numeric, given) ? { ...eq, numeric: null } : eq;
    if (chosen(eq)) return [ask(shown, options.blank ?? 'values', asked)];
    if (!computed(eq.lhs)) return [shown];
    return eq.forms.length > 0 ? [{ ...shown, numeric: null, showValue: false }] : [];
  };
  const blocks = (s: Layout['sections'][number]) => s.blocks.map((b) => ({ ...b, equations: b.equations.flatMap(line) })).filter((b) => b.equations.length > 0);
  const layout: Layout = { sections: doc.layout.sections.map((s) => ({ ...s, blocks: blocks(s) })).filter((s) => s.blocks.length > 0) };
  if (asked.length === 0) throw new InputError(`the derivation has no ${[...only].join(', ')} lines to blank`, { file: doc.source });
  const holes = new Set(asked);
  const valuation = { ...doc.valuation, equationValue: (eq: Equation) => (holes.has(eq) ? NaN : doc.valuation.equationValue(eq)) };
  const printed = withPrecisionLine(emitSheet({ ...doc, layout, valuation }, options.format), options.format, doc.valuation.policy.decimals);
  const parts = printed.split(HOLE);
  if (parts.length - 1 !== asked.length) throw new Error(`worksheet: ${parts.length - 1} places for ${asked.length} blanks`);
  const precision: SheetPrecision = { decimals: doc.valuation.policy.decimals, zeros: !doc.valuation.policy.trimZeros };
  const minus = options.format === 'txt' ? '−' : '-';
  const answers = asked.map((eq, i) => ({ blank: i + 1, quantity: eq.lhs, value: doc.valuation.exact(eq.lhs), answer: formatAnswer(doc.valuation.exact(eq.lhs), precision).replace(/^-/, minus) }));
  const question = parts.reduce((out, part, i) => out + BLANK[options.format] + part);
  const solution = options.blank === 'chains' ? fillDocument(question, doc, { format: readFormat(options.format) }).text : parts.reduce((out, part, i) => out + answers[i - 1]!.answer + part);
  return { question, solution, answers, precision };
}

/**
 * The line as asked: its value blanked (values), or everything after its name (chains). A numbers side that is one
 * quantity's number (∂f/∂z = q = 2 = ?) would print the answer itself, so that line asks from its formula alone.
 */
function ask(eq: Equation, mode: BlankMode, asked: Equation[]): Equation {
  const out = mode === 'chains' ? { ...eq, forms: [], numeric: null } : { ...eq, numeric: givesAnswer(eq.numeric) ? null : eq.numeric };
  asked.push(out);
  return out;
}

/** The asked quantities and every quantity computed from one of them, in the derivation's order. */
function fromAnswers(doc: DerivationDocument, asked: readonly string[]): Set<string> {
  const out = new Set(asked);
  for (const [id, q] of doc.derivation.quantities) if (!out.has(id) && q.def && readsAny(q.def, out)) out.add(id);
  return out;
}

/** Whether a tree reads one of the quantities. */
function readsAny(node: MathNode, ids: ReadonlySet<string>): boolean {
  return ids.size > 0 && node.filter((n) => n.type === 'SymbolNode' && ids.has((n as MathNode & { name: string }).name)).length > 0;
}

/** A numbers side that is a single symbol or constant, whose number is the line's value. */
function givesAnswer(numeric: MathNode | null): boolean {
  let node = numeric as (MathNode & { content?: MathNode }) | null;
  while (node?.type === 'ParenthesisNode') node = node.content as MathNode & { content?: MathNode };
  return node?.type === 'SymbolNode' || node?.type === 'ConstantNode';
}

/** forward (values of nodes), deltas, gradients (of trainable parameters), updates; undefined for other lines. */
export function categoryOf(id: string, doc: DerivationDocument): Category | undefined {
  const ref = parseQuantityId(id);
  switch (ref?.kind) {
    case 'value': return 'forward';
    case 'delta': return 'deltas';
    case 'adjoint': return doc.derivation.graph.trainable.includes(ref.node) ? 'gradients' : undefined;
    case 'update': case 'optimizerState': return 'updates';
    default: return undefined;
  }
}

function emitSheet(doc: DerivationDocument, format: SheetFormat): string {
  switch (format) {
    case 'tex': return emitTex(doc);
    case 'md': return emitMarkdown(doc);
    case 'txt': return emitText(doc);
    case 'beamer': return emitBeamer(doc, { overlays: false });
    default: {
      const never: never = format;
      throw new Error(`unknown sheet format ${String(never)}`);
    }
  }
}

/** The header line after the generated mark says the answers' decimals. */
function withPrecisionLine(text: string, format: SheetFormat, decimals: number): string {
  const line = format === 'md' ? `<!-- ${precisionLine(decimals)} -->` : format === 'txt' ? precisionLine(decimals) : `% ${precisionLine(decimals)}`;
  return format === 'txt' ? `${line}\n${text}` : text.replace(/\n/, `\n${line}\n`);
}

/** How verify and fill read a sheet of this format. */
export const readFormat = (format: SheetFormat): 'tex' | 'md' | 'text' => (format === 'beamer' ? 'tex' : format === 'txt' ? 'text' : format);
