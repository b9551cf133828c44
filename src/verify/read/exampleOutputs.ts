// A percentage a sentence gives one example's prediction ("the second example … its prediction … at 27.41%"): that
// example's output, in percent. Only where the sentence names exactly one example by its place and the prediction
// right before the number, and neither supposes nor speaks of a change, a gap or a rate.
import { SUPPOSING_RATE } from './hedges.js';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** The second example, the 3rd row, example 2, sample #4. */
const EXAMPLE = new RegExp(String.raw`\b(${ORDINALS.join('|')}|\d+(?:st|nd|rd|th))\s+(?:example|row|sample|input|pattern|case)\b|\b(?:example|row|sample)\s+#?(\d+)\b`, 'gi');
/** The prediction's word close before the number, nothing numeric between. */
const PREDICTION = /\b(?:prediction|predicted|output|probability)\b[^%\d]{0,40}$/i;
/** Words that make a percentage something else than the prediction itself (off by 3%, an error of 5%, up 2%). */
const NOT_THE_VALUE = /\b(?:off|by|error|accuracy|loss|change[sd]?|increase[sd]?|decrease[sd]?|drop(?:s|ped)?|rise|rose|up|down|more|less|than|gap)\b/i;

/** The example (counted from 1) whose output a percentage is, from the sentence, the words before it and the text after it. */
export function exampleOfPercentage(sentence: string, before: string, after: string): number | undefined {
  if (!after.startsWith('%') || SUPPOSING_RATE.test(sentence)) return undefined;
  const words = PREDICTION.exec(before);
  if (!words || NOT_THE_VALUE.test(words[0])) return undefined;
  const named = new Set([...sentence.matchAll(EXAMPLE)].map((m) => placeOf(m[1] ?? m[2]!)));
  return named.size === 1 ? [...named][0] : undefined;
}

function placeOf(word: string): number {
  const k = ORDINALS.indexOf(word.toLowerCase());
  return k >= 0 ? k + 1 : parseInt(word, 10);
}

/** A percentage as the number it stands for, with two more decimals: 19.89 → 0.1989. */
export function fromPercent(text: string): string {
  const decimals = (text.split('.')[1] ?? '').length;
  return (Number(text) / 100).toFixed(decimals + 2);
}
