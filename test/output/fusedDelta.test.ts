// The fused output δ: softmax + cross-entropy and sigmoid + binary cross-entropy print δ = out − target, checked against the chain's own value.
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork, parseNetwork } from '../../src/api.js';
import { qid } from '../../src/derive/quantity.js';
import { pageSections } from '../../src/emit/pageSections.js';
import type { DerivationDocument } from '../../src/evaluate/derivationDocument.js';

const SOFTMAX = 'test/output/fixtures/softmax-ce-2-2-3.yaml';
const BCE = 'test/verify/public/sreekanth-relu-bce.yaml';

const deltaLines = (doc: DerivationDocument): string[] => emit(doc, 'txt').split('\n').filter((l) => l.startsWith('δ_'));

/** A 1-2 network: a softmax or sigmoid output layer under the given loss and targets. */
function small(activation: string, loss: string, targets: string, extra = ''): DerivationDocument {
  return derive(parseNetwork([
    'inputs: { x: 0.5 }',
    `targets: ${targets}`,
    'parameters: { w1: 0.3, w2: -0.4 }',
    'layers:',
    `  - activation: ${activation}`,
    '    neurons: { o1: { weights: { w1: x } }, o2: { weights: { w2: x } } }',
    `loss: ${loss}`,
    'learning_rate: 0.5',
    extra,
  ].join('\n')));
}

describe('fused output δ', () => {
  it.each([
    [SOFTMAX, ['o1', 'o2', 'o3']],
    [BCE, ['a2']],
  ])('%s: every output δ is out − target, and those numbers give the value the chain rule gives', (file, outputs) => {
    const doc = derive(loadNetwork(file));
    const lines = deltaLines(doc);
    for (const u of outputs) {
      expect(lines.find((l) => l.startsWith(`δ_${u} = `))).toMatch(new RegExp(` = out_${u} − target_${u} = `));
      const chain = doc.valuation.value(qid.delta(`net_${u}`));
      const fused = doc.valuation.value(qid.value(`out_${u}`)) - doc.valuation.value(qid.value(`target_${u}`));
      expect(Math.abs(chain - fused)).toBeLessThan(1e-12);
    }
  });
  it('prints the softmax δ as the named Jacobian sum, then out − target with its numbers (written out once, for the first output)', () => {
    const [first, second] = deltaLines(derive(loadNetwork(SOFTMAX)));
    expect(first).toContain(' = −target_o1/out_o1 · out_o1(1 − out_o1) + (−target_o2/out_o2 · (−out_o2 · out_o1)) + (−target_o3/out_o3 · (−out_o3 · out_o1)) = out_o1 − target_o1 = ');
    expect(second).toBe('δ_o2 = ∂E_total/∂net_o2 = ∂E_o1/∂net_o2 + ∂E_o2/∂net_o2 + ∂E_o3/∂net_o2 = out_o2 − target_o2 = 0.410058553 − 1 = −0.589941447');
  });
  it('writes the gradient of an output weight as (out − target) · input, not the long product', () => {
    const text = emit(derive(loadNetwork(BCE)), 'txt');
    expect(text).toContain('∂E_total/∂w2 = (out_a2 − target_a2) · out_a1\n');
    expect(text).not.toContain('∂E_total/∂w2 = −(target_a2/out_a2');
  });
  it.each(['txt', 'tex', 'md', 'beamer', 'html'] as const)('says once in %s why σ′ cancels', (format) => {
    const out = emit(derive(loadNetwork(SOFTMAX)), format);
    expect(out.split('Why each').length - 1).toBe(1);
  });
  it('gives the live page the note once, on the output layer section', () => {
    const notes = pageSections(derive(loadNetwork(SOFTMAX))).filter((s) => s.note);
    expect(notes.map((s) => s.title)).toEqual(['The backward pass: output layer']);
  });
  it.each([
    ['softmax targets that do not sum to 1', small('softmax', 'cross-entropy', '{ o1: 0.5, o2: 0.2 }')],
    ['a sigmoid under half-sse', small('sigmoid', 'half-sse', '{ o1: 1, o2: 0 }')],
    ['a softmax under binary cross-entropy', small('softmax', 'binary-cross-entropy', '{ o1: 1, o2: 0 }')],
  ])('keeps the general chain for %s', (_name, doc) => {
    expect(deltaLines(doc).some((l) => / = out_o1 − target_o1 = /.test(l))).toBe(false);
    expect(emit(doc, 'txt')).not.toContain('Why each');
  });
  it('fuses a softmax layer whose targets sum to 1', () => {
    expect(deltaLines(small('softmax', 'cross-entropy', '{ o1: 0.25, o2: 0.75 }'))[1]).toMatch(/ = out_o2 − target_o2 = /);
  });
});
