// Edge labels of one column put in the order whose routes cross least, each route entering its label level from the left
// and leaving it level on the right, so no line runs under a neighbouring label and each label reads as its edge's.
// By hand because dagre has no hook for it: a label is a dummy node whose order its crossing count never sees, and
// its routes aim at label centres, so a slanted line into a stack of wide labels passes under the one above.
import type { PlacedEdge, PlacedNode } from './figureLayout.js';

type Point = { x: number; y: number };

/** The shortest line (pt) left between a label's end and a node for a bend and an arrowhead. */
const SHORTEST = 12;

/** Columns of at most this many labels are tried in every order; larger ones are sorted by their endpoints' centre. */
const EVERY_ORDER = 7;

/**
 * The edges with the labels of each column (same x, same height) moved among that column's label places so that their
 * routes (source → label → target) cross as few times as can be, each routed level through its label; an edge dagre
 * routed through more bends is left alone.
 */
export function untangleLabels(edges: PlacedEdge[], nodes: Map<string, PlacedNode>): PlacedEdge[] {
  const out = edges.map((e) => (e.label && e.points.length === 3 ? routeThrough(e, { x: e.label.x, y: e.label.y }, nodes) : e));
  const columns = new Map<string, number[]>();
  edges.forEach((e, i) => {
    if (!e.label || e.points.length !== 3) return;
    const key = `${Math.round(e.label.x * 10)}:${Math.round(e.label.height * 10)}`;
    columns.set(key, [...(columns.get(key) ?? []), i]);
  });
  for (const members of columns.values()) {
    if (members.length < 2) continue;
    const ends = members.map((i) => [centre(nodes.get(edges[i]!.edge.from)), centre(nodes.get(edges[i]!.edge.to))] as const);
    if (ends.some(([a, b]) => a === undefined || b === undefined)) continue;
    const slots = members.map((i) => edges[i]!.label!.y).sort((a, b) => a - b);
    const x = edges[members[0]!]!.label!.x;
    const halves = members.map((i) => edges[i]!.label!.width / 2);
    const cost = (order: readonly number[]): number => crossings(order.map((m, s) => [ends[m]![0]!, { x: x - halves[m]!, y: slots[s]! }, { x: x + halves[m]!, y: slots[s]! }, ends[m]![1]!] as const));
    const now = members.map((i) => slots.indexOf(edges[i]!.label!.y));
    const current = Array.from({ length: members.length }, (_, s) => now.indexOf(s));
    const best = bestOrder(members.length, cost, ends as unknown as [Point, Point][]);
    if (cost(best) >= cost(current)) continue;
    best.forEach((m, s) => {
      out[members[m]!] = routeThrough(edges[members[m]!]!, { x, y: slots[s]! }, nodes);
    });
  }
  return out;
}

/** The edge with its label centred at `at`, routed from its source to the label's left end, level, and on to its target. */
function routeThrough(e: PlacedEdge, at: Point, nodes: Map<string, PlacedNode>): PlacedEdge {
  const from = nodes.get(e.edge.from);
  const to = nodes.get(e.edge.to);
  if (!from || !to || !e.label) return e;
  const left = { x: at.x - e.label.width / 2, y: at.y };
  const right = { x: at.x + e.label.width / 2, y: at.y };
  const others = [...nodes.values()].filter((n) => n !== from && n !== to);
  // a level run that would send the line through another node, or leave too little line for a bend and an arrowhead,
  // keeps the route through the label's centre
  const free = (a: Point, node: PlacedNode): boolean => Math.hypot(a.x - border(node, a).x, a.y - border(node, a).y) >= SHORTEST && !others.some((n) => hits(n, node, a));
  const [start, end] = [free(left, from) ? left : at, free(right, to) ? right : at];
  const inner = start === end ? [at] : [start, end];
  return { ...e, label: { ...e.label, ...at }, points: [border(from, inner[0]!), ...inner, border(to, inner.at(-1)!)] };
}

/** Whether the segment from a to b passes through node n's circle or box (sampled; nodes are tens of points wide). */
function hits(n: PlacedNode, a: Point, b: Point): boolean {
  for (let k = 1; k < 24; k++) {
    const x = a.x + ((b.x - a.x) * k) / 24;
    const y = a.y + ((b.y - a.y) * k) / 24;
    if (n.round ? Math.hypot(x - n.x, y - n.y) < n.width / 2 : Math.abs(x - n.x) < n.width / 2 && Math.abs(y - n.y) < n.height / 2) return true;
  }
  return false;
}

/** Member indices by slot: every order of a small column, else the endpoints' centre (ties by source). */
function bestOrder(n: number, cost: (order: readonly number[]) => number, ends: [Point, Point][]): number[] {
  const byCentre = Array.from({ length: n }, (_, m) => m).sort((a, b) => ends[a]![0].y + ends[a]![1].y - (ends[b]![0].y + ends[b]![1].y) || ends[a]![0].y - ends[b]![0].y);
  if (n > EVERY_ORDER) return byCentre;
  let best = byCentre;
  let bestCost = cost(best);
  for (const order of permutations(n)) {
    const c = cost(order);
    if (c < bestCost) [best, bestCost] = [order, c];
  }
  return best;
}

function* permutations(n: number): Generator<number[]> {
  const a = Array.from({ length: n }, (_, i) => i);
  const c = new Array<number>(n).fill(0);
  yield [...a];
  for (let i = 0; i < n; ) {
    if (c[i]! < i) {
      const j = i % 2 === 0 ? 0 : c[i]!;
      [a[j], a[i]] = [a[i]!, a[j]!];
      yield [...a];
      c[i]! += 1;
      i = 0;
    } else {
      c[i] = 0;
      i += 1;
    }
  }
}

/** How many pairs of segments of different routes cross (routes sharing an endpoint do not cross there). */
export function crossings(routes: readonly (readonly Point[])[]): number {
  let count = 0;
  for (let a = 0; a < routes.length; a++) {
    for (let b = a + 1; b < routes.length; b++) {
      for (let i = 1; i < routes[a]!.length; i++) {
        for (let j = 1; j < routes[b]!.length; j++) if (properlyCross(routes[a]![i - 1]!, routes[a]![i]!, routes[b]![j - 1]!, routes[b]![j]!)) count++;
      }
    }
  }
  return count;
}

function properlyCross(p: Point, q: Point, r: Point, s: Point): boolean {
  const side = (a: Point, b: Point, c: Point): number => Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
  return side(p, q, r) * side(p, q, s) < 0 && side(r, s, p) * side(r, s, q) < 0;
}

function centre(n: PlacedNode | undefined): Point | undefined {
  return n ? { x: n.x, y: n.y } : undefined;
}

/** Where the line from a node's centre towards `to` leaves its circle or box. */
function border(n: PlacedNode, to: Point): Point {
  const dx = to.x - n.x;
  const dy = to.y - n.y;
  const length = Math.hypot(dx, dy) || 1;
  if (n.round) return { x: n.x + (dx / length) * (n.width / 2), y: n.y + (dy / length) * (n.width / 2) };
  const scale = Math.min(Math.abs(n.width / 2 / (dx || 1e-9)), Math.abs(n.height / 2 / (dy || 1e-9)));
  return { x: n.x + dx * scale, y: n.y + dy * scale };
}
