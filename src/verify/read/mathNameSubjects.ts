// A number the prose gives a name written in inline math ("where $w_5$ is 0.40", "$out_{o1}$ = 0.7514"): the name's value, read only where a copula alone stands between them and nothing in the sentence supposes, or speaks of a change or of training.
import { nodeKey } from './canonicalName.js';
import { SUPPOSING } from './hedges.js';
import type { DocumentEquation } from './readEquations.js';

/** An inline math span that is one name and nothing else (`$w_5$`, `\(out_{h1}\)`), with the LaTeX it writes. */
export interface MathName {
  start: number;
  end: number;
  latex: string;
}

/** Only "is", "=", "equals" (and their like in the languages read) between the name and its number. */
const COPULA = /^\s*,?\s*(?:is|was|equals|=|≈|:|ist|est|es|vaut|é|是|为|等于)\s*(?:(?:now|then|still|about|approximately|roughly|around|≈|=)\s*)?$/i;

/** Words before the name that make the number something else of it: its change, its gradient, a new value. */
const NOT_ITS_VALUE = /\b(?:change|update|step|gradient|derivative|error|delta|difference|increase|decrease|sum|product|square|slope|partial|contribution|adjustment|correction|new|updated|next|final|trained|initiali[sz]ed?)s?\b[\w\s]{0,16}$/i;

/** Words that put a sentence's values at some point in training the page does not name: left unread. */
const TRAINING = /\b(?:now|after|becomes?|became|new|updated|final|finally|trained|training|epochs?|iterations?|rounds?|steps?|converge[sd]?|learn(?:ed|s|t)?)\b/i;

/** The inline math spans of the document that are one name or one derivative (∂E/∂w_5), no number, no relation. */
export function mathNamesOf(equations: readonly DocumentEquation[]): MathName[] {
  const out: MathName[] = [];
  for (const { equation, parse } of equations) {
    if (equation.display || parse.skipped || parse.chains.length !== 1) continue;
    const sides = parse.chains[0]!.sides;
    if (sides.length !== 1 || sides[0]!.numbers.length > 0 || nodeKey(sides[0]!.node) === null) continue;
    out.push({ start: equation.regionOpen ?? equation.offset, end: equation.regionClose, latex: equation.latex });
  }
  return out;
}

/**
 * What a math name says the number at `at` of the sentence is: the name's LaTeX where the name stands right before it
 * with a copula between (and the number is the network's as given: no word of training in the sentence); null where a
 * math name is the nearest subject but not so linked (nothing is carried past it); undefined where none stands between
 * `from` and the number.
 */
export function mathNameSubject(sentence: string, sentenceAt: number, from: number, at: number, names: readonly MathName[]): { latex: string; offset: number } | null | undefined {
  let last: MathName | undefined;
  for (const m of names) if (m.start >= sentenceAt + from && m.end <= sentenceAt + at) last = m;
  if (!last) return undefined;
  const between = sentence.slice(last.end - sentenceAt, at);
  const before = sentence.slice(0, last.start - sentenceAt);
  if (!COPULA.test(between) || NOT_ITS_VALUE.test(before) || SUPPOSING.test(sentence) || TRAINING.test(sentence)) return null;
  return { latex: last.latex, offset: last.start - sentenceAt };
}
