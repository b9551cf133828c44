// Vitest global setup: one headless Chromium for every browser test file of a run (test/helpers/chromium.ts), launched
// on the first file's request and closed at the end; a run without browser tests launches none.
import { createServer, type Server } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { BrowserServer } from 'playwright-core';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A local socket that answers with the shared Chromium's WebSocket endpoint (launching it on the first request). */
    chromiumSocket: string;
  }
}

export const CHROMIUM = '/usr/bin/chromium';
/** How the browser tests start Chromium: headless, no sandbox (root in CI), nothing fetched from the network on its own. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export default function setup(project: TestProject): () => Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bptex-chromium-'));
  const socket = join(dir, 'endpoint.sock');
  let launched: Promise<BrowserServer> | undefined;
  const launch = async (): Promise<BrowserServer> => {
    const { chromium } = await import('playwright-core');
    return chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  };
  const server: Server = createServer((connection) => {
    launched ??= launch();
    launched.then((b) => connection.end(b.wsEndpoint()), (err: unknown) => connection.end(`error: ${String(err)}`));
  });
  server.listen(socket);
  project.provide('chromiumSocket', socket);
  return async () => {
    server.close();
    await (await launched?.catch(() => undefined))?.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
