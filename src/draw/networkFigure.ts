// TikZ figures: a layered network with weight values on its edges (a chain rule's path can be highlighted), and a CS231n-style graph.
import { formatNumber, type NumberPolicy } from '../evaluate/numberPolicy.js';
import { chainEdges, figurePolicy, type FigureData, type FigureEdge, type FigureNode } from './figureData.js';

export interface FigureOptions {
  policy: NumberPolicy;
  /** Highlight the chain rule of this parameter (Mazur's "visually, here's what we're doing"). */
  highlight?: string;
}

const X_STEP = 3.6;
const Y_STEP = 1.6;

function position(n: FigureNode, columnSize: Map<number, number>): string {
  const size = columnSize.get(n.column) ?? 1;
  const y = ((size - 1) / 2 - n.row) * Y_STEP;
  return `(${(n.column * X_STEP).toFixed(2)},${y.toFixed(2)})`;
}

const STYLE: Record<FigureNode['kind'], string> = {
  input: 'circle, draw, fill=green!10, minimum size=9mm',
  unit: 'circle, draw, fill=blue!10, minimum size=9mm',
  bias: 'circle, draw, fill=yellow!20, minimum size=8mm',
  loss: 'rectangle, draw, fill=red!10, minimum size=8mm',
  node: 'rectangle, rounded corners, draw, fill=blue!8, minimum size=8mm',
};

function nodeLines(data: FigureData): string[] {
  const columnSize = new Map<number, number>();
  for (const n of data.nodes) if (n.kind !== 'bias') columnSize.set(n.column, (columnSize.get(n.column) ?? 0) + 1);
  return data.nodes.map((n) => `\\node[${STYLE[n.kind]}] (${nodeKey(n.id)}) at ${position(n, columnSize)} {$${n.label}$};`);
}

/** TikZ node names: letters and digits only, so any identifier is safe. */
export function nodeKey(id: string): string {
  return `n${[...id].map((c) => (/[A-Za-z0-9]/.test(c) ? c : `x${c.codePointAt(0)!.toString(16)}`)).join('')}`;
}

/** Where an edge's label sits: mid-way on straight edges, near the source on crossing ones, staggered for shared biases. */
function labelPosition(e: FigureEdge, rows: Map<string, FigureNode>): number {
  const from = rows.get(e.from)!;
  const to = rows.get(e.to)!;
  if (from.kind === 'bias') return to.row % 2 ? 0.3 : 0.6;
  return from.row === to.row ? 0.5 : 0.22;
}

function networkEdge(e: FigureEdge, data: FigureData, hot: boolean, pos: number, policy: NumberPolicy): string {
  const style = hot ? 'very thick, red, ->' : e.param ? '->' : '->, dashed';
  const value = e.param ? data.values.get(e.param) : undefined;
  const label = e.label && value !== undefined ? ` node[pos=${pos}, fill=white, inner sep=1pt, font=\\scriptsize] {$${e.label} = ${formatNumber(value, policy)}$}` : '';
  return `\\draw[${style}] (${nodeKey(e.from)}) --${label} (${nodeKey(e.to)});`;
}

function graphEdge(e: FigureEdge, hot: boolean, policy: NumberPolicy): string {
  const above = e.value !== undefined ? ` node[above, sloped, font=\\scriptsize, text=green!40!black] {$${formatNumber(e.value, policy)}$}` : '';
  const below = e.gradient !== undefined ? ` node[below, sloped, font=\\scriptsize, text=red!70!black] {$${formatNumber(e.gradient, policy)}$}` : '';
  return `\\draw[${hot ? 'very thick, red, ->' : '->'}] (${nodeKey(e.from)}) --${above}${below} (${nodeKey(e.to)});`;
}

/** The bare tikzpicture, to \input or to put on a slide. */
export function figureTikz(data: FigureData, opts: FigureOptions): string {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const hot = opts.highlight ? chainEdges(data, opts.highlight) : new Set<FigureEdge>();
  const policy = figurePolicy(opts.policy);
  const edges = data.kind === 'network'
    ? data.edges.map((e) => networkEdge(e, data, hot.has(e), labelPosition(e, byId), policy))
    : data.edges.map((e) => graphEdge(e, hot.has(e), policy));
  return ['\\begin{tikzpicture}[>=stealth, every node/.style={font=\\small}]', ...nodeLines(data), ...edges, '\\end{tikzpicture}'].join('\n') + '\n';
}
