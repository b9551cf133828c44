// The HTML page in a real headless Chromium: every equation renders without a KaTeX error, offline, and a screenshot is not blank.
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../src/api.js';
import { readKatexCss } from '../../src/cli/katexCss.js';
import { networkFigureData } from '../../src/draw/figureData.js';
import { MAZUR, ROOT } from './trainFixtures.js';
import { CHROMIUM, openChromium } from '../helpers/chromium.js';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI === 'true') throw new Error('chromium is missing in CI: .ci/run must install it');
if (!hasChromium) console.warn('skipped: /usr/bin/chromium is not installed');

const def = loadNetwork(MAZUR);
const DENSE = join(ROOT, 'test/matrix/fixtures/dense-4-12-12-3.yaml');
const page = emit(derive(def, { iterations: 50 }), 'html', { figureData: networkFigureData(def), css: readKatexCss() });

/** Share of non-white pixels in an 8-bit RGB(A) PNG (filters undone row by row). */
function inkShare(png: Buffer): number {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const channels = png[25] === 6 ? 4 : 3;
  const chunks: Buffer[] = [];
  for (let off = 8; off < png.length;) {
    const len = png.readUInt32BE(off);
    if (png.toString('latin1', off + 4, off + 8) === 'IDAT') chunks.push(png.subarray(off + 8, off + 8 + len));
    off += len + 12;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const prev = new Uint8Array(stride);
  let ink = 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const row = new Uint8Array(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? row[i - channels]! : 0;
      const b = prev[i]!;
      const c = i >= channels ? prev[i - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      row[i] = (row[i]! + [0, a, b, (a + b) >> 1, paeth][filter]!) & 255;
    }
    prev.set(row);
    for (let x = 0; x < width; x++) if (row[x * channels]! < 200) ink++;
  }
  return ink / (width * height);
}

describe.runIf(hasChromium)('html page in headless Chromium', () => {
  let chromium: Browser;
  let browser: BrowserContext;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bptex-html-'));
    // the run's one Chromium (shared with the playground's tests), in a fresh context of this file's own
    chromium = await openChromium();
    browser = await chromium.newContext({ viewport: { width: 1000, height: 800 } });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await chromium?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders every equation with KaTeX, asks for nothing over the network, and is not blank', async () => {
    const file = join(dir, 'mazur.html');
    writeFileSync(file, page);
    const tab = await browser.newPage();
    const requests: string[] = [];
    tab.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
    await tab.goto(`file://${file}`);
    await tab.evaluate(() => document.fonts.ready);
    const counts = await tab.evaluate(() => ({
      equations: document.querySelectorAll('.eq .katex-display').length,
      errors: document.querySelectorAll('.katex-error').length,
      fontsLoaded: [...document.fonts].filter((f) => f.status === 'loaded').length,
    }));
    expect(counts.equations).toBeGreaterThan(10);
    expect(counts.errors).toBe(0);
    expect(counts.fontsLoaded).toBeGreaterThan(0);
    expect(requests).toEqual([]);
    const shot = await tab.screenshot({ fullPage: false });
    expect(inkShare(shot)).toBeGreaterThan(0.005);
  }, 60_000);

  it('fits every matrix equation of a 4-12-12-3 network (12 × 12 weights) in the page width', async () => {
    const tab = await browser.newPage();
    // one convention: the others print through the same rows (test/matrix/matrixHtml.test.ts)
    for (const notation of [undefined] as const) {
      const file = join(dir, `matrix-${notation ?? 'column'}.html`);
      writeFileSync(file, emit(derive(loadNetwork(DENSE), { form: 'matrix', notation }), 'html', { css: readKatexCss() }));
      await tab.goto(`file://${file}`);
      await tab.evaluate(() => document.fonts.ready);
      const page = await tab.evaluate(() => ({
        equations: document.querySelectorAll('.eq .katex-display').length,
        errors: document.querySelectorAll('.katex-error').length,
        wider: [...document.querySelectorAll('.eq')].filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.textContent!.slice(0, 40)),
      }));
      expect(page.equations, notation).toBeGreaterThan(25);
      expect(page.errors, notation).toBe(0);
      expect(page.wider, notation).toEqual([]);
    }
  }, 60_000);
});
