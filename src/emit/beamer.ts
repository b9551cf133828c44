// A Beamer deck in the rhythm of the tutorial slides: title, network, then one frame per neuron or equation group, optional overlays.
import type { Equation, Section } from '../derive/layout.js';
import { paceFrames } from './deckPacing.js';
import { escapeLatexText } from '../util/escapeLatex.js';
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { GENERATED_MARK } from '../util/generatedMark.js';
import { hiddenLayerCount } from './sectionTitle.js';
import { renderSides } from './renderEquation.js';
import { miniBatchTexSteps, miniBatchTexTitle } from './miniBatchTex.js';
import { roundsTable } from './roundsTable.js';
import { sectionTitle } from './sectionTitle.js';
import { texRows } from './tex.js';
import { sectionNote } from './equationNote.js';
import { DECK_FIT } from './fitFigure.js';
import { matrixFrames } from './matrix/matrixBeamer.js';

/** One frame's share of a figure too large for one slide, and the TeX labels of the nodes it starts from (the cut). */
export interface FigurePart {
  figure: string;
  from: string[];
}

export interface DeckOptions {
  /** The network figure (a bare tikzpicture), shown on the second frame. */
  figure?: string;
  /** The figure in parts, a frame each, where it is too large for one slide at 8 pt (replaces `figure`). */
  figureParts?: readonly FigurePart[];
  /** Figures with one chain rule highlighted, shown first in a section; keyed `output:` or `hidden:L` (sectionKey). */
  chainFigures?: ReadonlyMap<string, { param: string; figure: string }>;
  /** Reveal the equations of a frame one after another. */
  overlays?: boolean;
}

/** Width of a 16:9 frame's text at \small, in the width model's ems (measured: about 7.6 pt an em at most). */
const DECK_ROW_EMS = 48;

export function emitBeamer(doc: DerivationDocument, opts: DeckOptions = {}): string {
  return [
    `% ${GENERATED_MARK} from ${doc.source.replace(/[\r\n]/g, ' ')}. Regenerate instead of editing.`,
    '\\documentclass[aspectratio=169,10pt]{beamer}',
    '\\usepackage{amsmath}',
    '\\usepackage{tikz}',
    '\\setbeamertemplate{navigation symbols}{}',
    // Scales a figure to the frame: by width when it is wide, by height when it is tall.
    '\\newsavebox\\figbox',
    DECK_FIT,
    `\\title{${escapeLatexText(doc.title)}}`,
    '\\date{}',
    '\\begin{document}',
    '\\begin{frame}\n\\titlepage\n\\end{frame}',
    ...networkFrames(opts),
    ...(doc.matrix ? matrixFrames(doc, opts.overlays ? uncover : undefined) : []),
    ...doc.layout.sections.flatMap((s) => sectionFrames(doc, s, opts)),
    ...roundsFrame(doc),
    ...miniBatchFrames(doc),
    '\\end{document}',
    '',
  ].join('\n');
}

function frame(title: string, body: string): string {
  return `\\begin{frame}{${title}}\n${body.trimEnd()}\n\\end{frame}`;
}

/** The network on one frame, or in parts titled with their number and the nodes each continues from. */
function networkFrames(opts: DeckOptions): string[] {
  const parts = opts.figureParts && opts.figureParts.length > 1 ? opts.figureParts : opts.figure ? [{ figure: opts.figure, from: [] }] : [];
  return parts.map((p, k) => {
    const from = p.from.length > 3 ? [...p.from.slice(0, 3), '\\ldots'] : p.from;
    const title = parts.length > 1 ? `The network (${k + 1}/${parts.length})${from.length ? `: from $${from.join('$, $')}$` : ''}` : 'The network';
    return frame(title, `\\centering\n${fitFigure(p.figure)}`);
  });
}

/** Scales the figure to the frame's width and a safe height. */
function fitFigure(tikz: string): string {
  return `\\fitfigure{%\n${tikz.trimEnd()}%\n}`;
}

/** The key of a backward section for chainFigures. */
export function sectionKey(id: string, layer?: number): string {
  return `${id}:${layer ?? ''}`;
}

