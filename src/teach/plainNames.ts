// A plain-text line's subject by name: `a1 = σ(s1) = σ(0.25) = ?` asks for the quantity the text emitter calls a1.
// fill's fallback where verify reads no claim at a text blank (names like a1 or ŷ, σ(…) and ² that its plain-text
// reader skips); only the line's first side is read, and only a name the derivation itself prints counts.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { quantityName } from '../emit/quantityName.js';

const cache = new WeakMap<DerivationDocument, Map<string, string>>();

/** Text name → quantity id, for every quantity a line of the derivation defines and shows the value of. */
export function textNames(doc: DerivationDocument): Map<string, string> {
  const known = cache.get(doc);
  if (known) return known;
  const names = new Map<string, string>();
  for (const s of doc.layout.sections) for (const b of s.blocks) for (const e of b.equations) {
    const name = e.showValue ? quantityName(e.lhs, doc.derivation, doc.notation, 'text') : null;
    if (name !== null && !names.has(name)) names.set(name, e.lhs);
  }
  cache.set(doc, names);
  return names;
}

/** The quantity named by the first side of the line before a blank, and how many sides come before the blank. */
export function subjectOfLine(text: string, at: number, doc: DerivationDocument): { quantity: string; sides: number } | undefined {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const sides = line.split(/(?<![<>=!])=(?!=)/);
  if (sides.length < 2) return undefined;
  const quantity = textNames(doc).get(sides[0]!.trim());
  return quantity === undefined ? undefined : { quantity, sides: sides.length - 1 };
}
