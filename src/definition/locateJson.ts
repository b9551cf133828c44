// Finds where a field path starts in JSON text in one linear scan (re-reading megabytes of JSON as YAML takes minutes).

/** The offset of the value at `path`, or of the deepest enclosing value that exists; 0 when the text is not JSON. */
export function locateJsonOffset(text: string, path: readonly (string | number)[]): number {
  let at = skipSpace(text, 0);
  for (const part of path) {
    const next = typeof part === 'number' ? arrayItem(text, at, part) : objectValue(text, at, part);
    if (next === undefined) return at;
    at = next;
  }
  return at;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  return i;
}

/** The end (exclusive) of the JSON value starting at i: strings and brackets are skipped whole. */
function skipValue(text: string, i: number): number {
  if (text[i] === '"') return skipString(text, i);
  if (text[i] !== '{' && text[i] !== '[') {
    while (i < text.length && !',}] \t\r\n'.includes(text[i]!)) i++;
    return i;
  }
  let depth = 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') i = skipString(text, i) - 1;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return i + 1;
  }
  return i;
}

function skipString(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return i;
}

function objectValue(text: string, at: number, key: string): number | undefined {
  if (text[at] !== '{') return undefined;
  let i = skipSpace(text, at + 1);
  while (i < text.length && text[i] === '"') {
    const end = skipString(text, i);
    const name = JSON.parse(text.slice(i, end)) as string;
    const value = skipSpace(text, skipSpace(text, end) + 1);
    if (name === key) return value;
    i = skipSpace(text, skipValue(text, value));
    if (text[i] !== ',') return undefined;
    i = skipSpace(text, i + 1);
  }
  return undefined;
}

function arrayItem(text: string, at: number, index: number): number | undefined {
  if (text[at] !== '[') return undefined;
  let i = skipSpace(text, at + 1);
  for (let k = 0; i < text.length && text[i] !== ']'; k++) {
    if (k === index) return i;
    i = skipSpace(text, skipValue(text, i));
    if (text[i] !== ',') return undefined;
    i = skipSpace(text, i + 1);
  }
  return undefined;
}

/** 1-based line and column of an offset. */
export function lineColOf(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return { line, col: offset - text.lastIndexOf('\n', offset - 1) };
}
