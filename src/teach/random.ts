// A seeded random stream per student: FNV-1a of "seed:student" seeds mulberry32. Written by hand (ten lines): the sheets
// must be the same bytes on every machine and Node version, which Math.random cannot promise, and no dependency is needed.

export type Random = () => number;

export function randomFor(seed: string | number, student: string): Random {
  let h = 0x811c9dc5;
  for (const ch of `${seed}:${student}`) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  let a = h;
  // mulberry32: a 32-bit state, full period, good enough to pick numbers for a worksheet.
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
