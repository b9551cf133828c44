// Edge labels in the order whose routes cross least, each route running level through its own label.
import { describe, expect, it } from 'vitest';
import { loadNetwork } from '../../src/api.js';
import { networkFigureData } from '../../src/draw/figureData.js';
import { layoutFigure } from '../../src/draw/figureLayout.js';
import { crossings } from '../../src/draw/labelOrder.js';
import { DEFAULT_POLICY } from '../../src/evaluate/numberPolicy.js';

const layoutOf = (file: string) => layoutFigure(networkFigureData(loadNetwork(file)), DEFAULT_POLICY);

describe('edge labels', () => {
  it('of a dense layer stand in the order of their edges: x1 → h1 above x1 → h2, inputs above the biases', () => {
    const layout = layoutOf('test/output/fixtures/tanh-bce-2-2-1.yaml');
    const y = (from: string, to: string): number => layout.edges.find((e) => e.edge.from === from && e.edge.to === to)!.label!.y;
    expect(y('x1', 'h1')).toBeLessThan(y('x1', 'h2'));
    expect(y('x2', 'h1')).toBeLessThan(y('x2', 'h2'));
    expect(y('x2', 'h2')).toBeLessThan(y('b1', 'h1'));
  });

  it('are entered at their left end (or centre), and each route runs through its own label', () => {
    for (const file of ['test/output/fixtures/tanh-bce-2-2-1.yaml', 'fixtures/mazur-2-2-2.yaml']) {
      for (const e of layoutOf(file).edges.filter((x) => x.label)) {
        const { x, y, width } = e.label!;
        const inside = e.points.filter((q) => q.y === y && q.x >= x - width / 2 - 1e-9 && q.x <= x + width / 2 + 1e-9);
        expect(inside.length, `${file}: ${e.edge.from} → ${e.edge.to}`).toBeGreaterThanOrEqual(1);
        // level from the left end, or (a node too close for a bend) straight to the centre
        expect([x - width / 2, x].some((at) => Math.abs(e.points[1]!.x - at) < 1e-9), `${file}: ${e.edge.from} → ${e.edge.to}`).toBe(true);
      }
    }
  });

  it('count crossings of routes that truly cross, not of routes that share an end', () => {
    const a = [{ x: 0, y: 0 }, { x: 10, y: 10 }];
    const b = [{ x: 0, y: 10 }, { x: 10, y: 0 }];
    const c = [{ x: 0, y: 0 }, { x: 10, y: -10 }];
    expect(crossings([a, b])).toBe(1);
    expect(crossings([a, c])).toBe(0);
    expect(crossings([a, b, c])).toBe(1);
  });
});
