// `serve`: only the page's own files and the named network answer; escaping paths, bodies, foreign hosts and long addresses get 4xx.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlaygroundServer, type PlaygroundServer } from '../../src/cli/commands/serve.js';
import { MAZUR } from '../output/trainFixtures.js';

const SECRET = 'not-for-the-page-4711';

interface Answer { status: number; body: string }

/** One raw HTTP request (the path is sent exactly as given); a body of `bodyBytes` is announced and partly sent. */
function ask(base: string, path: string, o: { method?: string; headers?: Record<string, string>; bodyBytes?: number } = {}): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: o.method ?? 'GET', headers: { ...(o.bodyBytes ? { 'Content-Length': String(o.bodyBytes) } : {}), ...o.headers } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    if (o.bodyBytes) req.write(Buffer.alloc(Math.min(o.bodyBytes, 1 << 16)));
    else req.end();
  });
}

describe('serve FILE over HTTP', () => {
  let dir: string;
  let server: PlaygroundServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bptex-serve-'));
    copyFileSync(MAZUR, join(dir, 'net.yaml'));
    writeFileSync(join(dir, 'secret.txt'), SECRET);
    server = await startPlaygroundServer({ file: join(dir, 'net.yaml'), port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['/', 200],
    ['/playground.js', 200],
    ['/session.json', 200],
    ['/net.yaml', 404],
    ['/secret.txt', 404],
    ['/etc/passwd', 404],
    ['/../secret.txt', 400],
    ['/%2e%2e/secret.txt', 400],
    ['/playground.js/../../secret.txt', 400],
    ['/..%5csecret.txt', 400],
    ['//etc/passwd', 400],
    ['http://127.0.0.1/etc/passwd', 400],
    [`/?${'a'.repeat(3000)}`, 414],
  ])('GET %s answers %i and shows nothing outside the served files', async (path, status) => {
    const answer = await ask(server.url, path);
    expect(answer.status).toBe(status);
    expect(answer.body).not.toContain(SECRET);
  });

  it.each([
    ['a POST', { method: 'POST' }, 405],
    ['a 50 MB body', { bodyBytes: 50_000_000 }, 413],
    ['a foreign Host header (DNS rebinding)', { headers: { Host: 'evil.example:80' } }, 421],
    ['a 100 kB header', { headers: { 'X-Big': 'x'.repeat(100_000) } }, 431],
  ] as const)('refuses %s', async (_what, options, status) => {
    expect((await ask(server.url, '/', options)).status).toBe(status);
  });

  it('without a file tells the page so and has no event stream', async () => {
    const bare = await startPlaygroundServer({ port: 0, host: '127.0.0.1' });
    try {
      expect(JSON.parse((await ask(bare.url, '/session.json')).body)).toEqual({ file: null });
      expect((await ask(bare.url, '/events')).status).toBe(404);
    } finally {
      await bare.close();
    }
  });

  it('gives the page the named file and nothing else', async () => {
    const session = JSON.parse((await ask(server.url, '/session.json')).body) as { file: { name: string; text: string } };
    expect(session.file.name).toBe('net.yaml');
    expect(session.file.text).toContain('w5: 0.40');
  });
});
