// The reader scans, never recurses per character: one very long line of prose or math reads without a stack overflow.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/verify/read/readDocument.js';

describe('a document of one very long line', () => {
  it('reads 4 MB of prose on one line (the sentence splitter once overflowed the stack)', () => {
    const text = `The error is 0.5 and ${'the value is 0.25 and '.repeat(200_000)}\n`;
    const read = readDocument(text, { format: 'md' });
    expect(read.equations).toEqual([]);
    expect(read.text.length).toBeGreaterThan(4_000_000);
  });

  it('reads a line of 2,000 short equations', () => {
    const read = readDocument(`${'$w_5 = 0.4$ and '.repeat(2_000)}\n`, { format: 'md' });
    expect(read.equations.length).toBe(2_000);
  });
});
