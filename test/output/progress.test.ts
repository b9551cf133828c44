// The progress bar: drawn on a terminal for long runs, silent in CI logs, for short runs and with --quiet.
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream };
}

describe('progress bar', () => {
  it.each([
    ['a terminal, 10000 epochs', true, 10000, false, true],
    ['a log file (not a terminal)', false, 10000, false, false],
    ['a short run of 100 epochs', true, 100, false, false],
    ['--quiet', true, 10000, true, false],
  ])('on %s draws a bar: %s', (_what, tty, total, quiet, drawn) => {
    const { stream, written } = fakeStream(tty);
    const p = createProgress(total, quiet, stream);
    for (let e = 100; e <= total; e += 100) p.update(e);
    p.done();
    expect(written.length > 0).toBe(drawn);
    if (drawn) {
      expect(written.at(-2)).toContain(`epoch ${total}/${total}`);
      expect(written.at(-1)).toBe('\r\x1b[K');
    }
  });
});
