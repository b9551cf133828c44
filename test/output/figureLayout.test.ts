// The shared figure layout of every fixture: no two labels (or a label and a node) overlap, each edge label sits on its
// own edge's route, and labels print at 8 pt or more in the article and on a slide.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadNetwork } from '../../src/api.js';
import { graphFigureData, networkFigureData } from '../../src/draw/figureData.js';
import { LABEL_PT, type Box } from '../../src/draw/figureLayout.js';
import { fittedLayout, printedLabelPt } from '../../src/draw/figureFit.js';
import { DEFAULT_POLICY } from '../../src/evaluate/numberPolicy.js';

/**
 * Figures too large for one 16:9 slide at 8 pt (many leaves stacked in one column: 230–640 pt tall). Listed so the test
 * fails, and the list shrinks, when one of them fits.
 */
const TOO_LARGE_FOR_A_SLIDE = new Set([
  'fixtures/ceng506-deep.yaml',
  'fixtures/ceng506-xnor.yaml',
  'fixtures/comp9444-week1d-two-layer.yaml',
  'fixtures/comp9444-week1d-two-layer-tanh.yaml',
  'fixtures/tartu-1-2-2-1.yaml',
  'fixtures/tartu-practice9.yaml',
  'fixtures/tartu-softmax.yaml',
  'test/engine/graphs/two-layer.yaml',
]);

const FILES = [
  ...readdirSync('fixtures').filter((f) => /\.ya?ml$/.test(f)).map((f) => `fixtures/${f}`),
  'test/output/fixtures/softmax-ce-2-2-3.yaml',
  'test/engine/graphs/two-layer.yaml',
];

function layoutOf(file: string) {
  const def = loadNetwork(file);
  const data = def.spec.layers ? networkFigureData(def) : graphFigureData(def);
  return fittedLayout(data, DEFAULT_POLICY);
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
  const layout = layoutOf(file);
  const labels = layout.edges.flatMap((e) => (e.label ? [{ name: `${e.edge.from}→${e.edge.to}`, box: e.label }] : []));
  const nodes = [...layout.nodes.values()].map((n) => ({ name: n.node.id, box: n as Box }));
  it('has no two labels or nodes overlapping', () => {
    const all = [...labels, ...nodes];
    const clashes: string[] = [];
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) if (overlap(all[i]!.box, all[j]!.box)) clashes.push(`${all[i]!.name} / ${all[j]!.name}`);
    expect(clashes).toEqual([]);
  });
  it('puts every edge label on its own edge', () => {
    const off = layout.edges.filter((e) => e.label && distanceToRoute(e.label, e.points) > 1).map((e) => `${e.edge.from}→${e.edge.to}`);
    expect(off).toEqual([]);
  });
  it.skipIf(TOO_LARGE_FOR_A_SLIDE.has(file))('prints its labels at 8 pt or more in the article and in the deck', () => {
    expect(printedLabelPt(layout, 'article')).toBeGreaterThanOrEqual(LABEL_PT - 1e-9);
    expect(printedLabelPt(layout, 'deck')).toBeGreaterThanOrEqual(LABEL_PT - 1e-9);
  });
  it.runIf(TOO_LARGE_FOR_A_SLIDE.has(file))('is still too large for a slide at 8 pt (remove it from the list when it fits)', () => {
    expect(printedLabelPt(layout, 'deck')).toBeLessThan(LABEL_PT);
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
