// A seeded random stream per student: FNV-1a of "seed:student" seeds the project's mulberry32 (util/random.ts): the
// sheets must be the same bytes on every machine and Node version, which Math.random cannot promise.
import { mulberry32 } from '../util/random.js';

export type Random = () => number;

export function randomFor(seed: string | number, student: string): Random {
  let h = 0x811c9dc5;
  for (const ch of `${seed}:${student}`) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return mulberry32(h);
}
