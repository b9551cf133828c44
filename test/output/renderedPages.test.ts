// Renders the first frames of the deck and the figure of four different fixtures to PNG and checks each page has ink:
// a layered sigmoid net, softmax + cross-entropy, a computational graph and a deep mixed net (two pdflatex runs); the
// network frame's labels are measured at 8 pt or more.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileBatch, type BatchResult } from '../helpers/batchLatex.js';
import { runCli } from '../helpers/cli.js';
import { pageInk as inkShare, requireLatex } from '../helpers/latex.js';

import { ROOT } from './trainFixtures.js';

const FIXTURES = ['fixtures/mazur-2-2-2.yaml', 'test/output/fixtures/softmax-ce-2-2-3.yaml', 'fixtures/ceng506-sigmoid-circuit.yaml', 'fixtures/mixed-2-2-2-1.yaml'];
/** Title, network and the first frame of equations. */
const DECK_FRAMES = 3;
const hasLatex = requireLatex();

/** Heights (pt) of the words on a PDF page that are decimals: a figure's edge labels. */
function numberHeights(pdf: string, page: number): number[] {
  const r = spawnSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  const words = [...r.stdout.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)];
  // Decimals only: a weight's subscript (w_{10}) is a number too, set smaller on purpose.
  return words.filter((m) => /^[−-]?\d+\.\d/.test(m[3]!)).map((m) => Number(m[2]) - Number(m[1]));
}

/** The deck cut after its first frames. */
function firstFrames(deck: string): string {
  const parts = deck.split('\\begin{frame}');
  return `${parts.slice(0, DECK_FRAMES + 1).join('\\begin{frame}')}\n\\end{document}\n`;
}

describe.runIf(hasLatex)('rendered first pages of four fixtures', () => {
  let decks: BatchResult;
  let figures: BatchResult;
  beforeAll(async () => {
    const deckDocs = [];
    const figureDocs = [];
    for (const f of FIXTURES) {
      const deck = await runCli(['derive', join(ROOT, f), '--format', 'beamer', '--out', '-']);
      const figure = await runCli(['draw', join(ROOT, f), '--out', '-']);
      deckDocs.push({ name: f, source: firstFrames(deck.stdout) });
      figureDocs.push({ name: f, source: figure.stdout });
    }
    [decks, figures] = await Promise.all([
      compileBatch('\\documentclass[aspectratio=169,10pt]{beamer}', deckDocs, 'decks', false),
      compileBatch('\\documentclass[tikz,border=4pt]{standalone}', figureDocs, 'figures', false),
    ]);
    // Kept for a reader to look at: RENDER_DIR=dir npx vitest run test/output/renderedPages.test.ts
    if (process.env.RENDER_DIR) {
      mkdirSync(process.env.RENDER_DIR, { recursive: true });
      for (const r of [decks, figures]) copyFileSync(r.pdf, join(process.env.RENDER_DIR, r.pdf.split('/').at(-1)!));
    }
  }, 300_000);

  it.each(FIXTURES.map((f, i) => [f, i]))('%s: title, network and first equations frames have ink', (_f, i) => {
    expect(decks.errors).toEqual([]);
    for (let k = 1; k <= DECK_FRAMES; k++) expect(inkShare(decks.pdf, i * DECK_FRAMES + k)).toBeGreaterThan(0.002);
  });
  it.each(FIXTURES.map((f, i) => [f, i]))('%s: the network frame prints its edge labels at 8 pt or more', (_f, i) => {
    expect(decks.errors).toEqual([]);
    // pdftotext's word boxes are about 0.9 of the type size (an 8 pt label measures 7.1–7.5 pt).
    const heights = numberHeights(decks.pdf, i * DECK_FRAMES + 2);
    expect(heights.length).toBeGreaterThan(4);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(8 * 0.88);
  });
  it.each(FIXTURES.map((f, i) => [f, i]))('%s: the figure has ink', (_f, i) => {
    expect(figures.errors).toEqual([]);
    expect(inkShare(figures.pdf, i + 1)).toBeGreaterThan(0.01);
  });
});
