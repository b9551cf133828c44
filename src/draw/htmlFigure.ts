// The network or graph of an HTML page without TeX, from the same layout as the TikZ figure: SVG routes with
// arrowheads and node shapes, KaTeX labels placed over them at the layout's label boxes.
import { renderKatex } from '../util/katex.js';
import type { FigureData, FigureNode } from './figureData.js';
import type { NumberPolicy } from '../evaluate/numberPolicy.js';
import { escapeHtml } from '../util/escapeHtml.js';
import { fittedLayout } from './figureFit.js';
import { LABEL_PT, NODE_PT, type LabelLine, type PlacedEdge, type PlacedNode } from './figureLayout.js';

/** CSS px per layout pt: 4/3 is print size; a screen figure is drawn a little larger. */
export const PX = (4 / 3) * 1.35;
/** KaTeX sets math at 1.21 em of the surrounding text. */
const KATEX_EM = 1.21;

// labels repeat from figure to figure (node names, the weights an edit did not touch): each is typeset once
const typeset = new Map<string, string>();
const inline = (tex: string): string => {
  let html = typeset.get(tex);
  if (html === undefined) {
    if (typeset.size >= 4000) typeset.clear();
    typeset.set(tex, (html = renderKatex(tex, { throwOnError: true, output: 'htmlAndMathml', strict: 'ignore' })));
  }
  return html;
};
const px = (pt: number): string => (pt * PX).toFixed(1);

const FILL: Record<FigureNode['kind'], string> = { input: '#e3f6e3', unit: '#e3e8fb', bias: '#fbf6d5', loss: '#fbe3e3', node: '#e8ecfb' };
const TONE: Record<LabelLine['tone'], string> = { weight: '#111', value: '#2a6a2a', gradient: '#b31b1b' };

/** The arrowhead every edge ends in (one marker per figure; ids repeat harmlessly when a page has several), sized in
 * the figure's units: a highlighted wire is drawn thicker, and a head scaled with its stroke would cover the node. */
const ARROW = '<defs><marker id="bt-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="8.4" markerHeight="8.4" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>';

function wire(p: PlacedEdge, data: FigureData): string {
  const d = p.points.map((q, k) => `${k ? 'L' : 'M'}${px(q.x)},${px(q.y)}`).join(' ');
  const param = p.edge.param ? ` data-param="${escapeHtml(p.edge.param)}"` : '';
  const dash = data.kind === 'network' && !p.edge.param ? ' stroke-dasharray="4 3"' : '';
  return `<path class="wire" data-edge="${p.index}"${param} d="${d}" fill="none" stroke="#555" stroke-width="1.2"${dash} marker-end="url(#bt-arrow)"/>`;
}

function shape(p: PlacedNode): string {
  const common = `data-node="${escapeHtml(p.node.id)}" fill="${FILL[p.node.kind]}" stroke="#333"`;
  if (p.round) return `<circle ${common} cx="${px(p.x)}" cy="${px(p.y)}" r="${px(p.width / 2)}"/>`;
  return `<rect ${common} x="${px(p.x - p.width / 2)}" y="${px(p.y - p.height / 2)}" width="${px(p.width)}" height="${px(p.height)}" rx="4"/>`;
}

function edgeLabel(p: PlacedEdge): string[] {
  if (!p.label) return [];
  const param = p.edge.param ? ` data-param="${escapeHtml(p.edge.param)}"` : '';
  const lines = p.label.lines.map((l) => `<span style="display:block;color:${TONE[l.tone]}">${inline(l.tex)}</span>`).join('');
  const style = `left:${px(p.label.x)}px;top:${px(p.label.y)}px;font-size:${px(LABEL_PT / KATEX_EM)}px`;
  return [`<span class="edge" data-edge="${p.index}"${param} style="${style}">${lines}</span>`];
}

export function htmlFigure(data: FigureData, policy: NumberPolicy): string {
  const layout = fittedLayout(data, policy);
  const [width, height] = [px(layout.width), px(layout.height)];
  const nodes = [...layout.nodes.values()];
  const labels = nodes.map((n) => `<span class="label" style="left:${px(n.x)}px;top:${px(n.y)}px;font-size:${px(NODE_PT / KATEX_EM)}px">${inline(n.node.label)}</span>`);
  return [
    `<div class="figure" style="width:${width}px;height:${height}px">`,
    `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">${ARROW}${layout.edges.map((e) => wire(e, data)).join('')}${nodes.map(shape).join('')}</svg>`,
    ...layout.edges.flatMap(edgeLabel),
    ...labels,
    '</div>',
  ].join('\n');
}
