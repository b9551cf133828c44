// (h) The playground in headless Chromium: one keystroke in the Mazur file → parse, derive, KaTeX, figure, layout, timed by the page.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { derive, emit, parseNetwork } from '../src/api.js';
import { formatMs, formatRatio, median, timeOnce } from './measure.js';
import type { Row } from './table.js';

const CHROMIUM = '/usr/bin/chromium';
const PAGE = fileURLToPath(new URL('../../dist/playground/index.html', import.meta.url));
const MAZUR = fileURLToPath(new URL('../../fixtures/mazur-2-2-2.yaml', import.meta.url));

/** Median in-page time of `edits` changes of w5's value, against derive + emit('html') of the same file in Node. */
export async function playgroundRow(edits = 40, warmup = 15): Promise<Row> {
  const name = '(h) playground: Mazur re-derived and re-typeset after an edit, in Chromium';
  if (!existsSync(CHROMIUM) || !existsSync(PAGE)) return { name, ours: 'n/a (no Chromium or playground not built)', baseline: '', ratio: 'n/a', note: '' };
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await page.goto(`file://${PAGE}`);
    await page.waitForSelector('body[data-ready]');
    await page.locator('.cm-line', { hasText: 'w5: 0.40' }).click();
    await page.keyboard.press('End');
    const times: number[] = [];
    const settled: number[] = [];
    let shown = '0.40';
    for (let i = 0; i < warmup + edits; i++) {
      const before = await page.evaluate(() => document.body.dataset.renders);
      // Each edit replaces w5's value with one not used before (0.401, 0.402, …) in one keystroke-like insertion,
      // so every number that depends on w5 is new and nothing comes from the page's KaTeX cache.
      const value = `0.${401 + i}`;
      for (let k = 0; k < shown.length; k++) await page.keyboard.press('Shift+ArrowLeft');
      await page.keyboard.insertText(value);
      shown = value;
      await page.waitForFunction((n) => document.body.dataset.renders !== n, before);
      await page.waitForFunction(() => document.body.dataset.pending === '0');
      const t = await page.evaluate(() => ({ visible: Number(document.body.dataset.renderMs), all: Number(document.body.dataset.settledAt) - Number(document.body.dataset.updateAt) }));
      if (i >= warmup) times.push(t.visible), settled.push(Math.max(t.visible, t.all));
    }
    const text = await page.locator('.cm-content').innerText();
    if (!text.includes(`w5: ${shown}`)) throw new Error('the bench edits did not land on w5');
    const source = (await import('node:fs')).readFileSync(MAZUR, 'utf8');
    const base: number[] = [];
    for (let i = 0; i < warmup + edits; i++) {
      const t = timeOnce(() => emit(derive(parseNetwork(source, 'mazur-2-2-2.yaml')), 'html'));
      if (i >= warmup) base.push(t);
    }
    const [o, b] = [median(times), median(base)];
    return {
      name,
      ours: formatMs(o),
      baseline: `${formatMs(b)} derive + emit html in Node`,
      ratio: formatRatio(o, b),
      note: `target < 30 ms (${o < 30 ? 'met' : 'NOT met'}); blocks on screen, max ${formatMs(Math.max(...times))}; every block, idle time included: ${formatMs(median(settled))}; median of ${edits} edits of w5`,
    };
  } finally {
    await browser.close();
  }
}
