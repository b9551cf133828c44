// `backprop-tex` for the shell blocks of the docs: a bash script on the PATH sends its arguments and working folder over
// a local socket, and the test's worker runs them through runCli and answers with the exit code and two files holding
// standard output and error. Why: a Node process per command cost ~0.3 s of CPU to start (21 commands); the shell, its
// pipes, files and exit codes stay real. The built binary as a process is what test/engine/process.test.ts,
// test/perf/startup.test.ts (bundle against modules) and test/docs/pack.test.ts (the installed package) run.
import { writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

export interface CliServer {
  /** The bash script to put on the PATH as `backprop-tex`. */
  script: string;
  close(): Promise<void>;
}

/** Reads one request (NUL-separated: the argument count, the working folder, the arguments) and answers it. */
function serve(socket: Socket, outputs: string, next: () => number): void {
  let request = Buffer.alloc(0);
  let answered = false;
  socket.on('data', (chunk: Buffer) => {
    request = Buffer.concat([request, chunk]);
    const fields = request.toString('utf8').split('\0');
    const count = Number(fields[0]);
    if (answered || !(fields.length >= count + 3)) return;
    answered = true;
    const [cwd, ...args] = fields.slice(1, count + 2);
    const ran = runCli(args, { cwd }).catch((err: unknown) => ({ status: 3, stdout: '', stderr: `runCli threw: ${String(err)}\n` }));
    void ran.then((r) => {
      const id = next();
      const [out, err] = [join(outputs, `.cli-${id}.out`), join(outputs, `.cli-${id}.err`)];
      writeFileSync(out, r.stdout);
      writeFileSync(err, r.stderr);
      socket.end(`${r.status} ${out} ${err}\n`);
    });
  });
  socket.on('error', () => socket.destroy());
}

/** Listens on 127.0.0.1 (a free port); the answers' files go to `outputs` (a path without spaces). */
export async function startCliServer(outputs: string): Promise<CliServer> {
  let calls = 0;
  const server = createServer((socket) => serve(socket, outputs, () => ++calls));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const script = [
    '#!/bin/bash',
    `exec 3<>/dev/tcp/127.0.0.1/${port} || exit 70`,
    `printf '%s\\0' "$#" "$PWD" "$@" >&3`,
    'read -r status out err <&3',
    'exec 3<&-',
    'cat -- "$out"',
    'cat -- "$err" >&2',
    'exit "$status"',
    '',
  ].join('\n');
  return { script, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
