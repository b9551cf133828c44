// A Markdown page we wrote with letters of its own for each layer (V, c into the hidden ReLU units; W, d into the softmax),
// \(…\) and $$…$$ math, and p − y for the logits' gradient, checked against a network whose ids share none of its names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const here = import.meta.dirname;
const page = readFileSync(join(here, 'relu-softmax.md'), 'utf8');
const net = derive(loadNetwork(join(here, 'relu-softmax.yaml')));

describe('a page that names each layer by a letter of its own', () => {
  const r = verifyDocument(page, net);
  it('reads V_{jk}, W_{jk}, c_j, d_j, u, h, s and p as the network quantities the printed values say, and finds nothing wrong', () => {
    expect(r.claims.filter((c) => c.verdict !== 'exact').map((c) => `${c.line}: ${c.verdict} ${c.printed} ${c.detail}`)).toEqual([]);
    expect(r.claims.length).toBeGreaterThanOrEqual(40);
  });
  it('reads the update table: rows named by the page\'s letters, columns old, gradient and new (V_{12}^{+} its update)', () => {
    const table = r.claims.filter((c) => c.line >= 37 && c.line <= 39);
    expect(table.map((c) => `${c.line} ${c.printed} ${c.verdict}`)).toEqual([
      '37 -0.2 exact', '37 -0.5388 exact', '37 -0.1461 exact',
      '38 -0.3 exact', '38 -1.1974 exact', '38 -0.1803 exact',
      '39 0 exact', '39 -0.5987 exact', '39 0.0599 exact',
    ]);
  });
  it('does not line up p_1 − y_1 = 0.4013 − 1 with the engine\'s sum over the softmax outputs', () => {
    expect(r.claims.filter((c) => c.line === 25 && c.kind === 'operand')).toEqual([]);
  });
  it.each([
    ['= -0.5987 \\cdot 0.9 = -0.5388$$', '= -0.5987 \\cdot 0.9 = 0.5388$$', 27, '0.5388', 'sign'],
    ['+ W_{21} \\frac{\\partial L}{\\partial s_2} = 0.6', '+ W_{12} \\frac{\\partial L}{\\partial s_2} = 0.6', 29, '-0.4', 'swapped-index'],
    ['= 0.4013, \\qquad p_2', '= 0.4031, \\qquad p_2', 17, '0.4031', 'transposed-digits'],
  ])('finds %s planted as %s on line %i', (from, to, line, printed, slip) => {
    expect(page).toContain(from);
    const wrong = verifyDocument(page.replace(from, () => to), net).claims.filter((c) => c.verdict === 'erratum');
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.every((c) => c.line === line)).toBe(true);
    expect(wrong.some((c) => c.printed === printed && c.slip === slip)).toBe(true);
  });
  it('reads nothing of a $$ left unclosed as plain text: the line is skipped, not judged', () => {
    const broken = verifyDocument(page.replace('= -0.5388$$', () => '= -0.5388$'), net, { format: 'md' });
    expect(broken.skipped.map((k) => `${k.line}: ${k.reason}`)).toEqual(['27: unclosed $$ (no closing $$ in the same paragraph)']);
    expect(broken.claims.filter((c) => c.line === 27)).toEqual([]);
  });
});
