// An evaluation bar (f\bigg|_{z=2}) is f at that point: judged where the point is the network's own, unresolved with its
// reason elsewhere, and never a reason to drop the rest of the equation.
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../../src/api.js';
import { parseLatexMath } from '../../../src/verify/read/parseLatexMath.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const sigmoidAtTwo = derive(parseNetwork(`
inputs: { z: 2 }
parameters: {}
graph:
  s: 1 / (1 + exp(-z))
output: s
`, 'sigmoid.yaml'));

const claims = (doc: string): string[] =>
  verifyDocument(doc, sigmoidAtTwo, { format: 'md' }).claims.map((c) => `${c.kind} ${c.printed ?? ''} ${c.verdict}`.replace(/\s+/g, ' '));

describe('an evaluation bar', () => {
  it('reads f\\bigg|_{z=2} as evalat(f, z, 2), with \\Big| and \\left. … \\right| kept apart', () => {
    const parse = parseLatexMath('\\frac{ds}{dz}\\bigg|_{z=2} = 0.105');
    expect(parse.skipped).toBe(false);
    if (!parse.skipped) expect(parse.chains[0]!.sides[0]!.node.toString()).toBe('evalat(partial(s, z), z, 2)');
    expect(parseLatexMath('s\\Big|_{z = 2.5} = 0.92').skipped).toBe(false);
  });

  it('judges the value at the network\'s own point, and the arithmetic after it', () => {
    expect(claims('$$\\frac{ds}{dz}\\bigg|_{z=2} = 0.881 \\times 0.119 = 0.105$$\n')).toEqual(expect.arrayContaining(['value 0.105 exact']));
    const wrong = claims('$$\\frac{ds}{dz}\\bigg|_{z=2} = 0.881 \\times 0.119 = 0.0105$$\n');
    expect(wrong.some((c) => c.includes('0.0105 erratum'))).toBe(true);
    expect(claims('$$\\frac{ds}{dz}\\bigg|_{z=2} = 0.2$$\n').some((c) => c.endsWith('erratum'))).toBe(true);
  });

  it('leaves a value at another point unjudged against the network, never wrong', () => {
    const at3 = claims('$$\\frac{ds}{dz}\\bigg|_{z=3} = 0.045$$\n');
    expect(at3.some((c) => c.endsWith('erratum'))).toBe(false);
  });

  it('reads a bar written as \\mid with the point after it, and an editor\'s \\left| {_{…} …} \\right. group', () => {
    const mid = parseLatexMath('s \\mid_{z=2} = 0.881');
    expect(!mid.skipped && mid.chains[0]!.sides[0]!.node.toString()).toBe('evalat(s, z, 2)');
    const group = parseLatexMath('\\frac{ds}{dz}\\left| {_{z = 2} = 0.881 \\times 0.119 = 0.105} \\right.');
    expect(!group.skipped && group.chains[0]!.sides.map((x) => x.node.toString())).toEqual(['evalat(partial(s, z), z, 2)', '0.881 * 0.119', '0.105']);
    // columns stay the document's: 0.105 is where it was written
    expect(!group.skipped && group.chains[0]!.sides[2]!.start).toBe(53);
    expect(claims('$$\\frac{ds}{dz}\\left| {_{z = 2} = 0.881 \\times 0.119 = 0.0105} \\right.$$\n').some((c) => c.includes('0.0105 erratum'))).toBe(true);
  });

  it('leaves \\mid between two expressions (a condition, a divisor) and a \\left| with no \\right. unread', () => {
    expect(parseLatexMath('P(a \\mid b) = 0.5').skipped).toBe(true);
    expect(parseLatexMath('\\left| {_{z = 2} = 0.105}').skipped).toBe(true);
  });
});
