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

describe('a graph too large for one slide', () => {
  const graph = loadNetwork('test/engine/graphs/two-layer.yaml');
  const graphDeck = emit(derive(graph), 'beamer', presentationExtras(graph, 'beamer'));
  it('shows the network on two frames, the second titled with the node it starts from, drawn dashed', () => {
    const frames = [...graphDeck.matchAll(/\\begin\{frame\}\{(The network[^\n]*)\}\n([\s\S]*?)\\end\{frame\}/g)];
    expect(frames.map((m) => m[1])).toEqual(['The network (1/2)', 'The network (2/2): from $u_{1}$']);
    expect(frames[1]![2]).toMatch(/\\node\[draw, dashed, [^\n]*\{\$u_\{1\}\$\}/);
    expect(frames[0]![2]).not.toContain('dashed');
  });
});
