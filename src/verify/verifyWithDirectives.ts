// A document whose comments say which network each part is about (% backprop-tex: net other.yaml): each part verified against its own, one report.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { InputError } from '../util/errors.js';
import { createLineIndex } from './read/lineIndex.js';
import { findDirectives, type Directive } from './read/directives.js';
import { readEquations } from './read/readEquations.js';
import type { Pin } from './resolve/pins.js';
import { readNotebook } from './read/notebook.js';
import { verifyDocument, type VerifyOptions, type VerifyReport } from './verifyDocument.js';
import { VERDICTS } from './judge/verdict.js';
import { addUnjudged } from './coverage.js';

export interface NetworkSource {
  /** The network the document is about where it says nothing else (--net); undefined when every part names its own. */
  main?: DerivationDocument;
  /** Loads a network a `net FILE` comment names. */
  load(file: string): DerivationDocument;
}

/** A printed number as coverage counts it (a sentence's full stop after it ends it). */
const DECIMAL = /(?<![\w.])-?\d+\.\d+(?!\w|\.\w)/g;

/**
 * The text whose comments are read and cut into parts: a notebook's Markdown cells (read as Markdown at the notebook's
 * own lines: its raw JSON has no comment at a line's start, and a part of it is no notebook), else the document.
 */
function commentedText(text: string, options: VerifyOptions): { text: string; options: VerifyOptions } {
  if (options.format !== 'ipynb') return { text, options };
  try {
    const notebook = readNotebook(text);
    return { text: notebook.text, options: { ...options, format: 'md', lines: notebook.lines } };
  } catch {
    return { text: '', options };   // not a notebook: verifyDocument says so
  }
}

export function verifyWithDirectives(raw: string, nets: NetworkSource, rawOptions: VerifyOptions = {}): VerifyReport {
  const { text, options } = commentedText(raw, rawOptions);
  const directives = findDirectives(text);
  const pins: Pin[] = [...(options.pins ?? []), ...directives.flatMap((d) => (d.kind === 'name' ? [{ name: d.name, quantity: d.quantity, source: options.file ?? '<document>' }] : []))];
  const cuts = directives.filter((d): d is Exclude<Directive, { kind: 'name' }> => d.kind !== 'name');
  const main = (): DerivationDocument => {
    if (nets.main) return nets.main;
    throw new InputError('no network to check against: give --net FILE, or start the document with a "backprop-tex: net FILE" comment', { file: options.file ?? '<document>' });
  };
  if (cuts.length === 0) return verifyDocument(raw, main(), { ...rawOptions, pins });
  // an index convention (Θ_{10}, θ_0: counted from 0) holds for the whole document, not only the part that states it
  const indexBase = readEquations(text, options).indexBase;
  const parts: { start: number; end: number; about: Directive | undefined }[] = [];
  const bounds = [0, ...cuts.map((d) => d.offset), text.length];
  for (let i = 0; i + 1 < bounds.length; i++) parts.push({ start: bounds[i]!, end: bounds[i + 1]!, about: i === 0 ? undefined : cuts[i - 1] });
  const reports: VerifyReport[] = [];
  const elsewhere: { offset: number }[] = [];
  for (const part of parts) {
    const masked = text.slice(0, part.start).replace(/[^\n]/g, ' ') + text.slice(part.start, part.end) + text.slice(part.end).replace(/[^\n]/g, ' ');
    if (part.about?.kind === 'other') {
      for (const m of text.slice(part.start, part.end).matchAll(DECIMAL)) elsewhere.push({ offset: part.start + m.index! });
      continue;
    }
    if (part.about === undefined && !nets.main && text.slice(part.start, part.end).trim() === '') continue;
    const doc = part.about?.kind === 'net' ? nets.load(part.about.file) : main();
    reports.push(verifyDocument(masked, doc, { ...options, pins, indexBase }));
  }
  return mergeReports(reports, elsewhere.length === 0 ? undefined : { count: elsewhere.length, first: (options.lines ?? createLineIndex(text)).locate(elsewhere[0]!.offset) });
}

/** The networks a run of verifyWithDirectives checks against: the main one if given, and each a `net FILE` comment names. */
export function networksNamed(raw: string, nets: NetworkSource, options: VerifyOptions = {}): DerivationDocument[] {
  const named = findDirectives(commentedText(raw, options).text).flatMap((d) => (d.kind === 'net' ? [nets.load(d.file)] : []));
  return [...(nets.main ? [nets.main] : []), ...named];
}

/** One report of several parts: claims renumbered in document order, counts added. */
function mergeReports(reports: VerifyReport[], other: { count: number; first: { line: number; column: number } } | undefined): VerifyReport {
  const claims = reports.flatMap((r) => r.claims.map((c) => ({ c, r })));
  claims.sort((a, b) => a.c.line - b.c.line || a.c.column - b.c.column);
  const ids = new Map(claims.map(({ c }, i) => [c, i]));
  const merged = claims.map(({ c, r }, i) => {
    const root = c.causedBy === undefined ? undefined : ids.get(r.claims[c.causedBy]!);
    const { causedBy: _causedBy, ...rest } = c;
    return root === undefined ? { ...rest, id: i } : { ...rest, id: i, causedBy: root };
  });
  const sum = (f: (r: VerifyReport) => number): number => reports.reduce((s, r) => s + f(r), 0);
  const notJudged: VerifyReport['coverage']['notJudged'] = [];
  for (const n of reports.flatMap((r) => r.coverage.notJudged)) addUnjudged(notJudged, n);
  if (other) notJudged.push({ reason: 'in a part the document says is not about this network', count: other.count, first: other.first });
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, sum((r) => r.counts[v])])) as VerifyReport['counts'];
  return {
    names: reports.flatMap((r) => r.names),
    errors: { roots: sum((r) => r.errors.roots), consequences: sum((r) => r.errors.consequences) },
    coverage: {
      statements: sum((r) => r.coverage.statements),
      judged: sum((r) => r.coverage.judged),
      numbers: { seen: sum((r) => r.coverage.numbers.seen) + (other?.count ?? 0), judged: sum((r) => r.coverage.numbers.judged) },
      notJudged,
    },
    equations: sum((r) => r.equations),
    parsed: sum((r) => r.parsed),
    claims: merged,
    skipped: reports.flatMap((r) => r.skipped).sort((a, b) => a.line - b.line || a.column - b.column),
    counts,
  };
}
