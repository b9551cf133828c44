// Comments a document gives verify (% backprop-tex: … in TeX, <!-- backprop-tex: … --> in Markdown): which network a part is about, what a name means.
/**
 * net FILE           the document from here on (to the next `net`) is about that network file;
 * NAME = QUANTITY    the document's NAME (LaTeX or plain) is the network's QUANTITY (a node id such as out_h1, or a
 *                    name as backprop-tex prints it);
 * not this network   the document from here on (to the next `net`) is about something else: its numbers are listed,
 *                    not judged.
 */
export type Directive =
  | { kind: 'net'; offset: number; file: string }
  | { kind: 'name'; offset: number; name: string; quantity: string }
  | { kind: 'other'; offset: number };

/** At the start of a line only: the comments `verify --annotate` writes after math are findings, not directives. */
const COMMENT = /(?:^|\n)[ \t]*(?:%[ \t]*backprop-tex:[ \t]*([^\n]*)|<!--\s*backprop-tex:\s*([\s\S]*?)-->)/g;

export function findDirectives(text: string): Directive[] {
  const found: Directive[] = [];
  for (const m of text.matchAll(COMMENT)) {
    const offset = m.index! + (m[0].startsWith('\n') ? 1 : 0);
    for (const part of (m[1] ?? m[2] ?? '').split(/[;\n]/)) {
      const body = part.trim();
      const net = /^net\s+(\S+)$/.exec(body);
      const name = /^(.+?)\s*=\s*(.+)$/.exec(body);
      if (net) found.push({ kind: 'net', offset, file: net[1]! });
      else if (/^not this network$/i.test(body)) found.push({ kind: 'other', offset });
      else if (name) found.push({ kind: 'name', offset, name: name[1]!, quantity: name[2]! });
    }
  }
  return found;
}
