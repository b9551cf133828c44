// A graph figure whose leaves stand on several ranks before their reader (not one tall column), for slides.
// Each edge label is a node of its own here (dagre puts a label at the middle rank of its edge, which for an edge over
// two ranks is the rank of the nearer leaves, so those would stack again); then a reader's first leaves sit one rank
// before it and its further ones two ranks before them, and a column holds about half as many circles and labels.
import dagre from '@dagrejs/dagre';
import type { NumberPolicy } from '../evaluate/numberPolicy.js';
import type { FigureData } from './figureData.js';
import { edgeLabelLines, figureGraph, labelBox, type FigureLayout, type PlacedEdge } from './figureLayout.js';

/** A reader with more leaves than this puts the rest one step further back. */
const LEAVES_A_RANK = 3;

/** How many steps (of two ranks: leaf and label) before its reader each leaf edge starts: 0 for the nearest. */
export function leafSteps(data: FigureData): Map<number, number> {
  const computed = new Set(data.edges.map((e) => e.to));
  const steps = new Map<number, number>();
  const placed = new Map<string, number>();
  for (const reader of new Set(data.edges.map((e) => e.to))) {
    const leaves = data.edges.map((e, i) => [e, i] as const).filter(([e]) => e.to === reader && !computed.has(e.from));
    const levels = Math.ceil(leaves.length / LEAVES_A_RANK);
    leaves.forEach(([e, i], k) => {
      const step = placed.get(e.from) ?? Math.floor((k * levels) / leaves.length);
      placed.set(e.from, step);
      steps.set(i, step);
    });
  }
  return steps;
}

/** Lays the figure out left to right with every label a node and leaves staggered by leafSteps. */
export function layoutStaggered(data: FigureData, policy: NumberPolicy): FigureLayout {
  const { g, key, placed } = figureGraph(data, 4);
  const steps = leafSteps(data);
  const lines = data.edges.map((e) => edgeLabelLines(e, data, policy));
  data.edges.forEach((e, i) => {
    const box = labelBox(lines[i]!);
    const step = steps.get(i) ?? 0;
    if (!box) return void g.setEdge(key.get(e.from)!, key.get(e.to)!, { minlen: 2 + 4 * step }, String(i));
    g.setNode(`l${i}`, box);
    g.setEdge(key.get(e.from)!, `l${i}`, { minlen: 1 }, 'a');
    g.setEdge(`l${i}`, key.get(e.to)!, { minlen: 1 + 4 * step }, 'b');
  });
  dagre.layout(g);
  const nodes = placed();
  const route = (v: string, w: string, name: string): { x: number; y: number }[] => g.edge({ v, w, name }).points ?? [];
  const edges = data.edges.map((e, i): PlacedEdge => {
    const [from, to] = [key.get(e.from)!, key.get(e.to)!];
    if (!g.hasNode(`l${i}`)) return { edge: e, index: i, points: route(from, to, String(i)) };
    const l = g.node(`l${i}`);
    const points = [...route(from, `l${i}`, 'a').slice(0, -1), { x: l.x!, y: l.y! }, ...route(`l${i}`, to, 'b').slice(1)];
    return { edge: e, index: i, points, label: { x: l.x!, y: l.y!, width: l.width, height: l.height, lines: lines[i]! } };
  });
  const graph = g.graph();
  return { width: graph.width ?? 0, height: graph.height ?? 0, nodes, edges };
}
