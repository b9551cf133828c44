// Renders docs/gallery/playground.png: the built playground in headless Chromium, w5 clicked (its chain-rule path in red).
import { chromium } from 'playwright-core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
await page.goto(`file://${join(root, 'dist', 'playground', 'index.html')}`);
await page.waitForSelector('body[data-ready]');
await page.evaluate(() => document.fonts.ready);
await page.click('#figure .edge[data-param=w5]');
await page.waitForFunction(() => document.body.dataset.pending === '0');
await page.waitForTimeout(800); // the smooth scroll to w5's block
await page.screenshot({ path: join(root, 'docs', 'gallery', 'playground.png') });
await browser.close();
console.log('wrote docs/gallery/playground.png');
