// Loaded with `node --import` by test/perf/startup.test.ts: every ES module the process loads is appended, one URL a
// line, to the file $TRACE_LOADS names (the same file serves as the loader hooks, which run in a thread of their own).
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) register(new URL(import.meta.url), { data: process.env.TRACE_LOADS });

let out;
export function initialize(file) {
  out = file;
}

export async function load(url, context, next) {
  const result = await next(url, context);
  if (out) appendFileSync(out, `${url}\n`);
  return result;
}
