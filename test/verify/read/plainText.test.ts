// Equations written as plain text: names that begin with a prose word's letters, and ŷ, are read like any other name.
import { describe, expect, it } from 'vitest';
import { findPlainEquations } from '../../../src/verify/read/plainText.js';

const latex = (text: string): string[] => findPlainEquations(text, []).map((e) => e.latex);

describe('plain-text equations', () => {
  it('reads a name that starts with the letters of a prose word (a1, an_2, is3)', () => {
    expect(latex('a1 = 0.5622\nan_2 = 0.1\n')).toEqual(['a1 = 0.5622', 'an_2 = 0.1']);
  });

  it('reads ŷ, precomposed or with a combining hat, as \\hat{y}', () => {
    expect(latex('ŷ = 0.5\ny\u0302 = 0.25\n')).toEqual(['\\hat{y} = 0.5', '\\hat{y} = 0.25']);
  });

  it('joins the lines that continue a chain with "=" into one equation, each character at its own offset', () => {
    const text = 'net_h1 = w1 * x1 + b\n= 0.15 * 0.05 + 0.35\n   = 0.3575\n\nx = 1 == 2\n';
    const [eq] = findPlainEquations(text, []);
    expect(eq!.latex).toBe('net_{h1} = w1 * x1 + b = 0.15 * 0.05 + 0.35    = 0.3575');
    expect(text.slice(eq!.offsets[eq!.latex.indexOf('0.3575')], eq!.offsets[eq!.latex.indexOf('0.3575')]! + 6)).toBe('0.3575');
  });
});
