// Reads an input file (or '-', standard input) counting bytes as they arrive: /dev/zero and pipes stop at the limit.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from './errors.js';
import { fsInputError, isFsError } from './fsError.js';

const CHUNK = 1 << 16;

/** The text of `path` ('-' is standard input), refused once it passes maxBytes; file-system errors as one line. */
export function readInputText(path: string, maxBytes: number, limitFlag = '--max-bytes'): string {
  const file = path === '-' ? '<stdin>' : path;
  let fd: number | undefined;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge(`has ${stat.size} bytes, more`, maxBytes, limitFlag, file);
    return readAll(fd, maxBytes, limitFlag, file);
  } catch (err) {
    throw isFsError(err) ? fsInputError(err, file, 'cannot read') : err;
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}

function readAll(fd: number, maxBytes: number, limitFlag: string, file: string): string {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(CHUNK);
    const n = readChunk(fd, buf);
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw tooLarge('has more bytes', maxBytes, limitFlag, file);
    chunks.push(buf.subarray(0, n));
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

/** One read; a non-blocking standard input that has nothing yet (EAGAIN) is waited for. */
function readChunk(fd: number, buf: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, buf, 0, buf.length, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EOF') return 0;
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

function tooLarge(what: string, maxBytes: number, flag: string, file: string): InputError {
  return new InputError(`the file ${what} than the limit of ${maxBytes}${flag ? ` (raise it with ${flag})` : ''}`, { file });
}
