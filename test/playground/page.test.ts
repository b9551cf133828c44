// The playground in headless Chromium, served by `serve FILE`: typing, clicking, errors, exports, links, the verify pane, live saves.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork, parseNetwork, presentationExtras } from '../../src/api.js';
import { startPlaygroundServer, type PlaygroundServer } from '../../src/cli/commands/serve.js';
import { MAZUR } from '../output/trainFixtures.js';
import { CHROMIUM, openChromium } from '../helpers/chromium.js';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI === 'true') throw new Error('chromium is missing in CI: .ci/run must install it');

/** net_o1 as the page prints it (9 decimals, trailing zeros dropped), computed by the library for the given text. */
function netO1(text: string): string {
  const values = JSON.parse(emit(derive(parseNetwork(text, 'net.yaml')), 'json')).values as Record<string, number>;
  return String(Number(values.net_o1!.toFixed(9)));
}

describe.runIf(hasChromium)('the playground page, served with a file', () => {
  let chromium: Browser;
  let browser: BrowserContext;
  let server: PlaygroundServer;
  let page: Page;
  let dir: string;
  let file: string;
  const problems: string[] = [];
  const original = readFileSync(MAZUR, 'utf8');
  const derivation = async (): Promise<string> => (await page.locator('#derivation').textContent()) ?? '';
  /** Runs an action and waits until the page has rendered again after it (off-screen blocks included). */
  const rendered = async (action: () => Promise<unknown>, p: Page = page): Promise<void> => {
    const before = await p.evaluate(() => document.body.dataset.renders);
    await action();
    await p.waitForFunction((n) => document.body.dataset.renders !== n && document.body.dataset.pending === '0', before);
  };
  const editLine = async (startsWith: string, keys: string[]): Promise<void> => {
    await page.locator('.cm-line', { hasText: startsWith }).first().click();
    await page.keyboard.press('End');
    for (const k of keys) await rendered(() => (k.length === 1 ? page.keyboard.type(k) : page.keyboard.press(k)));
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bptex-playground-'));
    file = join(dir, 'net.yaml');
    copyFileSync(MAZUR, file);
    server = await startPlaygroundServer({ file, port: 0, host: '127.0.0.1' });
    // the run's one Chromium (shared with the HTML page's tests), in a fresh context of this file's own
    chromium = await openChromium();
    browser = await chromium.newContext({ acceptDownloads: true, viewport: { width: 1300, height: 900 } });
    const origin = server.url.slice(0, -1);
    browser.on('request', (r) => { if (![origin, 'data:', `blob:${origin}`].some((o) => r.url().startsWith(o))) problems.push(`request to ${r.url()}`); });
    browser.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    browser.on('weberror', (e) => problems.push(`page error: ${e.error().message}`));
    page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready]');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await chromium?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('typesets the served file: every block with KaTeX, no KaTeX error', async () => {
    expect(await page.locator('#derivation .eq .katex-display').count()).toBeGreaterThan(10);
    expect(await page.locator('.katex-error').count()).toBe(0);
    expect(await derivation()).toContain(netO1(original));
  });

  it.each(['tex', 'beamer', 'md', 'json'] as const)('exports %s exactly as derive writes it for the same file', async (format) => {
    const download = page.waitForEvent('download');
    await page.click(`#exports button[data-format=${format}]`);
    // saved beside the test: a download of a connected browser lives on the browser's side
    const local = join(dir, `export-${format}`);
    await (await download).saveAs(local);
    const saved = readFileSync(local, 'utf8');
    const def = loadNetwork(file);
    expect(saved).toBe(emit(derive(def), format, format === 'beamer' || format === 'tex' ? presentationExtras(def, format, { overlays: false }) : {}));
  });

  it('marks each number of a pasted document with its verdict', async () => {
    await page.click('#verify-box summary');
    await page.fill('#verify-input', '$$w_5^{+} = 0.4 - 0.5 \\cdot 0.082167041 = 0.35891648$$\n\n$$w_6^{+} = 0.45 - 0.5 \\cdot 0.082667628 = 0.40886619$$\n');
    await expect.poll(() => page.locator('#verify-output mark.erratum').allInnerTexts()).toEqual(['0.40886619']);
    // Every substituted number is judged too, as the command line judges it.
    expect(await page.locator('#verify-output mark.exact').allInnerTexts()).toEqual(['0.4', '0.5', '0.082167041', '0.35891648', '0.45', '0.5', '0.082667628']);
    expect(await page.locator('#verify-summary').innerText()).toContain('7 exact, 1 erratum');
  });

  it('a link restores the network and the view', async () => {
    await rendered(() => page.click('#view button[data-view=slides]'));
    await page.click('#share');
    await page.waitForURL(/#s=/);
    const other = await browser.newPage();
    await other.goto(page.url());
    await other.waitForSelector('body[data-ready]');
    expect(await other.locator('#derivation .frame').count()).toBeGreaterThan(10);
    expect(await other.locator('.cm-content').innerText()).toContain('w5: 0.40');
    await other.close();
    await rendered(() => page.click('#view button[data-view=article]'));
  });

  it('a weight changed in the editor changes the derivation', async () => {
    await editLine('w5: 0.40', ['Backspace', 'Backspace', '5']);
    const text = await derivation();
    expect(text).toContain(netO1(original.replace('w5: 0.40', 'w5: 0.5')));
    expect(text).not.toContain(netO1(original));
  });

  it('a slider rewrites its number in the file and the derivation follows', async () => {
    await rendered(() => page.locator('#sliders input[data-path=\'["parameters","w5"]\']').fill('0.25'));
    expect(await page.locator('.cm-content').innerText()).toContain('w5: 0.25');
    expect(await derivation()).toContain(netO1(original.replace('w5: 0.40', 'w5: 0.25')));
  });

  it('clicking w5 highlights its chain-rule path and scrolls to its derivation', async () => {
    await page.evaluate(() => document.getElementById('output')!.scrollTo(0, 0));
    await page.click('#figure .edge[data-param=w5]');
    // w5's own edge h1 → o1, then o1 → E_total.
    expect(await page.locator('#figure path.wire.on-path').count()).toBe(2);
    const block = page.locator('#derivation .flash');
    expect(await block.getAttribute('data-params')).toContain('w5');
    // Scrolled to just below the figure, which stays on top of the derivation's column.
    const gap = (): Promise<number> => block.evaluate((el) => Math.round(el.getBoundingClientRect().top - document.getElementById('figure')!.getBoundingClientRect().bottom));
    await expect.poll(gap).toBeGreaterThanOrEqual(0);
    await expect.poll(gap).toBeLessThan(60);
  });

  it('an invalid line shows the error at that line and keeps the last render', async () => {
    const before = await derivation();
    await editLine('activation: sigmoid', ['d']);
    expect(await page.locator('#status').innerText()).toMatch(/^net\.yaml:22:17: "sigmoidd" is not accepted here/);
    expect(await page.locator('.cm-lintRange-error').first().evaluate((el) => el.closest('.cm-line')!.textContent)).toContain('sigmoidd');
    expect(await derivation()).toBe(before);
    expect(await page.locator('#derivation.stale').count()).toBe(1);
    await page.keyboard.press('Escape');
    await rendered(() => page.keyboard.press('Backspace'));
    expect(await page.locator('#status').innerText()).toBe('');
  });

  it('follows the file: a save on disk updates the page', async () => {
    const saved = original.replace('w5: 0.40', 'w5: 0.7');
    await rendered(async () => writeFileSync(file, saved));
    expect(await page.locator('.cm-content').innerText()).toContain('w5: 0.7');
    expect(await derivation()).toContain(netO1(saved));
  });

  it('logged no console error and asked nothing of any other origin', () => {
    expect(problems).toEqual([]);
  });
});
