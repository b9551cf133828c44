// Finds a key written twice in one JSON object (JSON.parse keeps the last silently; YAML refuses it) in one linear scan.

/** A repeated key: its name and the offsets of its first and second appearance. */
export interface RepeatedKey {
  key: string;
  first: number;
  second: number;
}

/** The first key that appears twice in the same object of valid JSON text, or undefined. */
export function repeatedJsonKey(text: string): RepeatedKey | undefined {
  // One map per open bracket: the keys seen so far in an object (null for an array).
  const open: (Map<string, number> | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '{') open.push(new Map());
    else if (c === '[') open.push(null);
    else if (c === '}' || c === ']') open.pop();
    else if (c === '"') {
      const end = stringEnd(text, i);
      const keys = open.at(-1);
      if (keys && nextNonSpace(text, end) === ':') {
        const key = decode(text.slice(i, end));
        const first = keys.get(key);
        if (first !== undefined) return { key, first, second: i };
        keys.set(key, i);
      }
      i = end - 1;
    }
  }
  return undefined;
}

/** The offset just after the closing quote of the string that starts at i. */
function stringEnd(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return i;
}

function nextNonSpace(text: string, i: number): string | undefined {
  while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  return text[i];
}

function decode(quoted: string): string {
  return quoted.includes('\\') ? (JSON.parse(quoted) as string) : quoted.slice(1, -1);
}
