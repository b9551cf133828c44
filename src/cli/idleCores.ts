// How many of the machine's cores sat idle while this process worked: a run starts worker threads only on cores that
// are free, since on a machine already busy a worker only adds its own start-up to the work (measured in issue 20).
import { cpus } from 'node:os';

function idleAndTotal(): { idle: number; total: number } {
  let idle = 0;
  let total = 0;
  for (const { times } of cpus()) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, total };
}

/** Starts a meter; calling it gives the cores idle on average since then (2 cores, one running this thread, the other free: about 1). */
export function idleCoresMeter(): () => number {
  const before = idleAndTotal();
  const count = cpus().length;
  return () => {
    const after = idleAndTotal();
    const total = after.total - before.total;
    return total > 0 ? ((after.idle - before.idle) / total) * count : 0;
  };
}
