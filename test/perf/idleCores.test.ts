// idleCoresMeter: the cores idle since the meter started, between none and all of them.
import { cpus } from 'node:os';
import { describe, expect, it } from 'vitest';
import { idleCoresMeter } from '../../src/cli/idleCores.js';

describe('idleCoresMeter', () => {
  it('gives a count between 0 and the number of cores, after this thread kept one busy', () => {
    const idle = idleCoresMeter();
    const until = Date.now() + 60;
    while (Date.now() < until); // this thread busy meanwhile
    const n = idle();
    expect(n).toBeGreaterThanOrEqual(0);
    expect(n).toBeLessThanOrEqual(cpus().length);
  });
});
