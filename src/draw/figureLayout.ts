// One layout of a figure for TikZ and SVG alike, from dagre: node centres, edge routes and label boxes, in points.
// Why dagre (@dagrejs/dagre) and not elkjs: dagre lays out synchronously (drawFigure, the emitters and the playground
// are synchronous; elkjs answers with a Promise), it is 48 kB against elkjs's 1.5 MB, and its layered layout reduces
// crossings and gives every edge label a node of its own, so labels cannot overlap one another or a node, and each
// edge is routed through its own label.
import dagre from '@dagrejs/dagre';
import { estimateTexWidth } from '../util/texWidth.js';
import { formatNumber, type NumberPolicy, texNumber } from '../evaluate/numberPolicy.js';
import { figurePolicy, type FigureData, type FigureEdge, type FigureNode } from './figureData.js';
import { untangleLabels } from './labelOrder.js';

/** Type sizes at the figure's natural size (pt): labels stay at least LABEL_PT where it prints at scale 1 or more. */
export const LABEL_PT = 8;
export const NODE_PT = 10;
/** pt an em of the width model at 1 pt: calibrated on pdflatex's rows (7.7–9.3 pt an em at 11 pt), rounded up. */
const EM = 0.9;

export interface Box {
  /** Centre and size in pt, y growing downwards. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One line of an edge label: TeX math and its colour (a graph's value above, its gradient below). */
export interface LabelLine {
  tex: string;
  tone: 'weight' | 'value' | 'gradient';
}

export interface PlacedNode extends Box {
  node: FigureNode;
  round: boolean;
}

export interface PlacedEdge {
  edge: FigureEdge;
  /** Its index in data.edges (the playground's data-edge). */
  index: number;
  /** The route from the source's border to the target's border. */
  points: { x: number; y: number }[];
  label?: Box & { lines: LabelLine[] };
}

export interface FigureLayout {
  width: number;
  height: number;
  nodes: Map<string, PlacedNode>;
  edges: PlacedEdge[];
}

/** The label lines of an edge: a network's weight (w_5 = 0.4), a graph's value and the gradient of its source. */
export function edgeLabelLines(e: FigureEdge, data: FigureData, policy: NumberPolicy): LabelLine[] {
  const num = (x: number): string => texNumber(formatNumber(x, figurePolicy(policy)));
  if (data.kind === 'network') {
    const value = e.param ? data.values.get(e.param) : undefined;
    return e.label && value !== undefined ? [{ tex: `${e.label} = ${num(value)}`, tone: 'weight' }] : [];
  }
  return [
    ...(e.value !== undefined ? [{ tex: num(e.value), tone: 'value' as const }] : []),
    ...(e.gradient !== undefined ? [{ tex: num(e.gradient), tone: 'gradient' as const }] : []),
  ];
}

/** The printed size of TeX math at `pt`, with a little room around it. */
export function texBox(tex: string, pt: number): { width: number; height: number } {
  return { width: estimateTexWidth(tex) * EM * pt + 3, height: pt * 1.2 + 1 };
}

function nodeSize(n: FigureNode): { width: number; height: number; round: boolean } {
  const text = texBox(n.label, NODE_PT);
  const round = n.kind === 'input' || n.kind === 'unit' || n.kind === 'bias';
  // A circle holds its label's box (E_total no longer spills out); boxes for the loss and a graph's nodes.
  if (round) {
    const d = Math.max(24, Math.hypot(text.width, text.height) + 2);
    return { width: d, height: d, round };
  }
  return { width: Math.max(24, text.width + 8), height: 22, round };
}

/** Lays the figure out left to right; nodes of a column keep the file's order. */
export function layoutFigure(data: FigureData, policy: NumberPolicy): FigureLayout {
  const lines = data.edges.map((e) => edgeLabelLines(e, data, policy));
  const boxes = lines.map((l) => labelBox(l));
  const index = new Map(data.nodes.map((n, i) => [n.id, i]));
  const constraints = columnOrder(data).map((c) => [index.get(c.left)!, index.get(c.right)!] as const);
  // dagre sees only sizes, endpoints and order: the same question (another value of the same width) has the same answer
  const question = JSON.stringify([data.nodes.map((n) => nodeSize(n)), data.edges.map((e, i) => [index.get(e.from), index.get(e.to), boxes[i]]), constraints]);
  const answer = recall(question, () => untangled(data, runDagre(data, boxes, constraints), boxes));
  const nodes = new Map(data.nodes.map((n, i): [string, PlacedNode] => [n.id, { node: n, ...answer.nodes[i]! }]));
  const edges = data.edges.map((e, i): PlacedEdge => {
    const r = answer.edges[i]!;
    const box = boxes[i];
    return { edge: e, index: i, points: r.points.map((p) => ({ ...p })), ...(box ? { label: { x: r.x!, y: r.y!, ...box, lines: lines[i]! } } : {}) };
  });
  return { width: answer.width, height: answer.height, nodes, edges };
}

/** dagre's answer with each column's labels reordered and routed level through them (labelOrder.ts), asked once per shape. */
function untangled(data: FigureData, answer: DagreAnswer, boxes: ({ width: number; height: number } | undefined)[]): DagreAnswer {
  const nodes = new Map(data.nodes.map((n, i): [string, PlacedNode] => [n.id, { node: n, ...answer.nodes[i]! }]));
  const edges = data.edges.map((e, i): PlacedEdge => {
    const r = answer.edges[i]!;
    const box = boxes[i];
    return { edge: e, index: i, points: r.points, ...(box ? { label: { x: r.x!, y: r.y!, ...box, lines: [] } } : {}) };
  });
  const routed = untangleLabels(edges, nodes);
  return { ...answer, edges: routed.map((e, i) => ({ points: e.points, x: e.label?.x ?? answer.edges[i]!.x, y: e.label?.y ?? answer.edges[i]!.y })) };
}

/** What dagre answered for one figure: node boxes in data.nodes' order, edge routes and label centres in data.edges' order. */
interface DagreAnswer {
  width: number;
  height: number;
  nodes: (Box & { round: boolean })[];
  edges: { points: { x: number; y: number }[]; x?: number; y?: number }[];
}

function runDagre(data: FigureData, boxes: ({ width: number; height: number } | undefined)[], constraints: (readonly [number, number])[]): DagreAnswer {
  const { g, key, placed } = figureGraph(data, 8);
  data.edges.forEach((e, i) => {
    const box = boxes[i];
    g.setEdge(key.get(e.from)!, key.get(e.to)!, box ? { ...box, labelpos: 'c' } : {}, String(i));
  });
  dagre.layout(g, { constraints: constraints.map(([l, r]) => ({ left: `n${l}`, right: `n${r}` })) });
  const at = placed();
  const edges = data.edges.map((e, i) => {
    const r = g.edge({ v: key.get(e.from)!, w: key.get(e.to)!, name: String(i) });
    return { points: (r.points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y })), x: r.x, y: r.y };
  });
  const graph = g.graph();
  return { width: graph.width ?? 0, height: graph.height ?? 0, nodes: data.nodes.map((n) => { const { node: _, ...box } = at.get(n.id)!; return box; }), edges };
}

