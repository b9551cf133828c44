// Worker: times mathjs.derivative of the expanded loss by every parameter (run in a worker so a slow depth can be cut off).
import { parentPort, workerData } from 'node:worker_threads';
import { derivative, parse } from 'mathjs';
import { expandedLoss } from './expandedLoss.js';

const { depth } = workerData as { depth: number };
derivative('x^2', 'x'); // load and warm mathjs before timing
const { text, params } = expandedLoss(depth);
const t0 = performance.now();
const tree = parse(text);
let nodes = 0;
for (const p of params) derivative(tree, p).traverse(() => void nodes++);
parentPort!.postMessage({ ms: performance.now() - t0, nodes, params: params.length });
