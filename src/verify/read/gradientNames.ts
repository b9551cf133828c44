// deeplearning.ai's gradient names dZ, dW, db: read as ∂L/∂Z, ∂L/∂W, ∂L/∂b, with the loss letter the document writes (∂E, ∂L, J = …), found before its equations are parsed.
import { SymbolNode } from '../../util/mathjs.js';
import { partialNode } from './canonicalName.js';
import type { Atom, Grammar } from './grammar.js';
import type { MathCursor } from './mathCursor.js';

/** Whether the text writes `letter` as the loss: differentiated (∂L, \partial L, dL/), or given a value or formula (L =, J(w) =, \mathcal{L} =, J &= in an align). */
function writes(text: string, letter: string): boolean {
  return differentiates(text, letter) || new RegExp(`(?<![A-Za-z\\\\{])(?:\\\\mathcal\\{)?${letter}\\}?(?:_\\{?total\\}?)?(?:\\([^()]*\\))?\\s*&?\\s*=(?!=)`).test(text);
}

/**
 * E where the document writes E, else the one of L, J and C it writes, else L: the letter whose gradient
 * deeplearning.ai's dZ, dW and db name (as the loss-letter rule reads the letters).
 */
export function gradientLetter(text: string): string | undefined {
  if (writes(text, 'E')) return 'E';
  const others = ['L', 'J', 'C'].filter((l) => writes(text, l));
  const letter = others.length === 1 ? others[0]! : 'L';
  // a cost J that the page never differentiates is deeplearning.ai's mean over examples, whose dZ and dA are one example's
  // gradients (m times ∂J/∂Z): its d-names are left to the page's own reading
  return letter === 'J' && !differentiates(text, 'J') ? undefined : letter;
}

/** Whether the text differentiates `letter` (∂J, \partial J, dJ/). */
function differentiates(text: string, letter: string): boolean {
  return new RegExp(`(?:\\\\partial\\s*(?:\\\\mathcal\\{)?|∂|(?<![A-Za-z\\\\])d)${letter}(?![A-Za-z])`).test(text);
}

/**
 * dZ^{[2]}, dW_1, db: the gradient of the loss `letter` by the name after the d, as deeplearning.ai writes it; not the
 * d of a Leibniz quotient written with a slash (dL/dw, x/dW).
 */
export function gradientName(c: MathCursor, g: Grammar, letter: string): Atom | undefined {
  const before = c.tokens[c.pos - 2];
  if (before?.kind === 'char' && before.text === '/') return undefined;
  const at = c.pos;
  const wrt = g.postfix(c);
  if (c.isChar('/')) {
    c.pos = at;
    return undefined;
  }
  return { kind: 'node', node: partialNode(new SymbolNode(letter), wrt) };
}
