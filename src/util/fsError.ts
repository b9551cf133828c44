// Turns a file-system error (EISDIR, ENOSPC, EROFS, …) into one line naming the path and what to do.
import { InputError } from './errors.js';

const ADVICE: Record<string, string> = {
  EISDIR: 'is a folder; name a file',
  ENOTDIR: 'a part of this path is a file, not a folder',
  EEXIST: 'a part of this path is a file, not a folder',
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied; choose a path you may write, or change its permissions',
  EPERM: 'operation not permitted; choose another path',
  EROFS: 'the file system is read-only; write somewhere else',
  ENOSPC: 'the disk is full; free some space or write somewhere else (the old file, if any, is unchanged)',
  EDQUOT: 'the disk quota is exceeded; free some space (the old file, if any, is unchanged)',
  ELOOP: 'too many symbolic links (a link that points to itself?)',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  EBADF: 'the file is closed',
  EIO: 'input/output error on the device',
  ENXIO: 'no such device (a FIFO with nobody reading it?)',
  EFBIG: 'the file is too large for this file system',
};

/** True for an error thrown by node:fs (it has a string code such as 'ENOSPC'). */
export function isFsError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((err as NodeJS.ErrnoException).code!);
}

/** `path: what is wrong (CODE)` as an InputError; `doing` says what backprop-tex was doing ("cannot write"). */
export function fsInputError(err: NodeJS.ErrnoException, path: string, doing: string): InputError {
  const code = err.code ?? 'EIO';
  return new InputError(`${doing}: ${ADVICE[code] ?? firstLine(err.message)} (${code})`, { file: err.path && err.path !== path ? err.path : path });
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/^E[A-Z]+: /, '');
}
