// The figures of a network file for the library API: `draw`'s TikZ, and what a Beamer deck or an HTML page shows beside the derivation.
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import { drawFigure } from '../draw/drawFigure.js';
import { deckFigureTikz } from '../draw/networkFigure.js';
import type { FigurePart } from '../emit/beamer.js';
import { graphFigureData, networkFigureData, type FigureData } from '../draw/figureData.js';
import { sectionKey } from '../emit/beamer.js';
import { DEFAULT_POLICY, type NumberPolicy } from '../evaluate/numberPolicy.js';
import { GENERATED_MARK } from '../util/generatedMark.js';

export interface DrawOptions {
  policy?: Partial<NumberPolicy>;
  /** Highlight the chain rule of this parameter (e.g. w5). */
  highlight?: string;
  /** Only the tikzpicture, to \input in a document that loads tikz (default: a standalone document). */
  fragment?: boolean;
}

/** The TikZ figure of a network (weights on the edges) or of a graph file (values above, gradients below). */
export function draw(def: NetworkDefinition, options: DrawOptions = {}): string {
  const policy = { ...DEFAULT_POLICY, ...options.policy };
  const figure = drawFigure(def, { policy, highlight: options.highlight, standalone: !options.fragment });
  return options.fragment ? `% ${GENERATED_MARK}. \\input this in a document that loads tikz.\n${figure}` : figure;
}

/** What `emit` needs beside the derivation for a deck (the figure, one chain-rule figure per layer) or a page (the figure's data). */
export function presentationExtras(def: NetworkDefinition, format: 'tex' | 'beamer' | 'html', options: { overlays?: boolean } = {}): { figure?: string; figureParts?: FigurePart[]; chainFigures?: Map<string, { param: string; figure: string }>; overlays?: boolean; figureData?: FigureData } {
  if (format === 'html') return { figureData: def.spec.layers ? networkFigureData(def) : graphFigureData(def) };
  if (format === 'tex') return articleFigure(def);
  const data = def.spec.layers ? networkFigureData(def) : graphFigureData(def);
  const parts = deckFigureTikz(data, DEFAULT_POLICY);
  return {
    figure: drawFigure(def, { policy: DEFAULT_POLICY, standalone: false }),
    ...(parts.length > 1 && { figureParts: parts }),
    chainFigures: chainFigures(def),
    overlays: options.overlays ?? false,
  };
}

/** Above this many circles the article's figure would be a grey blur at text width: the article goes without. */
const MAX_ARTICLE_FIGURE_NODES = 40;

/** The article's network figure under its title, as the seeds open, for a network small enough to read. */
function articleFigure(def: NetworkDefinition): { figure?: string } {
  const data = def.spec.layers ? networkFigureData(def) : graphFigureData(def);
  if (data.nodes.length > MAX_ARTICLE_FIGURE_NODES) return {};
  return { figure: drawFigure(def, { policy: DEFAULT_POLICY, standalone: false }) };
}

/** For each layer's backward section, the network with the chain rule of its first weight highlighted (Mazur's figures). */
function chainFigures(def: NetworkDefinition): Map<string, { param: string; figure: string }> {
  const layers = def.spec.layers ?? [];
  const out = new Map<string, { param: string; figure: string }>();
  layers.forEach((layer, li) => {
    const first = Object.values(layer.neurons)[0];
    const param = first ? Object.keys(first.weights)[0] : undefined;
    if (param === undefined || def.spec.frozen.includes(param)) return;
    const key = li === layers.length - 1 ? sectionKey('output') : sectionKey('hidden', li + 1);
    out.set(key, { param, figure: drawFigure(def, { policy: DEFAULT_POLICY, highlight: param, standalone: false }) });
  });
  return out;
}
