// The network or graph of an HTML page without TeX: SVG lines and circles, KaTeX labels placed over them.
import { renderKatex } from '../util/katex.js';
import { figurePolicy, type FigureData, type FigureNode } from './figureData.js';
import { formatNumber, type NumberPolicy } from '../evaluate/numberPolicy.js';
import { escapeHtml } from '../util/escapeHtml.js';

const X = 170;
const Y = 70;
const PAD = 40;

const inline = (tex: string): string => renderKatex(tex, { throwOnError: true, output: 'html', strict: 'ignore' });

function placements(data: FigureData): Map<string, { x: number; y: number }> {
  const size = new Map<number, number>();
  for (const n of data.nodes) if (n.kind !== 'bias') size.set(n.column, (size.get(n.column) ?? 0) + 1);
  const tallest = Math.max(...size.values());
  const at = (n: FigureNode): { x: number; y: number } => ({ x: PAD + n.column * X, y: PAD + ((tallest - (size.get(n.column) ?? 1)) / 2 + n.row) * Y });
  return new Map(data.nodes.map((n) => [n.id, at(n)]));
}

export function htmlFigure(data: FigureData, policy: NumberPolicy): string {
  const pos = placements(data);
  const width = Math.max(...[...pos.values()].map((p) => p.x)) + PAD * 2;
  const height = Math.max(...[...pos.values()].map((p) => p.y)) + PAD * 2;
  const num = (x: number): string => formatNumber(x, figurePolicy(policy));
  // data-edge (the edge's index in data.edges) and data-param let a live page highlight a chain rule (chainEdges).
  const param = (e: FigureData['edges'][number]): string => (e.param ? ` data-param="${escapeHtml(e.param)}"` : '');
  const lines = data.edges.map((e, i) => {
    const a = pos.get(e.from)!;
    const b = pos.get(e.to)!;
    return `<line data-edge="${i}"${param(e)} x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="#555" stroke-width="1.2"${e.param || data.kind === 'graph' ? '' : ' stroke-dasharray="4 3"'}/>`;
  });
  const kind = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeLabels = data.edges.flatMap((e, i) => {
    const a = pos.get(e.from)!;
    const b = pos.get(e.to)!;
    // As in the TikZ figure: mid-way on straight edges, near the source on crossing ones, staggered for shared biases.
    const t = kind.get(e.from)!.kind === 'bias' ? (kind.get(e.to)!.row % 2 ? 0.3 : 0.6) : a.y === b.y ? 0.5 : 0.25;
    const value = e.param ? data.values.get(e.param) : e.value;
    if (value === undefined) return [];
    const tex = e.label ? `${e.label} = ${num(value)}` : e.gradient !== undefined ? `${num(value)}\\;|\\;{\\color{red}${num(e.gradient)}}` : num(value);
    return [`<span class="edge" data-edge="${i}"${param(e)} style="left:${a.x + (b.x - a.x) * t}px;top:${a.y + (b.y - a.y) * t}px">${inline(tex)}</span>`];
  });
  const nodes = data.nodes.map((n) => {
    const p = pos.get(n.id)!;
    return `<circle data-node="${escapeHtml(n.id)}" cx="${p.x}" cy="${p.y}" r="18" fill="${FILL[n.kind]}" stroke="#333"/>`;
  });
  const labels = data.nodes.map((n) => `<span class="label" style="left:${pos.get(n.id)!.x}px;top:${pos.get(n.id)!.y}px">${inline(n.label)}</span>`);
  return [
    `<div class="figure" style="width:${width}px;height:${height}px">`,
    `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">${[...lines, ...nodes].join('')}</svg>`,
    ...edgeLabels,
    ...labels,
    '</div>',
  ].join('\n');
}

const FILL: Record<FigureNode['kind'], string> = { input: '#e3f6e3', unit: '#e3e8fb', bias: '#fbf6d5', loss: '#fbe3e3', node: '#e8ecfb' };
