// Imports run one way between folders (util → activations/losses → definition → graph → derive → evaluate → emit/draw/train → api → cli).
import { describe, expect, it } from 'vitest';
import { folderCycles, folderImportGraph, pipelineViolations } from '../../scripts/import-graph.mjs';

const graph = folderImportGraph();

describe('the folder import graph of src/', () => {
  it('has no import that runs back up the pipeline, and every folder has a place in it', () => {
    expect(pipelineViolations(graph)).toEqual([]);
  });
  it('has no cycle between folders', () => {
    expect(folderCycles(graph)).toEqual([]);
  });
  it.each([
    ['derive → evaluate', 'derive', 'evaluate'],
    ['emit → train', 'emit', 'train'],
    ['emit → draw', 'emit', 'draw'],
    ['verify → cli', 'verify', 'cli'],
  ])('reports an import %s as running back up', (_name, from, to) => {
    const problems = pipelineViolations([{ from, to, imports: [`${from}/a.ts → ${to}/b.ts`] }]);
    expect(problems).toEqual([`${from} → ${to} runs back up the pipeline: ${from}/a.ts → ${to}/b.ts`]);
  });
  it('reports a cycle through three folders', () => {
    const edges = [['emit', 'draw'], ['draw', 'train'], ['train', 'emit']].map(([from, to]) => ({ from: from!, to: to!, imports: [] }));
    expect(folderCycles(edges)).toEqual(['emit → draw → train → emit']);
  });
});
