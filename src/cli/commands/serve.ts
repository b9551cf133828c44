// `backprop-tex serve [FILE]`: serves the playground on loopback; with FILE, pushes each saved version of it to the page (SSE).
// Only four fixed routes and the page's own three files answer: no directory listing, no path from the request reaches the disk.
import { watch, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';

interface ServeArgs { file?: string; port: number; host: string; quiet: boolean }

/** The page's files and their types; nothing else in the folder is served. */
const ASSETS: Record<string, [file: string, type: string]> = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/index.html': ['index.html', 'text/html; charset=utf-8'],
  '/playground.js': ['playground.js', 'text/javascript; charset=utf-8'],
  '/playground.css': ['playground.css', 'text/css; charset=utf-8'],
};
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_URL = 2048;
/** The page loads only its own files; the derivation's generated code needs eval; fonts are data: URIs. */
const CSP = "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; font-src data:; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'";

export interface PlaygroundServer { server: Server; url: string; close(): Promise<void> }

/** dist/playground beside the built CLI (from src/, during tests, the built copy in dist/). */
function defaultAssets(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return here.split(/[\\/]/).includes('dist') ? join(here, '..', '..', 'playground') : join(here, '..', '..', '..', 'dist', 'playground');
}

export async function startPlaygroundServer(opts: { file?: string; port: number; host: string; assets?: string }): Promise<PlaygroundServer> {
  const assets = opts.assets ?? defaultAssets();
  await stat(join(assets, 'playground.js')).catch(() => { throw new RangeError(`the playground is not built (${assets}): run npm run build`); });
  const file = opts.file === undefined ? undefined : resolve(opts.file);
  if (file) await readNetwork(file);
  const clients = new Set<ServerResponse>();
  // node:http (with net, dns, streams) loads only here: every other command line registers serve without running it.
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => void answer(req, res, { assets, file, clients, host: opts.host }).catch(() => send(res, 500, 'internal error')));
  await new Promise<void>((ok, fail) => server.once('error', (err: NodeJS.ErrnoException) => fail(err.code === 'EADDRINUSE' || err.code === 'EACCES' || err.code === 'EADDRNOTAVAIL'
    ? new RangeError(`cannot listen on ${opts.host}:${opts.port} (${err.code}): choose another --port or --host`) : err)).listen(opts.port, opts.host, ok));
  const port = (server.address() as { port: number }).port;
  const watcher = file ? watchFile(file, clients) : undefined;
  return {
    server,
    url: `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}/`,
    close: () => new Promise((ok) => { watcher?.close(); for (const c of clients) c.end(); server.close(() => ok()); }),
  };
}

interface Context { assets: string; file?: string; clients: Set<ServerResponse>; host: string }

async function answer(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  const refusal = refuse(req, ctx.host);
  if (refusal) return send(res, refusal[0], refusal[1], true);
  const path = req.url!.split('?')[0]!;
  const asset = ASSETS[path];
  if (asset) return send(res, 200, await readFile(join(ctx.assets, asset[0])), false, asset[1]);
  if (path === '/session.json') {
    const body = ctx.file ? { file: { name: basename(ctx.file), text: await readNetwork(ctx.file) } } : { file: null };
    return send(res, 200, JSON.stringify(body), false, 'application/json; charset=utf-8');
  }
  if (path === '/events' && ctx.file) {
    res.writeHead(200, { ...HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8' });
    res.write(': backprop-tex serve\n\n');
    ctx.clients.add(res);
    req.on('close', () => ctx.clients.delete(res));
    return;
  }
  send(res, 404, 'not found');
}

/** Status and reason for a request the server will not look at: wrong method, a body, a path that could escape, a foreign Host. */
export function refuse(req: IncomingMessage, host: string): [number, string] | undefined {
  if (req.method !== 'GET' && req.method !== 'HEAD') return [405, 'only GET and HEAD'];
  if (Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding']) return [413, 'no request body is accepted'];
  const url = req.url ?? '';
  if (url.length > MAX_URL) return [414, 'the address is too long'];
  if (!url.startsWith('/') || url.startsWith('//') || /\.\.|\\|%|\0/.test(url.split('?')[0]!)) return [400, 'bad path'];
  // A page elsewhere must not reach a loopback server through a name that resolves to 127.0.0.1 (DNS rebinding).
  const loopback = ['127.0.0.1', 'localhost', '::1'].includes(host);
  const name = (req.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1');
  if (loopback && !['127.0.0.1', 'localhost', '::1'].includes(name)) return [421, 'unexpected Host header'];
  return undefined;
}

const HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': CSP, 'Referrer-Policy': 'no-referrer' };

function send(res: ServerResponse, status: number, body: string | Buffer, close = false, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { ...HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...(close ? { Connection: 'close' } : {}) });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

async function readNetwork(file: string): Promise<string> {
  const size = (await stat(file).catch(() => { throw new RangeError(`cannot read ${file}`); })).size;
  if (size > MAX_FILE_BYTES) throw new RangeError(`${file} has ${size} bytes, more than ${MAX_FILE_BYTES}`);
  return readFile(file, 'utf8');
}

/** Watches the file's folder (editors save by renaming a new file over the old) and sends each new text once. */
function watchFile(file: string, clients: Set<ServerResponse>): FSWatcher {
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const push = async (): Promise<void> => {
    let event: string;
    try {
      const text = await readNetwork(file);
      if (text === last) return;
      last = text;
      event = `event: file\ndata: ${JSON.stringify({ name: basename(file), text })}\n\n`;
    } catch (err) {
      event = `event: problem\ndata: ${(err as Error).message.replace(/\n/g, ' ')}\n\n`;
    }
    for (const c of clients) c.write(event);
  };
  void readNetwork(file).then((t) => (last = t), () => undefined);
  return watch(dirname(file), (_kind, name) => {
    if (name !== basename(file)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void push(), 40);
  });
}

export const serveCommand: CommandModule<object, ServeArgs> = {
  command: 'serve [file]',
  describe: 'serve the live playground on this machine; with FILE, the page follows each saved version of it',
  builder: (y: Argv) =>
    y
      .positional('file', { type: 'string', describe: 'network file to watch and show (.yaml or .json)' })
      .options({
        port: { type: 'number', default: 8765, describe: 'TCP port (0: any free port)' },
        host: { type: 'string', default: '127.0.0.1', describe: 'address to listen on (the default is reachable only from this machine)' },
        quiet: { type: 'boolean', default: false, describe: 'print nothing on success' },
      })
      .example('$0 serve fixtures/mazur-2-2-2.yaml', 'open the printed address; each save of the file updates the page') as unknown as Argv<ServeArgs>,
  handler: async (args: ArgumentsCamelCase<ServeArgs>) => {
    if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new RangeError('--port takes a whole number from 0 to 65535');
    const running = await startPlaygroundServer({ file: args.file, port: args.port, host: args.host });
    if (!args.quiet) process.stderr.write(`backprop-tex playground at ${running.url}${args.file ? ` (following ${args.file})` : ''}; Ctrl-C stops it\n`);
    await new Promise<never>(() => undefined);
  },
};
