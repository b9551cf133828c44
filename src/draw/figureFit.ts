// How large a figure prints in the article and the deck (the model of emit/fitFigure.ts's macros), and a long chain wrapped onto two rows when that prints its labels larger than one row does.
import type { NumberPolicy } from '../evaluate/numberPolicy.js';
import type { FigureData } from './figureData.js';
import { layoutStaggered } from './staggeredLayout.js';
import { LABEL_PT, layoutFigure, type Box, type FigureLayout, type PlacedEdge, type PlacedNode } from './figureLayout.js';

/** The numbers of ARTICLE_FIT and DECK_FIT (emit/fitFigure.ts), measured with pdflatex. */
const ARTICLE = { width: 360, height: 0.6 * 541.4 };
const DECK = { width: 0.95 * 398.34, height: 0.8 * 252.07, tall: 0.53 };

/** The scale the macros above give a figure of this size. */
export function printedScale(size: { width: number; height: number }, where: 'article' | 'deck'): number {
  if (where === 'deck') return size.height > DECK.tall * size.width ? DECK.height / size.height : DECK.width / size.width;
  return Math.min(1, ARTICLE.width / size.width, ARTICLE.height / size.height);
}

/** The size the edge labels print at (pt). */
export function printedLabelPt(size: { width: number; height: number }, where: 'article' | 'deck'): number {
  return LABEL_PT * printedScale(size, where);
}

const MARGIN = 4;
const ROW_GAP = 14;

/**
 * The layout in two rows: cut between two columns where the fewest edges cross (at most two: a chain), the right
 * part moved under the left; a crossing edge runs down the cut, back along the gap and into row two.
 */
export function wrapInTwoRows(layout: FigureLayout): FigureLayout | undefined {
  const cut = bestCut(layout);
  if (cut === undefined) return undefined;
  const nodes = [...layout.nodes.values()];
  const left = (b: Box): boolean => b.x < cut;
  const span = (boxes: Box[]): [number, number] => [Math.min(...boxes.map((b) => b.y - b.height / 2)), Math.max(...boxes.map((b) => b.y + b.height / 2))];
  const boxes = [...nodes, ...layout.edges.flatMap((e) => (e.label ? [e.label] : []))];
  const [top1, bottom1] = span(boxes.filter(left));
  const [top2, bottom2] = span(boxes.filter((b) => !left(b)));
  const dy1 = MARGIN - top1;
  const dy2 = bottom1 + dy1 + ROW_GAP - top2;
  const dx2 = MARGIN - Math.min(...boxes.filter((b) => !left(b)).map((b) => b.x - b.width / 2));
  const move = <T extends { x: number; y: number }>(p: T): T => (p.x < cut ? { ...p, y: p.y + dy1 } : { ...p, x: p.x + dx2, y: p.y + dy2 });
  const gapY = bottom1 + dy1 + ROW_GAP / 2;
  const edges = layout.edges.map((e): PlacedEdge => {
    const moved = e.points.map(move);
    const k = e.points.findIndex((p) => p.x >= cut);
    const crosses = k > 0 && e.points[0]!.x < cut;
    const points = crosses ? [...moved.slice(0, k), { x: cut, y: moved[k - 1]!.y }, { x: cut, y: gapY }, { x: MARGIN / 2, y: gapY }, { x: MARGIN / 2, y: moved[k]!.y }, ...moved.slice(k)] : moved;
    return { ...e, points, ...(e.label ? { label: move(e.label) } : {}) };
  });
  const placed = new Map([...layout.nodes].map(([id, n]): [string, PlacedNode] => [id, move(n)]));
  const all = [...placed.values(), ...edges.flatMap((e) => (e.label ? [e.label] : []))];
  return {
    width: Math.max(cut + MARGIN, ...all.map((b) => b.x + b.width / 2 + MARGIN)),
    height: bottom2 + dy2 + MARGIN,
    nodes: placed,
    edges,
  };
}

/** The x between two columns nearest the middle that no node or label spans and at most two edges cross. */
function bestCut(layout: FigureLayout): number | undefined {
  const boxes = [...layout.nodes.values(), ...layout.edges.flatMap((e) => (e.label ? [e.label] : []))];
  const edges = [...boxes].sort((a, b) => a.x + a.width / 2 - (b.x + b.width / 2));
  let best: { x: number; score: number } | undefined;
  for (const b of edges) {
    const x = b.x + b.width / 2 + 0.5;
    if (boxes.some((o) => o.x - o.width / 2 < x && x < o.x + o.width / 2)) continue;
    if (!boxes.some((o) => o.x > x)) continue;
    const crossing = layout.edges.filter((e) => e.points[0]!.x < x && e.points.at(-1)!.x > x).length;
    if (crossing > 2) continue;
    const score = Math.abs(x - layout.width / 2) + crossing * 20;
    if (!best || score < best.score) best = { x, score };
  }
  return best?.x;
}

/**
 * The layout both figures use: one row, or two where a wide chain then prints its labels larger on a slide. A deck's
 * share of a figure cut into frames (`part`) may also stand its leaves on several columns (staggeredLayout): that
 * reads on a frame of its own, but in a whole figure its long edges run past other leaves.
 */
export function fittedLayout(data: FigureData, policy: NumberPolicy, use: 'figure' | 'part' = 'figure'): FigureLayout {
  // A deck draws the same network once plain and once per highlighted chain: one layout serves them all.
  const key = JSON.stringify([use, data.kind, data.nodes, data.edges, [...data.values], policy]);
  const cached = recent.get(key);
  if (cached) return cached;
  const layout = layoutOnce(data, policy, use === 'part' && data.kind === 'graph');
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(key, layout);
  return layout;
}

/** Layouts kept: as many as figureLayout keeps answers, so a second deck of the same networks reuses both. */
const RECENT = 256;
const recent = new Map<string, FigureLayout>();

function layoutOnce(data: FigureData, policy: NumberPolicy, stagger: boolean): FigureLayout {
  const one = layoutFigure(data, policy);
  if (printedLabelPt(one, 'deck') >= LABEL_PT) return one;
  const tries = [one, ...(stagger ? [layoutStaggered(data, policy)] : [])];
  const all = tries.flatMap((t) => [t, ...(t.height > DECK.tall * t.width ? [] : [wrapInTwoRows(t)].filter((w) => w !== undefined))]);
  return all.reduce((best, t) => (printedLabelPt(t, 'deck') > printedLabelPt(best, 'deck') + 1e-9 ? t : best));
}
