// A program's source file is read for the working in its comments: its code (new(-2f), x = 2 * w) is blanked, offsets kept.
import { describe, expect, it } from 'vitest';
import { commentsOnly, isSourceFile } from '../../../src/verify/read/sourceComments.js';
import { readDocument } from '../../../src/verify/read/readDocument.js';

describe('a source file', () => {
  const cs = [
    'Value f = new(-2f); // f = -2',
    'string url = "http://x.org"; /* L = d * f',
    '   = 4 * -2 = -8 */',
    'var e = a * b;',
  ].join('\n');

  it('keeps its comments where they stand and blanks the code and its strings', () => {
    const kept = commentsOnly(cs, 'Test.cs');
    expect(kept).toHaveLength(cs.length);
    expect(kept.split('\n').map((l) => l.trim())).toEqual(['f = -2', 'L = d * f', '= 4 * -2 = -8', '']);
    expect(kept.indexOf('f = -2')).toBe(cs.indexOf('f = -2'));
  });

  it('knows source files by extension, with # comments for Python and R', () => {
    expect(['a.cs', 'b.py', 'c.R', 'd.js'].map(isSourceFile)).toEqual([true, true, true, true]);
    expect(['a.md', 'b.tex', 'c.txt', undefined].map(isSourceFile)).toEqual([false, false, false, false]);
    expect(commentsOnly('w = 0.5  # w = 0.5 is the start\n', 'n.py').trim()).toBe('w = 0.5 is the start');
  });

  it('reads no equation from the code of a .cs file, and the ones its comments write', () => {
    const read = readDocument(cs, { format: 'text', file: 'Test.cs' });
    const sources = read.equations.map((e) => e.equation.latex.trim());
    expect(sources.some((s) => s.includes('new'))).toBe(false);
    expect(sources.some((s) => s.includes('f = -2'))).toBe(true);
  });
});
