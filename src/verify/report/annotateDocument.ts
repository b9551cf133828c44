// Writes a copy of the document with a comment after each piece of math whose claims are not all exact.
import type { DocumentFormat } from '../read/findMathRegions.js';
import { describeClaim } from './formatReport.js';
import type { LocatedClaim } from '../verifyDocument.js';

/** TeX gets `% backprop-tex: …` at the end of the line; Markdown and text get `<!-- backprop-tex: … -->`. */
export function annotateDocument(text: string, claims: readonly LocatedClaim[], format: DocumentFormat): string {
  const notes = new Map<number, string[]>();
  for (const c of claims) {
    if (c.verdict === 'exact') continue;
    const lineEnd = text.indexOf('\n', c.mathEnd);
    const at = lineEnd < 0 ? text.length : lineEnd;
    notes.set(at, [...(notes.get(at) ?? []), describeClaim(c)]);
  }
  let out = '';
  let from = 0;
  for (const at of [...notes.keys()].sort((a, b) => a - b)) {
    const body = notes.get(at)!.join('; ').replace(/[\r\n]+/g, ' ');
    const comment = format === 'tex' ? ` % backprop-tex: ${body}` : ` <!-- backprop-tex: ${body.replace(/--/g, '−−')} -->`;
    out += text.slice(from, at) + comment;
    from = at;
  }
  return out + text.slice(from);
}
