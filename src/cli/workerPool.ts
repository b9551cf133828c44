// Items checked by this thread and by worker threads at once, each taking the next item when free, and their results
// handed on in the items' order: what is printed, and which error stops the run, is what one thread would give.
import type { Worker } from 'node:worker_threads';

/** What a worker posts: it is ready for an item, or the result of one (failed: it threw; this thread checks it again). */
export type WorkerMessage<R> = { ready: true } | { index: number; result: R } | { index: number; failed: true };
/** What this thread posts to a worker: the next item to check. */
export interface WorkerTask {
  index: number;
  item: string;
}

export interface PoolOptions {
  /** The worker's module (it answers tasks with messages, see verifyWorker.ts). */
  script: URL;
  workerData: unknown;
  /** Worker threads to start besides this thread. */
  workers: number;
}

type Slot<R> = { result: R } | { error: unknown } | { retry: true };

/**
 * Checks every item (this thread with `local`, and worker threads: `pool.workers`) and calls `emit` with each result in
 * the items' order. An item that throws stops the handing out; the first failure in order is thrown after the results
 * before it are emitted. An item a worker failed or dropped (it exited) is checked again here: its error, or its
 * result, is then the one this thread gives.
 */
export async function checkInOrder<R>(items: readonly string[], local: (item: string) => Promise<R>, emit: (result: R) => void, pool: PoolOptions): Promise<void> {
  const { Worker } = await import('node:worker_threads');
  const slots: (Slot<R> | undefined)[] = new Array(items.length);
  let next = 0;
  let stopped = false;
  let wake: () => void = () => undefined;
  const take = (): number | undefined => (stopped || next >= items.length ? undefined : next++);
  const busy = new Map<Worker, number>();
  const handOut = (w: Worker): void => {
    const index = take();
    if (index === undefined) return void busy.delete(w);
    busy.set(w, index);
    w.postMessage({ index, item: items[index]! } satisfies WorkerTask);
  };
  const start = (): Worker => {
    const w = new Worker(pool.script, { workerData: pool.workerData });
    w.on('message', (m: WorkerMessage<R>) => {
      if ('index' in m) slots[m.index] = 'failed' in m ? { retry: true } : { result: m.result };
      handOut(w);
      wake();
    });
    const dropped = (): void => {
      const index = busy.get(w);
      if (index !== undefined && slots[index] === undefined) slots[index] = { retry: true };
      busy.delete(w);
      wake();
    };
    w.on('error', dropped);
    w.on('exit', dropped);
    return w;
  };
  const workers = Array.from({ length: pool.workers }, start);
  try {
    for (let emitted = 0; emitted < items.length;) {
      const slot = slots[emitted];
      if (slot !== undefined) {
        if ('error' in slot) throw slot.error;
        emit('retry' in slot ? await local(items[emitted]!) : slot.result);
        emitted++;
        continue;
      }
      const index = take();
      if (index !== undefined) {
        slots[index] = await local(items[index]!).then((result) => ({ result }), (error: unknown) => ((stopped = true), { error }));
        // let the workers' messages in between this thread's items
        await new Promise((r) => setImmediate(r));
      } else await new Promise<void>((r) => (wake = r));
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
