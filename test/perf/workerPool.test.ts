// workerPool.checkInOrder: items checked by this thread and worker threads come back in the items' order; a failure
// stops the run where one thread would stop it, with this thread's own error; a worker that dies loses no item.
import { describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { checkInOrder } from '../../src/cli/workerPool.js';

const SCRIPT = new URL('../helpers/echoWorker.mjs', import.meta.url);

/**
 * Runs the items with `workers` echo workers. This thread's check of "hold-N" waits until the workers have taken N
 * items ("hold-N+" until they answered N), so the workers surely take a share however loaded the machine is.
 */
async function run(items: string[], workers: number): Promise<{ emitted: string[]; error?: string }> {
  const shared = new SharedArrayBuffer(8);
  const counts = new Int32Array(shared);
  const local = async (item: string): Promise<string> => {
    const hold = /^hold-(\d+)(\+?)$/.exec(item);
    while (hold && Atomics.load(counts, hold[2] ? 1 : 0) < Number(hold[1])) await sleep(5);
    if (item.startsWith('fail')) throw new Error(`cannot check ${item}`);
    return `local:${item}`;
  };
  const emitted: string[] = [];
  try {
    await checkInOrder(items, local, (r) => emitted.push(r), { script: SCRIPT, workerData: shared, workers });
    return { emitted };
  } catch (e) {
    return { emitted, error: (e as Error).message };
  }
}

const itemOf = (r: string): string => r.replace(/^(local|worker):/, '');

describe('checkInOrder', () => {
  it('hands results on in the items’ order, whichever thread finished first', async () => {
    const items = ['hold-3+', 'slow-9', 'a', 'slow-5', 'b', 'c', 'slow-2', 'd', 'e', 'f'];
    const { emitted, error } = await run(items, 2);
    expect(error).toBeUndefined();
    expect(emitted.map(itemOf)).toEqual(items);
    expect(emitted.filter((r) => r.startsWith('worker:')).length).toBeGreaterThanOrEqual(3);
  });

  it('throws the first failing item’s error (this thread’s) after the results before it, and none after', async () => {
    const items = ['hold-2', 'b', 'slow-3', 'fail-1', 'c', 'fail-2', 'd'];
    const { emitted, error } = await run(items, 2);
    expect(emitted.map(itemOf)).toEqual(['hold-2', 'b', 'slow-3']);
    expect(error).toBe('cannot check fail-1');
  });

  it('checks again in this thread an item whose worker exited, and goes on', async () => {
    // this thread holds the first item until the worker has taken "exit" (and died with it)
    const { emitted, error } = await run(['hold-1', 'exit', 'b', 'c'], 1);
    expect(error).toBeUndefined();
    expect(emitted).toEqual(['local:hold-1', 'local:exit', 'local:b', 'local:c']);
  });

  it('with no worker threads checks every item in this thread', async () => {
    const { emitted } = await run(['a', 'b', 'c'], 0);
    expect(emitted).toEqual(['local:a', 'local:b', 'local:c']);
  });

});
