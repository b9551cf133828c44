// Finds a math region's closing delimiter, unescaped, in linear time over the whole document: what findMathRegions searches with.

export type FindCloser = (closer: string, from: number, until: number, valid: (k: number) => boolean) => number;

/** For each closer: a range known to hold none, so a line of 10^6 unclosed "$" is scanned once, not 10^6 times. */
export function createCloserSearch(doc: string): FindCloser {
  const noCloser = new Map<string, { from: number; until: number }>();
  return (closer, from, until, valid) => {
    const memo = noCloser.get(closer);
    if (memo && from >= memo.from && from < memo.until) return -1;
    for (let j = from; ;) {
      const k = doc.indexOf(closer, j);
      if (k < 0 || k + closer.length > until) {
        noCloser.set(closer, { from, until });
        return -1;
      }
      if (!isEscaped(doc, k) && valid(k)) return k;
      j = k + 1;
    }
  };
}

/** Whether the character at k is escaped by an odd run of backslashes before it. */
export function isEscaped(doc: string, k: number): boolean {
  let n = 0;
  while (k - n - 1 >= 0 && doc[k - n - 1] === '\\') n++;
  return n % 2 === 1;
}
