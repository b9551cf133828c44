// A graph figure too large for one slide at 8 pt, cut between two columns into parts of a frame each; the nodes a part
// continues from are drawn again at its left, so every part reads on its own and the cut is named.
import type { NumberPolicy } from '../evaluate/numberPolicy.js';
import type { FigureData, FigureNode } from './figureData.js';
import { fittedLayout, printedLabelPt } from './figureFit.js';
import { LABEL_PT, type FigureLayout } from './figureLayout.js';

export interface FigurePart {
  data: FigureData;
  layout: FigureLayout;
  /** Computed nodes of an earlier part this part starts from (the cut), in the file's order. */
  from: string[];
}

/** At most this many frames for one figure. */
const MAX_PARTS = 5;

/** The figure as one part, or as parts cut between columns where that prints the labels larger on a slide. */
export function deckFigureParts(data: FigureData, policy: NumberPolicy): FigurePart[] {
  const whole: FigurePart = { data, layout: fittedLayout(data, policy), from: [] };
  if (data.kind !== 'graph') return [whole];
  let parts = [whole];
  while (parts.length < MAX_PARTS) {
    const worst = parts.reduce((w, p, i) => (pt(p) < pt(parts[w]!) ? i : w), 0);
    if (pt(parts[worst]!) >= LABEL_PT) break;
    const cut = bestSplit(parts[worst]!, policy);
    if (!cut || Math.min(pt(cut[0]), pt(cut[1])) <= pt(parts[worst]!)) break;
    parts = [...parts.slice(0, worst), ...cut, ...parts.slice(worst + 1)];
  }
  parts = mergeNeighbours(parts, data, policy);
  // A part starts from every node it draws that an earlier part computes.
  const computedIn = parts.map((p) => new Set(p.data.edges.map((e) => e.to)));
  return parts.map((p, i) => ({ ...p, from: p.data.nodes.filter((n) => !computedIn[i]!.has(n.id) && computedIn.some((c, j) => j < i && c.has(n.id))).map((n) => n.id) }));
}

/** Cuts made greedily can leave two neighbours that fit one frame together: they share it. */
function mergeNeighbours(parts: FigurePart[], data: FigureData, policy: NumberPolicy): FigurePart[] {
  const computed = (p: FigurePart): string[] => [...new Set(p.data.edges.map((e) => e.to))];
  for (let i = 0; i + 1 < parts.length; i++) {
    const both = subFigure(data, new Set([...computed(parts[i]!), ...computed(parts[i + 1]!)]), policy);
    if (pt(both) >= LABEL_PT) return mergeNeighbours([...parts.slice(0, i), both, ...parts.slice(i + 2)], data, policy);
  }
  return parts;
}

const pt = (p: FigurePart): number => printedLabelPt(p.layout, 'deck');

/** The cut (between two columns, or within the first column) whose smaller part prints the largest labels. */
function bestSplit(part: FigurePart, policy: NumberPolicy): [FigurePart, FigurePart] | undefined {
  const { data } = part;
  const computed = data.nodes.filter((n) => data.edges.some((e) => e.to === n.id));
  let best: [FigurePart, FigurePart] | undefined;
  for (const first of candidateCuts(computed)) {
    const rest = new Set(computed.filter((n) => !first.has(n.id)).map((n) => n.id));
    const a = subFigure(data, first, policy);
    const b = subFigure(data, rest, policy);
    if (!best || Math.min(pt(a), pt(b)) > Math.min(pt(best[0]), pt(best[1]))) best = [a, b];
  }
  return best;
}

/** The first parts a cut can leave: every column up to one, or the first rows of the first column (a wide fan-in). */
function candidateCuts(computed: FigureNode[]): Set<string>[] {
  const columns = [...new Set(computed.map((n) => n.column))].sort((a, b) => a - b);
  const byColumn = columns.slice(0, -1).map((c) => new Set(computed.filter((n) => n.column <= c).map((n) => n.id)));
  const first = computed.filter((n) => n.column === columns[0]).sort((a, b) => a.row - b.row);
  const byRow = first.slice(1).map((_, r) => new Set(first.slice(0, r + 1).map((n) => n.id)));
  return [...byColumn, ...byRow];
}

/** The computed nodes `keep`, the edges into them and their sources. */
function subFigure(data: FigureData, keep: Set<string>, policy: NumberPolicy): FigurePart {
  const edges = data.edges.filter((e) => keep.has(e.to));
  const shown = new Set([...keep, ...edges.map((e) => e.from)]);
  const sub: FigureData = { ...data, nodes: data.nodes.filter((n) => shown.has(n.id)), edges };
  return { data: sub, layout: fittedLayout(sub, policy, 'part'), from: [] };
}
