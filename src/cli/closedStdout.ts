// Whether standard output was closed when the process started (`backprop-tex … >&-`), which Node hides.
// Node reopens a closed fd 0–2 as /dev/null, read-write, before any script runs (src/node.cc, PlatformInit), so a write
// to a closed stdout succeeds and the output is lost with exit 0. A shell's `> /dev/null` opens it write-only, so
// /dev/null opened read-write on fd 1 is taken as closed. Linux only (it reads /proc/self/fdinfo). A parent that hands
// over /dev/null read-write on purpose (Python's subprocess.DEVNULL, Node's stdio 'ignore') looks the same: such a
// caller gets this error only if the command writes to stdout, and `--out FILE` or `--quiet` avoid it.
import { fstatSync, readFileSync, statSync } from 'node:fs';

const O_ACCMODE = 0o3;
const O_RDWR = 0o2;

/** True when fd 1 is /dev/null opened read-write, as Node leaves a stdout that was closed at start. */
export function stdoutWasClosed(fdinfo = '/proc/self/fdinfo/1'): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync(fdinfo, 'utf8'))?.[1];
    if (flags === undefined || (parseInt(flags, 8) & O_ACCMODE) !== O_RDWR) return false;
    const [out, devNull] = [fstatSync(1), statSync('/dev/null')];
    return out.isCharacterDevice() && out.rdev === devNull.rdev;
  } catch {
    return false;
  }
}

/** Makes the first write to a closed stdout an error of one line and exit 2, instead of output lost with exit 0. */
export function refuseWritesToClosedStdout(stdout: NodeJS.WriteStream, stderr: NodeJS.WriteStream): void {
  if (!stdoutWasClosed()) return;
  stdout.write = (() => {
    stderr.write('backprop-tex: standard output is closed (>&-); the output was not written (use --out FILE, or > /dev/null to discard it)\n');
    process.exit(2);
  }) as typeof stdout.write;
}
