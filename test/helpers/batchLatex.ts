// Compiles many generated LaTeX documents of one class in a single pdflatex run (test time) and attributes each
// Overfull box of the log to the document it came from.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BatchDocument {
  /** Names the document in failures: "mazur-2-2-2 article". */
  name: string;
  source: string;
}

export interface BatchResult {
  ok: boolean;
  /** Written only when not in draft mode. */
  pdf: string;
  log: string;
  /** Each Overfull \hbox over `tolerance` pt and each Overfull \vbox, as "name: the log line". */
  overfull: string[];
  errors: string[];
}

const MARK = 'BATCH-DOCUMENT:';
/** Another document of the same source, after its MARK. */
const ALSO = 'BATCH-ALSO:';

/** Splits a document into its preamble lines and body; \title and \date move into the body (one per document). */
function split(source: string): { preamble: string[]; body: string } {
  const begin = source.indexOf('\\begin{document}');
  const end = source.lastIndexOf('\\end{document}');
  if (begin < 0 || end < 0) throw new Error('not a complete LaTeX document');
  const head = source.slice(0, begin).split('\n').filter((l) => l.trim() && !l.startsWith('%'));
  const perDocument = head.filter((l) => /^\\(title|date|author)\b/.test(l));
  const body = [...perDocument, source.slice(begin + '\\begin{document}'.length, end)].join('\n');
  return { preamble: head.filter((l) => !perDocument.includes(l) && !l.startsWith('\\documentclass')), body };
}

/** A beamer frame: with `shareFrames`, the unit compiled once for every document that holds it. */
const FRAME = /\\begin\{frame\}[\s\S]*?\\end\{frame\}/g;
/** A frame that prints something of its document (its title, its sections, a reference) is the document's own. */
const OWN_FRAME = /\\(titlepage|maketitle|tableofcontents|insert[a-z]*|ref|eqref|label|section|subsection|newcommand|renewcommand|def)\b/;

export interface CombineOptions {
  /**
   * Compile a frame written alike in several documents (the same equations in two decks) once, announced under every
   * name that holds it: each error and Overfull box in it still goes to each of them. For logs (draft mode): the pages
   * of a document are no longer all there.
   */
  shareFrames?: boolean;
}

/**
 * One document holding every body after the union of the preambles, each body announced in the log. A document whose
 * source is another's (two fixtures drawn alike) is compiled once, announced under both names.
 */
export function combineDocuments(documentClass: string, docs: readonly BatchDocument[], options: CombineOptions = {}): string {
  const preamble = new Set<string>();
  const names = new Map<string, string[]>();
  for (const d of docs) names.set(d.source, [...(names.get(d.source) ?? []), d.name]);
  const parts = [...names].map(([source, docNames]) => {
    const { preamble: lines, body } = split(source);
    lines.forEach((l) => preamble.add(l));
    return { names: docNames, body };
  });
  const holders = options.shareFrames ? frameHolders(parts) : new Map<string, string[]>();
  const emitted = new Set<string>();
  const bodies = parts.map(({ names: [first, ...also], body }) => {
    const announce = [`\\typeout{${MARK}${first}}`, ...also.map((n) => `\\typeout{${ALSO}${n}}`)].join('\n');
    const shared = body.replace(FRAME, (frame) => {
      const others = holders.get(frame);
      if (!others) return frame;
      if (emitted.has(frame)) return '';
      emitted.add(frame);
      // the frame's holders in the other bodies hear of it here; after it, the log is this body's again
      return [...others.filter((n) => n !== first && !also.includes(n)).map((n) => `\\typeout{${ALSO}${n}}`), frame, announce].join('\n');
    });
    return [announce, shared].join('\n');
  });
  return [documentClass, ...preamble, '\\begin{document}', ...bodies, `\\typeout{${MARK}end}`, '\\end{document}', ''].join('\n');
}

/** Each frame that more than one body writes (and that prints nothing of its own document), with every name of those bodies. */
function frameHolders(parts: readonly { names: string[]; body: string }[]): Map<string, string[]> {
  const holders = new Map<string, { bodies: number; names: string[] }>();
  for (const { names, body } of parts) {
    for (const frame of new Set(body.match(FRAME) ?? [])) {
      if (OWN_FRAME.test(frame)) continue;
      const h = holders.get(frame) ?? holders.set(frame, { bodies: 0, names: [] }).get(frame)!;
      h.bodies++;
      h.names.push(...names);
    }
  }
  return new Map([...holders].filter(([, h]) => h.bodies > 1).map(([frame, h]) => [frame, h.names]));
}

/** Reads the log: which document each Overfull box and each error belongs to (each of them, for a shared source). */
export function readBatchLog(log: string, tolerance = 1): { overfull: string[]; errors: string[] } {
  const overfull: string[] = [];
  const errors: string[] = [];
  let current = ['(preamble)'];
  for (const line of log.split('\n')) {
    if (line.startsWith(MARK)) current = [line.slice(MARK.length).trim()];
    if (line.startsWith(ALSO)) current.push(line.slice(ALSO.length).trim());
    const h = /^Overfull \\hbox \(([\d.]+)pt too wide\)/.exec(line);
    if ((h && Number(h[1]) > tolerance) || line.startsWith('Overfull \\vbox')) overfull.push(...current.map((name) => `${name}: ${line}`));
    if (line.startsWith('!')) errors.push(...current.map((name) => `${name}: ${line}`));
  }
  return { overfull, errors };
}

/** Compiles the combined document once (pdflatex, no shell escape) and reads its log. */
export function compileBatch(documentClass: string, docs: readonly BatchDocument[], name: string, draft = true, options: CombineOptions = {}): Promise<BatchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bptex-batch-'));
  writeFileSync(join(dir, `${name}.tex`), combineDocuments(documentClass, docs, options));
  return new Promise((resolve) => {
    const child = spawn('pdflatex', ['-no-shell-escape', '-interaction=nonstopmode', ...(draft ? ['-draftmode'] : []), `${name}.tex`], { cwd: dir });
    let log = '';
    child.stdout.on('data', (b: Buffer) => void (log += b.toString('utf8')));
    child.on('close', (status) => {
      const pdf = join(dir, `${name}.pdf`);
      const found = readBatchLog(log);
      resolve({ ok: status === 0, pdf, log, ...found });
    });
  });
}
