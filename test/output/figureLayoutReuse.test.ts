// layoutFigure asks dagre once per question: a new value of the same printed width keeps the places, never the old labels.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNetwork } from '../../src/api.js';
import { networkFigureData } from '../../src/draw/figureData.js';
import { layoutFigure } from '../../src/draw/figureLayout.js';
import { htmlFigure } from '../../src/draw/htmlFigure.js';
import { DEFAULT_POLICY } from '../../src/evaluate/numberPolicy.js';

const MAZUR = readFileSync('fixtures/mazur-2-2-2.yaml', 'utf8');
const withW5 = (value: string) => networkFigureData(parseNetwork(MAZUR.replace('w5: 0.40', `w5: ${value}`), 'mazur.yaml'));
const labelOf = (layout: ReturnType<typeof layoutFigure>, param: string) => layout.edges.find((e) => e.edge.param === param)!.label!;

describe('layoutFigure', () => {
  it('places a network with w5 = 0.402 as with 0.401, and labels w5 with its own value', () => {
    const first = layoutFigure(withW5('0.401'), DEFAULT_POLICY);
    const data = withW5('0.402');
    const second = layoutFigure(data, DEFAULT_POLICY);
    expect(labelOf(second, 'w5').lines.map((l) => l.tex).join()).toContain('0.402');
    expect(labelOf(first, 'w5').lines.map((l) => l.tex).join()).toContain('0.401');
    expect(second.edges[0]!.edge).toBe(data.edges[0]);
    expect([...second.nodes.values()].map(({ x, y }) => [x, y])).toEqual([...first.nodes.values()].map(({ x, y }) => [x, y]));
    expect(second.edges.map((e) => e.points)).toEqual(first.edges.map((e) => e.points));
  });

  it('hands out routes of its own each time (a caller that moves them moves no other layout)', () => {
    const a = layoutFigure(withW5('0.403'), DEFAULT_POLICY);
    const before = a.edges[0]!.points[0]!.x;
    a.edges[0]!.points[0]!.x += 100;
    expect(layoutFigure(withW5('0.404'), DEFAULT_POLICY).edges[0]!.points[0]!.x).toBe(before);
  });

  it('lays a wider label out anew: its box grows', () => {
    const narrow = labelOf(layoutFigure(withW5('0.405'), DEFAULT_POLICY), 'w5');
    const wide = labelOf(layoutFigure(withW5('0.40512345'), DEFAULT_POLICY), 'w5');
    expect(wide.width).toBeGreaterThan(narrow.width);
  });

  it('typesets a figure again with the new value and the labels it kept', () => {
    const first = htmlFigure(withW5('0.406'), DEFAULT_POLICY);
    const second = htmlFigure(withW5('0.407'), DEFAULT_POLICY);
    expect(first).toContain('0.406');
    expect(second).toContain('0.407');
    expect(second).not.toContain('0.406');
    expect(second.replace(/0\.407/g, '0.406')).toBe(first);
  });
});
