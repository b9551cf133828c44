// An HTML page's text as plain text for the plain-text readers, every character at its offset: tags, scripts, styles and comments blanked, a block's tags breaking the line, a few entities as their characters.

/** Whether the text is an HTML page (or a fragment of one): a doctype, or block tags such as <p>, <pre>, <td>, <li>. */
export function isHtml(text: string): boolean {
  return /<!DOCTYPE html|<html[\s>]/i.test(text) || (text.match(/<\/(?:p|pre|td|li|div|h[1-6])>/gi) ?? []).length >= 2;
}

/** Tags whose element is a block of its own: each of them ends the line before it. */
const BLOCK = /^<\/?(?:p|pre|div|li|ul|ol|td|th|tr|table|thead|tbody|br|hr|h[1-6]|blockquote|section|article|body|html|head|title|dl|dt|dd|figure|figcaption|caption)\b/i;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', minus: '−', times: '×', middot: '·', nbsp: ' ', quot: '"', apos: "'", sigma: 'σ', eta: 'η', delta: 'δ', part: '∂' };

/** The character an entity's name (amp, #8722, #x2212) stands for, if it is one of those above or a number. */
export function entityChar(name: string): string | undefined {
  if (/^#x[0-9a-f]+$/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (/^#\d+$/.test(name)) return String.fromCodePoint(Number(name.slice(1)));
  return ENTITIES[name];
}

/** The characters of a run as spaces, its line breaks kept. */
export const blankOf = (s: string): string => s.replace(/[^\n]/g, ' ');

/** A run of `n` characters that keeps the offsets: a newline first where the run stood for a block's edge. */
const blank = (n: number, breaks = false): string => (breaks && n > 0 ? '\n' + ' '.repeat(n - 1) : ' '.repeat(n));

/**
 * The text of an HTML page with the same length: <script>, <style> and <!-- … --> blanked whole (their newlines kept),
 * every tag blanked (a block's tag as a line break), and the entities above as their character padded with spaces.
 * Numbers and words stay where they were, so what the plain-text readers find is placed in the page itself.
 */
export function htmlAsText(text: string): string {
  return text
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi, blankOf)
    .replace(/<\/?[A-Za-z][^<>]*>/g, (m) => blank(m.length, BLOCK.test(m)).replace(/ /g, (s, k: number) => (m[k] === '\n' ? '\n' : s)))
    .replace(/&([a-z]+);/g, (m, name: string) => (ENTITIES[name] !== undefined ? ENTITIES[name] + ' '.repeat(m.length - 1) : m));
}