/**
 * The last answers, by question: the playground asks again on every edit of a value, a deck once per chain and once per
 * way it tries to split a figure, and a process that derives several decks (a course's, or the tests) the same again.
 * 256 of them: the decks of all 18 fixtures ask 110 questions. A graph too big to draw legibly is not kept.
 */
const ANSWERS = 256;
const LARGEST_KEPT = 200_000;
const answers = new Map<string, DagreAnswer>();
function recall(question: string, ask: () => DagreAnswer): DagreAnswer {
  const known = answers.get(question);
  if (known) return known;
  const answer = ask();
  if (question.length > LARGEST_KEPT) return answer;
  if (answers.size >= ANSWERS) answers.delete(answers.keys().next().value!);
  answers.set(question, answer);
  return answer;
}

/**
 * A left-to-right dagre graph of the figure's nodes, sized to their labels, `ranksep` apart; `key` is each node's
 * name there and `placed` reads the nodes back once laid out.
 */
/** The labels dagre reads and writes on the graph, its nodes and its edges (typed here: a bundler's resolution of dagre's types leaves them unknown). */
export interface LayoutGraphLabel { width?: number; height?: number; rankdir?: string; ranksep?: number; nodesep?: number; edgesep?: number; marginx?: number; marginy?: number }
export interface LayoutNodeLabel { width: number; height: number; x?: number; y?: number }
export interface LayoutEdgeLabel { width?: number; height?: number; labelpos?: string; minlen?: number; weight?: number; x?: number; y?: number; points?: { x: number; y: number }[] }
export type LayoutGraph = InstanceType<typeof dagre.graphlib.Graph<LayoutGraphLabel, LayoutNodeLabel, LayoutEdgeLabel>>;

export function figureGraph(data: FigureData, ranksep: number): { g: LayoutGraph; key: Map<string, string>; placed: () => Map<string, PlacedNode> } {
  const g: LayoutGraph = new dagre.graphlib.Graph<LayoutGraphLabel, LayoutNodeLabel, LayoutEdgeLabel>({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 3, ranksep, edgesep: 3, marginx: 4, marginy: 4 });
  const sizes = new Map(data.nodes.map((n) => [n.id, nodeSize(n)]));
  // dagre keeps nodes in plain objects: a node named constructor or toString would collide, so it sees n0, n1, …
  const key = new Map(data.nodes.map((n, i) => [n.id, `n${i}`]));
  for (const n of data.nodes) g.setNode(key.get(n.id)!, { width: sizes.get(n.id)!.width, height: sizes.get(n.id)!.height });
  const placed = (): Map<string, PlacedNode> => new Map(data.nodes.map((n): [string, PlacedNode] => {
    const p = g.node(key.get(n.id)!);
    return [n.id, { node: n, x: p.x!, y: p.y!, width: p.width, height: p.height, round: sizes.get(n.id)!.round }];
  }));
  return { g, key, placed };
}

export function labelBox(lines: LabelLine[]): { width: number; height: number } | undefined {
  if (lines.length === 0) return undefined;
  const boxes = lines.map((l) => texBox(l.tex, LABEL_PT));
  return { width: Math.max(...boxes.map((b) => b.width)), height: boxes.reduce((s, b) => s + b.height, 0) };
}

/** Nodes of one column in the file's order (top to bottom), as dagre's left-of constraints within a rank. */
function columnOrder(data: FigureData): { left: string; right: string }[] {
  const byColumn = new Map<number, FigureNode[]>();
  for (const n of data.nodes) byColumn.set(n.column, [...(byColumn.get(n.column) ?? []), n]);
  return [...byColumn.values()].flatMap((col) => {
    const sorted = [...col].sort((a, b) => a.row - b.row);
    return sorted.slice(1).map((n, k) => ({ left: sorted[k]!.id, right: n.id }));
  });
}
