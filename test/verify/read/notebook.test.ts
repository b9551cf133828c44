// A Jupyter notebook is read through its Markdown cells, and every equation is placed at its line and column in the .ipynb file.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/verify/read/readDocument.js';

const notebook = JSON.stringify({
  cells: [
    { cell_type: 'markdown', metadata: {}, source: ['# Forward pass\n', '\n', 'Then $net_{h1} = 0.3775$ and\n', '$$out_{h1} = \\frac{1}{1+e^{-0.3775}} = 0.5933$$'] },
    { cell_type: 'code', metadata: {}, source: ['print(0.5933)'], outputs: [{ output_type: 'stream', name: 'stdout', text: ['0.5933\n'] }] },
    { cell_type: 'markdown', metadata: {}, source: 'Error: $E = 0.298371109$ — “quoted” text' },
  ],
  metadata: {},
  nbformat: 4,
  nbformat_minor: 5,
}, null, 1);

describe('notebooks', () => {
  const read = readDocument(notebook, { format: 'ipynb' });
  const rawLines = notebook.split('\n');

  it('reads the Markdown cells only', () => {
    expect(read.equations.map((e) => e.equation.latex)).toEqual(['net_{h1} = 0.3775', 'out_{h1} = \\frac{1}{1+e^{-0.3775}} = 0.5933', 'E = 0.298371109']);
  });

  it('places each equation at its line and column in the .ipynb file', () => {
    for (const e of read.equations) {
      const line = rawLines[e.equation.line - 1]!;
      expect(line.slice(e.equation.column - 1)).toMatch(new RegExp(`^${e.equation.latex.slice(0, 6).replace(/[\\^$.*+?()[\]{}|]/g, (c) => `\\${c}`).replace(/\\\\/g, '\\\\\\\\')}`));
    }
  });

  it('keeps code cells and what they printed as code: their numbers are seen, never judged', () => {
    const code = read.code.map((r) => read.text.slice(r.start, r.end));
    expect(code.some((c) => c.includes('print(0.5933)'))).toBe(true);
    expect(code.some((c) => c.includes('0.5933\n') && !c.includes('print'))).toBe(true);
  });

  it("fences code cells in the kernel's language, so the working in their comments is read", () => {
    const python = JSON.stringify({
      cells: [{ cell_type: 'code', metadata: {}, source: ['z = w * x + b  # z = 0.5*2 + 0.1 = 1.1\n'], outputs: [] }],
      metadata: { language_info: { name: 'python' } },
    }, null, 1);
    const cells = readDocument(python, { format: 'ipynb' });
    expect(cells.text).toContain('```python\n');
    expect(cells.equations.map((e) => e.equation.latex)).toEqual(['z = 0.5*2 + 0.1 = 1.1']);
  });

  it('refuses a file that is not a notebook, in one line', () => {
    expect(() => readDocument('{"cells": 3}', { format: 'ipynb', file: 'x.ipynb' })).toThrow(/not a Jupyter notebook: it has no "cells" list/);
    expect(() => readDocument('not json', { format: 'ipynb', file: 'x.ipynb' })).toThrow(/not a Jupyter notebook: the file is not JSON/);
  });
});
