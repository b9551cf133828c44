// Finds a key written twice in one JSON object (JSON.parse keeps the last silently; YAML refuses it) in one linear scan.

/** A repeated key: its name and the offsets of its first and second appearance. */
export interface RepeatedKey {
  key: string;
  first: number;
  second: number;
}

/**
 * The next bracket or string; strings whole (escapes included), so a bracket inside one is never seen. Written as
 * runs between escapes: `(?:[^"\\]|\\.)*` backtracks per character and overflows the stack on a 10 MB string.
 */
const TOKEN = /[{}[\]]|"[^"\\]*(?:\\.[^"\\]*)*"?/g;
/** What may follow a key: JSON's whitespace, then a colon. */
const COLON = /[ \t\r\n]*:/y;

/**
 * The first key that appears twice in the same object of valid JSON text, or undefined. Regular expressions step
 * from token to token (numbers and spaces are skipped natively): a file is read once, before the loop is compiled.
 */
export function repeatedJsonKey(text: string): RepeatedKey | undefined {
  const found = scanJson(text, Infinity);
  return typeof found === 'number' ? undefined : found;
}

/**
 * One pass over valid JSON text: the offset of the first bracket opened deeper than `maxDepth`, or the first repeated
 * key, whichever comes first in the text; undefined when there is neither. The loader reads a JSON file once for both.
 */
export function scanJson(text: string, maxDepth: number): RepeatedKey | number | undefined {
  // One map per open bracket: the keys seen so far in an object (null for an array).
  const open: (Map<string, number> | null)[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const token = m[0];
    const c = token[0];
    if (c === '{' || c === '[') {
      if (open.length >= maxDepth) return m.index;
      open.push(c === '{' ? new Map() : null);
    } else if (c === '}' || c === ']') open.pop();
    else {
      const keys = open.at(-1);
      COLON.lastIndex = TOKEN.lastIndex;
      if (keys && COLON.test(text)) {
        const key = decode(token);
        const first = keys.get(key);
        if (first !== undefined) return { key, first, second: m.index };
        keys.set(key, m.index);
      }
    }
  }
  return undefined;
}

function decode(quoted: string): string {
  return quoted.includes('\\') ? (JSON.parse(quoted) as string) : quoted.slice(1, -1);
}
