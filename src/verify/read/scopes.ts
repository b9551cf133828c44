// A document's sections (cut at its headings) and paragraphs (cut at blank lines): the parts verify weighs one by one.

/** A stretch of the text, by offsets. */
export interface Scope {
  start: number;
  end: number;
}

/** A heading starts a section: Markdown #, \section and its kin, a Beamer frame. */
const HEADING = /^[ \t]{0,3}#{1,6}[ \t]|^[ \t]*\\(?:sub)*section\*?\s*[{[]|^[ \t]*\\begin\{frame\}|^[ \t]*\\paragraph\*?\{/gm;

/** The document cut at its headings (everything before the first heading is a section too). */
export function sections(text: string): Scope[] {
  // (a `# comment` line of a fenced program, a notebook's code cell, is no heading)
  const fenced = fences(text);
  const heading = (i: number): boolean => i > 0 && !fenced.some((f) => i > f.start && i < f.end);
  const starts = [0, ...[...text.matchAll(HEADING)].map((m) => m.index!).filter(heading), text.length];
  const out: Scope[] = [];
  for (let i = 0; i + 1 < starts.length; i++) if (starts[i + 1]! > starts[i]!) out.push({ start: starts[i]!, end: starts[i + 1]! });
  return out;
}

/** Markdown's fenced code blocks (``` or ~~~ to the same fence), by offsets; one left open runs to the end. */
function fences(text: string): Scope[] {
  const out: Scope[] = [];
  let open: { start: number; fence: string } | undefined;
  for (const m of text.matchAll(/^[ \t]{0,3}(`{3,}|~{3,})/gm)) {
    if (!open) open = { start: m.index!, fence: m[1]! };
    else if (m[1]!.startsWith(open.fence)) (out.push({ start: open.start, end: m.index! }), (open = undefined));
  }
  if (open) out.push({ start: open.start, end: text.length });
  return out;
}

/** A section cut at its blank lines. */
export function paragraphs(text: string, section: Scope): Scope[] {
  const out: Scope[] = [];
  const blank = /\n[ \t]*\n/g;
  blank.lastIndex = section.start;
  let start = section.start;
  for (let m = blank.exec(text); m && m.index < section.end; m = blank.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (section.end > start) out.push({ start, end: section.end });
  return out;
}

/** The end of the paragraph holding `offset`: the next blank line, or the end of the text. */
export function paragraphEnd(text: string, offset: number): number {
  const blank = /\n[ \t]*\n/g;
  blank.lastIndex = offset;
  return blank.exec(text)?.index ?? text.length;
}
