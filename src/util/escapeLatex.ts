// Escapes user text for LaTeX: every special character becomes a command that prints it, so no input runs as TeX.
const REPLACEMENTS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '%': '\\%',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

/**
 * Greek letters are spelled out (σ → sigma): pdflatex's default set-up has no text Greek, and the same
 * names go to KaTeX (Markdown, HTML), which has no \ensuremath.
 */
const LOWER = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma sigma tau upsilon phi chi psi omega';
const UPPER = 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho ? Sigma Tau Upsilon Phi Chi Psi Omega';
const GREEK: Record<string, string> = Object.fromEntries([
  ...LOWER.split(' ').map((n, i) => [String.fromCodePoint(0x3b1 + i), n]),
  ...UPPER.split(' ').map((n, i) => [String.fromCodePoint(0x391 + i), n]),
]);

/** Control characters, bidirectional marks and zero-width characters: dropped (they can hide or reorder text). */
export const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
/** Characters pdflatex's default utf8/OT1 set-up prints without extra fonts: Latin-1 letters and typographic dashes and quotes. */
const PRINTABLE = /^[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d]$/;

/** Letters, digits, _ and spaces: escaped by the loop below as themselves, except _ (\\_). */
const PLAIN = /^[A-Za-z0-9_ ]*$/;

/** Text-mode escaping. Control characters and bidirectional marks are dropped; characters TeX cannot print become '?'. */
export function escapeLatexText(text: string): string {
  // Identifiers (every generated name, w1_2_3): only _ needs a command; no character loop, no string built per character.
  if (PLAIN.test(text)) return text.includes('_') ? text.replaceAll('_', '\\_') : text;
  let out = '';
  for (const c of text.replace(INVISIBLE, '').replace(/[\r\n\t]+/g, ' ')) {
    if (c >= ' ' && c <= '~') out += REPLACEMENTS[c] ?? c;
    else if (PRINTABLE.test(c)) out += c;
    else if (GREEK[c]) out += GREEK[c];
    else out += '?';
  }
  return out;
}

/**
 * A user's name as a math-mode symbol: a plain word stays \mathit{word} (which the verify parser reads back);
 * anything else is escaped text inside \text{}, since text commands like \textbackslash are invalid in math.
 */
export function latexMathWord(word: string): string {
  if (/^[A-Za-z][A-Za-z0-9_]*$/.test(word)) return `\\mathit{${escapeLatexText(word)}}`;
  return `\\text{\\textit{${escapeLatexText(word)}}}`;
}
