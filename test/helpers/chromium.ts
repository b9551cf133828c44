// The run's one Chromium (test/helpers/chromiumServer.ts) for a browser test file: connected once per file, each file
// in contexts of its own; launched here instead when the run has no shared one (another config).
import { connect } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from './chromiumServer.js';

export { CHROMIUM } from './chromiumServer.js';

/** The WebSocket endpoint the run's Chromium listens on. */
function endpoint(socket: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = '';
    const c = connect(socket);
    c.on('data', (b: Buffer) => void (answer += b.toString('utf8')));
    c.on('end', () => (answer.startsWith('ws') ? resolve(answer) : reject(new Error(`no shared Chromium: ${answer}`))));
    c.on('error', reject);
  });
}

/** A browser to open contexts in; closing it disconnects from the shared one (or ends the one launched here). */
export async function openChromium(): Promise<Browser> {
  const socket = inject('chromiumSocket');
  if (socket) return chromium.connect(await endpoint(socket));
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
