// A worker thread of a `verify` run of several documents (workerPool.ts): checks the documents it is handed and posts
// what each prints and its exit code; a document that throws is posted as failed, and the command's thread checks it again.
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerMessage, WorkerTask } from './workerPool.js';
import { createChecker, type DocumentResult, type VerifySettings } from './verifyFile.js';

const port = parentPort!;
const checker = await createChecker(workerData as VerifySettings);
checker.warm();
port.on('message', ({ index, item }: WorkerTask) => {
  checker.check(item).then(
    ({ out, err, exitCode }) => port.postMessage({ index, result: { out, err, exitCode } } satisfies WorkerMessage<DocumentResult>),
    () => port.postMessage({ index, failed: true } satisfies WorkerMessage<DocumentResult>),
  );
});
port.postMessage({ ready: true } satisfies WorkerMessage<DocumentResult>);
