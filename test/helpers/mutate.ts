// Slips made on purpose for the mutation tests: one printed number's digit changed or two digits transposed, far beyond rounding.

/** Document offset of a 1-based line and column. */
export function offsetOf(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) at = text.indexOf('\n', at) + 1;
  return at + column - 1;
}

/**
 * The printed number with one of its first ten significant digits that has two digits or more after it (or the
 * first) moved by `by`
 * (1–8) places on the ring 0–9, never to a leading 0; or (`swap`) that digit and the next transposed where they differ.
 */
export function mutateDigit(printed: string, by: number, which: number, swap: boolean): string {
  const first = printed.search(/[1-9]/);
  const positions = [...printed].flatMap((ch, i) => (/\d/.test(ch) && i >= first ? [i] : []));
  // past the tenth significant digit two programs' floating point may already part: no slip is made there
  const candidates = positions.filter((_, k) => k === 0 || (k <= positions.length - 3 && k < 10));
  const at = candidates[which % candidates.length]!;
  if (swap) {
    const next = positions[positions.indexOf(at) + 1];
    if (next !== undefined && printed[at] !== printed[next] && !(at === first && printed[next] === '0')) {
      return printed.slice(0, at) + printed[next] + printed.slice(at + 1, next) + printed[at] + printed.slice(next + 1);
    }
  }
  const digit = Number(printed[at]);
  let next = (digit + by) % 10;
  if (next === 0 && at === first) next = (digit + by + 1) % 10 || 1;
  return printed.slice(0, at) + String(next) + printed.slice(at + 1);
}
