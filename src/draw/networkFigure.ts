// TikZ figures from the shared layout: a layered network with weight values on its edges (a chain rule's path can be
// highlighted), and a CS231n-style graph with each edge's value above its gradient.
import type { NumberPolicy } from '../evaluate/numberPolicy.js';
import { chainEdges, type FigureData, type FigureEdge, type FigureNode } from './figureData.js';
import { fittedLayout } from './figureFit.js';
import { deckFigureParts } from './figureSplit.js';
import { LABEL_PT, NODE_PT, type FigureLayout, type LabelLine, type PlacedEdge, type PlacedNode } from './figureLayout.js';

export interface FigureOptions {
  policy: NumberPolicy;
  /** Highlight the chain rule of this parameter (Mazur's "visually, here's what we're doing"). */
  highlight?: string;
}

const FILL: Record<FigureNode['kind'], string> = {
  input: 'green!10',
  unit: 'blue!10',
  bias: 'yellow!20',
  loss: 'red!10',
  node: 'blue!8',
};

const TONE: Record<LabelLine['tone'], string> = { weight: 'black', value: 'green!40!black', gradient: 'red!70!black' };

/** TikZ node names: letters and digits only, so any identifier is safe. */
export function nodeKey(id: string): string {
  return `n${[...id].map((c) => (/[A-Za-z0-9]/.test(c) ? c : `x${c.codePointAt(0)!.toString(16)}`)).join('')}`;
}

/** A point of the layout in TikZ coordinates (pt, y up). */
const at = (x: number, y: number): string => `(${x.toFixed(1)}pt,${(-y).toFixed(1)}pt)`;

function nodeLine(p: PlacedNode, repeated: boolean): string {
  const shape = p.round ? `circle, minimum size=${p.width.toFixed(1)}pt` : `rectangle, rounded corners=2pt, minimum width=${p.width.toFixed(1)}pt, minimum height=${p.height.toFixed(1)}pt`;
  return `\\node[draw${repeated ? ', dashed' : ''}, ${shape}, inner sep=0pt, fill=${FILL[p.node.kind]}] (${nodeKey(p.node.id)}) at ${at(p.x, p.y)} {$${p.node.label}$};`;
}

/** The edge along its route, from border to border; dashed from a network unit to the loss. */
function edgeLine(p: PlacedEdge, data: FigureData, hot: boolean): string {
  const style = hot ? 'very thick, red, ->' : data.kind === 'network' && !p.edge.param ? '->, dashed' : '->';
  const inner = p.points.slice(1, -1).map((q) => ` -- ${at(q.x, q.y)}`).join('');
  return `\\draw[${style}, rounded corners=4pt] (${nodeKey(p.edge.from)})${inner} -- (${nodeKey(p.edge.to)});`;
}

function labelLine(p: PlacedEdge): string[] {
  if (!p.label) return [];
  const text = p.label.lines.map((l) => `\\textcolor{${TONE[l.tone]}}{$${l.tex}$}`).join('\\\\');
  return [`\\node[fill=white, inner sep=1pt, align=center, font=\\labelfont] at ${at(p.label.x, p.label.y)} {${text}};`];
}

/** The bare tikzpicture, to \input or to put on a slide. */
export function figureTikz(data: FigureData, opts: FigureOptions): string {
  return tikzOfLayout(data, fittedLayout(data, opts.policy), opts.highlight ? chainEdges(data, opts.highlight) : new Set());
}

/** The figure for a deck: one tikzpicture, or a graph too large for one slide in parts with the nodes each starts from. */
export function deckFigureTikz(data: FigureData, policy: NumberPolicy): { figure: string; from: string[] }[] {
  return deckFigureParts(data, policy).map((p) => ({
    figure: tikzOfLayout(p.data, p.layout, new Set(), new Set(p.from)),
    from: p.from.map((id) => data.nodes.find((n) => n.id === id)!.label),
  }));
}

/** The picture of a layout; `repeated` nodes (drawn again from an earlier part) get a dashed border. */
export function tikzOfLayout(data: FigureData, layout: FigureLayout, hot: ReadonlySet<FigureEdge>, repeated: ReadonlySet<string> = new Set()): string {
  return [
    `\\begin{tikzpicture}[>=stealth, every node/.style={font=\\fontsize{${NODE_PT}}{${NODE_PT * 1.2}}\\selectfont}]`,
    `\\providecommand\\labelfont{\\fontsize{${LABEL_PT}}{${LABEL_PT * 1.25}}\\selectfont}`,
    ...[...layout.nodes.values()].map((n) => nodeLine(n, repeated.has(n.node.id))),
    // By index: a cached layout may come from an equal copy of the data, with other edge objects.
    ...layout.edges.map((e) => edgeLine(e, data, hot.has(data.edges[e.index]!))),
    ...layout.edges.flatMap(labelLine),
    '\\end{tikzpicture}',
  ].join('\n') + '\n';
}
