// Refuses a file that nests deeper than a network file ever needs, at a fixed position, before a recursive parser can overflow.
import { isMap, isPair, isSeq, type Document } from 'yaml';

/** A network file nests about 6 levels (layers → neurons → weights); 64 leaves room for anything sensible. */
export const MAX_NESTING = 64;

/**
 * The offset of the first { or [ opened at a depth above MAX_NESTING, or undefined. Quoted strings and
 * comments are skipped; a quote counts only where a value or key can start (after : , [ { - or a line start).
 */
export function tooDeepBrackets(text: string): number | undefined {
  let depth = 0;
  let valueStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '{' || c === '[') {
      if (++depth > MAX_NESTING) return i;
    } else if (c === '}' || c === ']') depth = Math.max(0, depth - 1);
    else if ((c === '"' || c === "'") && valueStart) i = quoteEnd(text, i, c);
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) i = lineEnd(text, i);
    if (c === ' ' || c === '\t') continue;
    valueStart = c === '\n' || c === ':' || c === ',' || c === '[' || c === '{' || c === '-';
  }
  return undefined;
}

function quoteEnd(text: string, i: number, quote: string): number {
  for (i++; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++; // '' is a quote inside a single-quoted string
      else return i;
    }
  }
  return i;
}

function lineEnd(text: string, i: number): number {
  const end = text.indexOf('\n', i);
  return end === -1 ? text.length : end - 1;
}

/** The start offset of the first YAML collection nested deeper than MAX_NESTING (indented blocks), or undefined. */
export function tooDeepNodes(doc: Document): number | undefined {
  const stack: [unknown, number][] = [[doc.contents, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_NESTING) return node.range?.[0] ?? 0;
    // pushed last to first, so the first deep collection in document order is found first
    const items = node.items as unknown[];
    for (let k = items.length - 1; k >= 0; k--) stack.push([isPair(items[k]) ? (items[k] as { value: unknown }).value : items[k], depth + 1]);
  }
  return undefined;
}
