// The shared figure layout of every fixture: no two labels (or a label and a node) overlap, each edge label sits on its
// own edge's route, and labels print at 8 pt or more on a slide (a figure too large for one in frames) and in the article.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadNetwork } from '../../src/api.js';
import { graphFigureData, networkFigureData } from '../../src/draw/figureData.js';
import { LABEL_PT, type Box } from '../../src/draw/figureLayout.js';
import { fittedLayout, printedLabelPt } from '../../src/draw/figureFit.js';
import { deckFigureParts } from '../../src/draw/figureSplit.js';
import { layoutStaggered, leafSteps } from '../../src/draw/staggeredLayout.js';
import { DEFAULT_POLICY } from '../../src/evaluate/numberPolicy.js';

/**
 * Figures whose article figure prints its labels below 8 pt (shrunk to 0.6 of the page height, many leaves stacked), with
 * that size (as on main: the whole figure's layout is unchanged); on a slide they are cut into frames that each print
 * at 8 pt or more.
 */
const SMALLER_IN_THE_ARTICLE = new Map([
  ['fixtures/ceng506-deep.yaml', 4.3],
  ['fixtures/ceng506-xnor.yaml', 7.6],
  ['fixtures/comp9444-week1d-two-layer.yaml', 7.7],
  ['fixtures/comp9444-week1d-two-layer-tanh.yaml', 7.7],
  ['fixtures/tartu-1-2-2-1.yaml', 6.5],
  ['fixtures/tartu-practice9.yaml', 6.5],
  ['test/engine/graphs/two-layer.yaml', 7.7],
]);

const FILES = [
  ...readdirSync('fixtures').filter((f) => /\.ya?ml$/.test(f)).map((f) => `fixtures/${f}`),
  'test/output/fixtures/softmax-ce-2-2-3.yaml',
  'test/engine/graphs/two-layer.yaml',
];

function dataOf(file: string) {
  const def = loadNetwork(file);
  return def.spec.layers ? networkFigureData(def) : graphFigureData(def);
}

function layoutOf(file: string) {
  return fittedLayout(dataOf(file), DEFAULT_POLICY);
}

/** Boxes overlap when they share more than a hair (0.5 pt) in both directions. */
function overlap(a: Box, b: Box): boolean {
  return Math.abs(a.x - b.x) < (a.width + b.width) / 2 - 0.5 && Math.abs(a.y - b.y) < (a.height + b.height) / 2 - 0.5;
}

/** Distance from a point to a polyline. */
function distanceToRoute(p: { x: number; y: number }, route: { x: number; y: number }[]): number {
  let best = Infinity;
  for (let k = 1; k < route.length; k++) {
    const [a, b] = [route[k - 1]!, route[k]!];
    const len = (b.x - a.x) ** 2 + (b.y - a.y) ** 2;
    const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / len));
    best = Math.min(best, Math.hypot(p.x - (a.x + t * (b.x - a.x)), p.y - (a.y + t * (b.y - a.y))));
  }
  return best;
}

describe.each(FILES)('the figure of %s', (file) => {
  const data = dataOf(file);
  const parts = deckFigureParts(data, DEFAULT_POLICY);
  // The article's figure and each of the deck's frames.
  const layouts = [fittedLayout(data, DEFAULT_POLICY), ...(parts.length > 1 ? parts.map((p) => p.layout) : [])];
  it('has no two labels or nodes overlapping', () => {
    const clashes: string[] = [];
    for (const layout of layouts) {
      const labels = layout.edges.flatMap((e) => (e.label ? [{ name: `${e.edge.from}→${e.edge.to}`, box: e.label }] : []));
      const all = [...labels, ...[...layout.nodes.values()].map((n) => ({ name: n.node.id, box: n as Box }))];
      for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) if (overlap(all[i]!.box, all[j]!.box)) clashes.push(`${all[i]!.name} / ${all[j]!.name}`);
    }
    expect(clashes).toEqual([]);
  });
  it('puts every edge label on its own edge', () => {
    const off = layouts.flatMap((l) => l.edges.filter((e) => e.label && distanceToRoute(e.label, e.points) > 1).map((e) => `${e.edge.from}→${e.edge.to}`));
    expect(off).toEqual([]);
  });
  it('prints its labels at 8 pt or more on every frame of the deck', () => {
    expect(Math.min(...parts.map((p) => printedLabelPt(p.layout, 'deck')))).toBeGreaterThanOrEqual(LABEL_PT - 1e-9);
  });
  it('prints its labels at 8 pt or more in the article, or at the size listed', () => {
    expect(printedLabelPt(layouts[0]!, 'article')).toBeCloseTo(SMALLER_IN_THE_ARTICLE.get(file) ?? LABEL_PT, 1);
  });
  it('draws every edge on some frame, each frame starting from nodes an earlier frame computes', () => {
    const drawn = new Set(parts.flatMap((p) => p.data.edges));
    expect(data.edges.filter((e) => !drawn.has(e))).toEqual([]);
    parts.forEach((p, k) => {
      for (const id of p.from) expect(parts.slice(0, k).some((q) => q.data.edges.some((e) => e.to === id))).toBe(true);
    });
  });
});

describe('a figure too large for one slide', () => {
  it('is cut into frames at the nodes named in their titles', () => {
    const parts = deckFigureParts(dataOf('test/engine/graphs/two-layer.yaml'), DEFAULT_POLICY);
    expect(parts.map((p) => p.from)).toEqual([[], ['u1']]);
    expect(parts[1]!.data.nodes.map((n) => n.id)).toContain('E');
  });
});

describe('a long chain', () => {
  it('wraps onto two rows, the edge across the cut running back under the first row', () => {
    const layout = layoutOf('fixtures/ceng506-sigmoid-circuit.yaml');
    const [b, n] = [layout.nodes.get('b')!, layout.nodes.get('n')!];
    expect(n.y).toBeGreaterThan(b.y + b.height);
    expect(n.x).toBeLessThan(b.x);
    const across = layout.edges.find((e) => e.edge.from === 'b' && e.edge.to === 'n')!;
    expect(Math.min(...across.points.map((p) => p.x))).toBeLessThan(n.x - n.width / 2);
  });
  it('keeps a network that fits in one row', () => {
    const layout = layoutOf('fixtures/mazur-2-2-2.yaml');
    expect(layout.nodes.get('i1')!.x).toBeLessThan(layout.nodes.get('h1')!.x);
    expect(layout.nodes.get('h1')!.x).toBeLessThan(layout.nodes.get('o1')!.x);
  });
});

describe('staggered leaves', () => {
  it('puts a reader\'s first three leaves one step before it and the rest a step further', () => {
    const data = dataOf('test/engine/graphs/two-layer.yaml');
    const steps = leafSteps(data);
    const ofU1 = data.edges.flatMap((e, i) => (e.to === 'u1' ? [`${e.from}:${steps.get(i)}`] : []));
    expect(ofU1).toEqual(['b1:0', 'w11:0', 'x1:0', 'w12:1', 'x2:1']);
  });
  it('stands the leaves of one reader on two columns', () => {
    const layout = layoutStaggered(dataOf('test/engine/graphs/two-layer.yaml'), DEFAULT_POLICY);
    const x = (id: string): number => layout.nodes.get(id)!.x;
    expect(x('w12')).toBeLessThan(x('w11') - 24);
    expect(x('w11')).toBeLessThan(x('u1'));
  });
});
