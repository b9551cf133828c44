// Gradients the prose states by the name they are on: "the gradients on the inputs are 0.39 for x0 and -0.59 for x1".

/** A gradient the prose states: its offset, its text, the name it is on, and the rounds in force. */
export interface ProseGradient {
  offset: number;
  text: string;
  subject: { kind: 'gradient'; text: string };
  rounds: number;
}

/** A sentence that speaks of the gradients (not a gate's local ones, not a step or an update that uses them). */
const GRADIENT = /\bgradients?\b/i;
const NOT_THE_GRADIENT = /\b(?:local|after|updated?|new|step|learning|rate|times|multipl\w*|scaled?)\b/i;
/** A number (a decimal point in it), then "for" or "on" and one written name: x0, w_1, $x_{0}$, \(w_2\). */
const NUMBER_FOR_NAME = /(?<![\w.])(-?\d+\.\d+)\s+(?:for|on)\s+(?:\$|\\\()?\s*([A-Za-z]+(?:_\{?[A-Za-z0-9]+\}?|\d+))\s*(?:\$|\\\))?(?![\w{^.]|\.\d)/g;

/**
 * Each "<number> for <name>" of a sentence that names the gradients before it: the gradient of what the network
 * computes with respect to that name. `original` is the sentence with its math still in place (a name may be math);
 * `at` its offset in the document; `rounds` what is in force there.
 */
export function gradientsByName(original: string, at: number, rounds: (offset: number) => number | undefined): ProseGradient[] {
  // (a sentence with no word for the gradients has none before any of its numbers: most lines are looked at no further)
  if (!GRADIENT.test(original) || NOT_THE_GRADIENT.test(original)) return [];
  const out: ProseGradient[] = [];
  for (const m of original.matchAll(NUMBER_FOR_NAME)) {
    if (!GRADIENT.test(original.slice(0, m.index))) continue;
    const offset = at + m.index!;
    out.push({ offset, text: m[1]!, subject: { kind: 'gradient', text: m[2]! }, rounds: rounds(offset) ?? 0 });
  }
  return out;
}
