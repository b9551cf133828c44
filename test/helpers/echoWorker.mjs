// A worker for workerPool's tests: answers an item after a delay it names (slow-3 waits 3 × 10 ms), fails an item
// starting with "fail", and exits in the middle of an item named "exit". It counts, in the shared array it is given,
// the items it took (index 0) and answered (index 1), so a test waits for it instead of guessing how long it takes.
import { parentPort, workerData } from 'node:worker_threads';

const counts = new Int32Array(workerData);
parentPort.on('message', ({ index, item }) => {
  Atomics.add(counts, 0, 1);
  if (item === 'exit') process.exit(1);
  const wait = Number(/^slow-(\d+)/.exec(item)?.[1] ?? 0) * 10;
  setTimeout(() => {
    parentPort.postMessage(item.startsWith('fail') ? { index, failed: true } : { index, result: `worker:${item}` });
    Atomics.add(counts, 1, 1);
  }, wait);
});
parentPort.postMessage({ ready: true });
