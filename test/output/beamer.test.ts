// The Beamer deck: the seed slides' rhythm (title, network, one neuron or equation group per frame, rounds), overlays, golden.
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../src/api.js';
import { presentationExtras } from '../../src/api.js';
import { MAZUR, golden } from './trainFixtures.js';

const def = loadNetwork(MAZUR);
const doc = derive(def, { iterations: 10000 });
const deck = emit(doc, 'beamer', presentationExtras(def, 'beamer', { overlays: false }));
const titles = [...deck.matchAll(/\\begin\{frame\}\{([^\n]*)\}\n/g)].map((m) => m[1]);

describe('beamer deck', () => {
  it.each([
    ['the network', 0, 'The network'],
    ['the forward pass of h1', 1, 'The forward pass: $h_{1}$'],
    ['the forward pass of o2', 4, 'The forward pass: $o_{2}$'],
    ['the total error', 5, 'The total error'],
  ])('has %s on frame %i after the title', (_what, i, title) => {
    expect(titles[i]).toBe(title);
  });
  it('ends with the outputs after 10000 rounds', () => {
    expect(titles.at(-1)).toBe('After many rounds');
    expect(deck).toContain('10000 & $0.01591362$ & $0.984064274$');
  });
  it.each([
    ['output layer', 'w_{5}'],
    ['hidden layer', 'w_{1}'],
  ])('opens the %s with the network, the chain rule of %s in red', (layer, param) => {
    const i = titles.indexOf(`The backward pass: ${layer}: visually`);
    expect(i).toBeGreaterThan(0);
    expect(deck).toContain(`What the chain rule of $${param}$ follows, in red`);
  });
  it('has one align block per frame', () => {
    const frames = deck.split('\\begin{frame}').slice(1);
    for (const f of frames) expect((f.match(/\\begin\{align\*\}/g) ?? []).length).toBeLessThanOrEqual(1);
  });
  it('reveals the equations of a frame one by one with overlays', () => {
    const withOverlays = emit(derive(def), 'beamer', { overlays: true });
    expect(withOverlays).toContain('\\onslide<2->{\\mathit{out}_{h1} } &\\onslide<2->{{}= \\frac{1}{1 + e^{-\\mathit{net}_{h1}}}');
  });
  it('writes the Mazur deck as committed', async () => {
    await expect(deck).toMatchFileSnapshot(golden('mazur-deck.tex'));
  });
});
