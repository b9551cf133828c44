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
};

/** Text-mode escaping. Control characters and bidirectional marks are dropped. */
export function escapeLatexText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\\{}$&#%_^~]/g, (c) => REPLACEMENTS[c]!);
}
