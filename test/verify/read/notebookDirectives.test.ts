// A notebook's Markdown cells may hold backprop-tex comments: a cell pinned to another network is judged against it.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { networksNamed, verifyWithDirectives } from '../../../src/verify/verifyWithDirectives.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const other = derive(loadNetwork('test/verify/public/ru-mlp-colab-2.yaml'));
const load = (file: string) => (file === 'other.yaml' ? other : mazur);

const cell = (lines: string[]) => ({ cell_type: 'markdown', metadata: {}, source: lines.map((l, i) => (i < lines.length - 1 ? `${l}\n` : l)) });
const notebook = JSON.stringify({
  nbformat: 4,
  nbformat_minor: 0,
  metadata: {},
  cells: [
    cell(['# Mazur', '$ net_{h1} = 0.3775 $']),
    cell(['<!-- backprop-tex: net other.yaml -->', '## Another network', '$ z_{11} = 0.2 \\cdot 1.5 + 0.1 = 0.4 $']),
  ],
}, null, 1);

describe('backprop-tex comments in a notebook', () => {
  it('judges a cell pinned to another network against that network, at the notebook file\'s lines', () => {
    const report = verifyWithDirectives(notebook, { main: mazur, load }, { format: 'ipynb' });
    expect(report.claims.filter((c) => c.verdict === 'erratum')).toEqual([]);
    const z = report.claims.find((c) => c.printed === '0.4' && c.kind === 'value');
    expect(z?.verdict).toBe('exact');
    expect(notebook.split('\n')[z!.line - 1]).toContain('z_{11} = 0.2');
  });

  it('lists the networks a notebook names', () => {
    expect(networksNamed(notebook, { main: mazur, load }, { format: 'ipynb' })).toEqual([mazur, other]);
  });
});
