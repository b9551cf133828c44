// Repeated options and numeric options out of range: one line naming the option, exit 2, never a TypeError or a hang.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const NET = join(ROOT, 'fixtures', 'mazur-2-2-2.yaml');

describe('options given twice or out of range', () => {
  it.each([
    [['derive', NET, '--format', 'tex', '--format', 'md'], '--format is given 2 times; give it once'],
    [['derive', NET, '--out', 'a.tex', '--out=b.tex'], '--out is given 2 times; give it once'],
    [['derive', NET, '-o', 'a.tex', '--out=b.tex'], '--out is given 2 times; give it once'],
    [['train', NET, '-o', 'a', '--out-dir', 'b'], '--out-dir is given 2 times; give it once'],
    [['derive', NET, '--only', 'w5', '--only', 'w6'], '--only is given 2 times; give it once'],
    [['derive', NET, '--lr', '1', '--eta', '2'], '--lr and --eta are the same option (--eta is its old name); give one'],
    [['init', 'x.yaml', '--shape', '2-1', '--shape', '3-1'], '--shape is given 2 times; give it once'],
    [['derive', NET, '--iterations', '-1'], '--iterations takes a whole number of at least 0, not -1'],
    [['derive', NET, '--iterations', '2.5'], '--iterations takes a whole number of at least 0, not 2.5'],
    [['derive', NET, '--iterations', 'NaN'], '--iterations takes a whole number of at least 0, not NaN (or not a number)'],
    [['derive', NET, '--iterations', '1e7'], '--iterations 10000000 is more than the limit of 10000 (raise it with --max-iterations)'],
    [['train', NET, '--every', '0'], '--every takes a whole number of at least 1, not 0'],
    [['train', NET, '--every', '0.5'], '--every takes a whole number of at least 1, not 0.5'],
    [['train', NET, '--epochs', '1e12'], '--epochs 1000000000000 is more than the limit of 1000000 (raise it with --max-epochs)'],
    [['train', NET, '--lr', 'NaN'], '--lr takes a number above 0 and at most 1000000, not NaN (or not a number)'],
    [['train', NET, '--max-epochs=NaN'], '--max-epochs takes a whole number of at least 1, not NaN (or not a number)'],
    [['derive', NET, '--decimals', '99'], '--decimals takes a whole number from 0 to 15, not 99'],
  ])('%j', async (args, message) => {
    const r = await runCli(args);
    expect([r.status, r.stderr]).toEqual([2, `backprop-tex: ${message}\nRun 'backprop-tex --help' for the options.\n`]);
  });

  it('accepts a flag given twice and a raised cap', async () => {
    expect((await runCli(['derive', NET, '--format', 'txt', '--out', '-', '--quiet', '--quiet'])).status).toBe(0);
    expect((await runCli(['derive', NET, '--iterations', '10001', '--max-iterations', '20000', '--format', 'txt', '--out', '-'])).status).toBe(0);
  });
});
