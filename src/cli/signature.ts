// Signs a file backprop-tex writes on its first line (mark + hash of the content), so only an unedited output of ours is replaced without --force.
import { createHash } from 'node:crypto';
import { GENERATED_MARK } from '../api/errors.js';

const SIGNED = new RegExp(`${GENERATED_MARK} \\(sha256 ([0-9a-f]{16})\\)`);

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * The content with its first line signed. A first line that carries the mark gets the hash beside it; JSON gets a
 * leading "generated" key; any other text a first line of its own, a comment in the language its extension names. The hash covers the unsigned content.
 */
export function signContent(text: string, path: string): string {
  // A file made from one of our outputs (fill on a worksheet) carries its signature: it gets a new one, not two.
  const cut = text.indexOf('\n');
  const content = cut < 0 ? text.replace(SIGNED, GENERATED_MARK) : text.slice(0, cut).replace(SIGNED, GENERATED_MARK) + text.slice(cut);
  const end = content.indexOf('\n');
  const first = end < 0 ? content : content.slice(0, end);
  const unsigned = first.includes(GENERATED_MARK) ? content : content.startsWith('{') ? markJson(content) : `${markLine(path)}\n${content}`;
  return unsigned.replace(GENERATED_MARK, `${GENERATED_MARK} (sha256 ${digest(unsigned)})`);
}

/** A JSON object with the mark as its first key (JSON has no comments). */
function markJson(content: string): string {
  const rest = content.slice(1);
  return `{"generated": "${GENERATED_MARK}"${/^\s*\}/.test(rest) ? '' : ','}${rest}`;
}

/** The mark as a line of its own: a comment in LaTeX, Markdown and HTML (annotated copies of a user's document). */
function markLine(path: string): string {
  if (/\.(tex|sty|cls)$/i.test(path)) return `% ${GENERATED_MARK}`;
  if (/\.(ya?ml|csv|sh|py)$/i.test(path)) return `# ${GENERATED_MARK}`;
  if (/\.(md|markdown|html?)$/i.test(path)) return `<!-- ${GENERATED_MARK} -->`;
  return GENERATED_MARK;
}

/** True when the text's first line carries our signature and the hash still matches: nobody edited it since. */
export function isSignedByUs(text: string): boolean {
  const end = text.indexOf('\n');
  const first = end < 0 ? text : text.slice(0, end);
  const m = SIGNED.exec(first);
  if (!m) return false;
  return digest(text.replace(m[0], GENERATED_MARK)) === m[1];
}