function sectionFrames(doc: DerivationDocument, section: Section, opts: DeckOptions): string[] {
  const title = sectionTitle(section, hiddenLayerCount(doc));
  const chain = opts.chainFigures?.get(sectionKey(section.id, section.layer));
  const visual = chain ? [frame(`${title}: visually`, `What the chain rule of $${doc.notation.node(chain.param).tex}$ follows, in red:\n\n\\centering\n${fitFigure(chain.figure)}`)] : [];
  const params = new Set(doc.derivation.graph.trainable);
  const ctx = { derivation: doc.derivation, notation: doc.notation, valuation: doc.valuation };
  const rowsOf = (eq: Equation): string[] => texRows(renderSides(eq, ctx, 'tex'), DECK_ROW_EMS).split(' \\\\\n');
  // A fused output δ: why it is out − target, on a frame of its own before the equations that use it.
  const note = sectionNote(section, 'tex');
  const why = note ? [frame(`${title}: why $\\delta$ is $\\mathit{out} - \\mathit{target}$`, note)] : [];
  return [...visual, ...why, ...section.blocks.filter((b) => b.equations.length > 0).flatMap((block) => {
    const subject = block.subject !== undefined ? `: $${doc.notation.node(block.subject).tex}$` : '';
    return paceFrames(block.equations, rowsOf, params).map((f) => {
      const names = f.params.length > 3 ? '' : f.params.map((p) => `$${doc.notation.node(p).tex}$`).join(', ');
      const heading = `${title}${subject}${names ? ` \\textendash{} ${names}` : ''}${f.continued ? ' (cont.)' : ''}`;
      return frame(heading, equationBlock(f.equations, opts.overlays === true));
    });
  })];
}

/** One align* per frame; with overlays, equation k appears on slide k (both cells of each of its rows). */
function equationBlock(equations: string[][], overlays: boolean): string {
  const rows = equations.flatMap((rows, k) => rows.map((row) => (overlays ? uncover(row, k + 1) : row)));
  return ['\\small', '\\begin{align*}', rows.join(' \\\\\n'), '\\end{align*}'].join('\n');
}

function uncover(row: string, slide: number): string {
  const i = row.indexOf('&');
  if (i < 0) return `\\onslide<${slide}->{${row}}`;
  return `\\onslide<${slide}->{${row.slice(0, i)}} &\\onslide<${slide}->{{}${row.slice(i + 1)}}`;
}

/** "What's next": the outputs and the error after N rounds (derive --iterations N), first and last rounds. */
function roundsFrame(doc: DerivationDocument): string[] {
  const table = roundsTable(doc, 'tex');
  if (!table || !doc.rounds) return [];
  // The slide shows the round and the reported nodes (outputs, loss); the weights are in the article's table.
  const shown = Object.keys(doc.rounds[0]!.values).length;
  const keep = (r: string[]): string[] => [r[0]!, ...r.slice(-shown)];
  const rows = (table.rows.length > 2 ? [table.rows[0]!, table.rows.at(-1)!] : table.rows).map(keep);
  const body = [
    `After ${table.rows.length} rounds of gradient descent:`,
    '\\medskip',
    '\\centering',
    `\\begin{tabular}{${'r'.repeat(shown + 1)}}`,
    `${keep(table.header).join(' & ')} \\\\ \\hline`,
    ...rows.map((r) => `${r.join(' & ')} \\\\`),
    '\\end{tabular}',
  ].join('\n');
  return [frame('After many rounds', body)];
}

/** The height of a step's rows a frame holds at \small, in lines of text: a row with a fraction takes two. */
const STEP_LINES_PER_FRAME = 13;
const linesOf = (rows: readonly string[]): number => rows.reduce((n, r) => n + (r.includes('\\frac') ? 2 : 1), 0);

/** derive --iterations N --batch-size B: one frame per step, a long batch continued on further frames (an example or a parameter never split). */
function miniBatchFrames(doc: DerivationDocument): string[] {
  if (!doc.steps?.length) return [];
  const intro = frame(miniBatchTexTitle(doc), 'Each step: the forward pass and loss of each example of the batch, the batch gradient, and the update $w^{+} = w - \\eta \\, \\partial E / \\partial w$.');
  return [intro, ...miniBatchTexSteps(doc).flatMap((step) => {
    const frames: string[][] = [];
    // a group taller than a frame (the sum of a batch of many examples) is cut into frame-sized pieces
    for (const row of step.groups.flatMap((g) => g.map((r, i) => ({ r, first: i === 0, rest: g.slice(i) })))) {
      const last = frames.at(-1);
      const fits = (rows: readonly string[]): boolean => !!last && linesOf([...last, ...rows]) <= STEP_LINES_PER_FRAME;
      // a group starts a new frame unless all of it fits; its later rows go on while they fit
      if (last && (row.first ? fits(row.rest) || linesOf(row.rest) > STEP_LINES_PER_FRAME && fits([row.r]) : fits([row.r]))) last.push(row.r);
      else frames.push([row.r]);
    }
    return frames.map((rows, i) => frame(`${step.heading}${i ? ' (cont.)' : ''}`, ['\\small', '\\begin{align*}', rows.join(' \\\\\n'), '\\end{align*}'].join('\n')));
  })];
}
