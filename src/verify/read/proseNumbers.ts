// Numbers the prose states about the network ("the total error is now down to 0.291027924"), each with the words that name its subject.
import { SUPPOSING_RATE } from './hedges.js';
import { exampleOfPercentage } from './exampleOutputs.js';
import { roundsAt, type RoundsSpan } from './roundsContext.js';
import { gradientsByName } from './proseGradients.js';
import { mathNameSubject, type MathName } from './mathNameSubjects.js';

/** What the words before a number say it is: a written name (o_1), the loss ("error"), or the k-th of "the outputs". */
/** `sole`: the one output of a network with one ("the outputs: 1.0 → 1.2 → 1.32", one output over the updates). */
/** `everyWeight`: the one value the prose gives every weight ("every weight 0.5"). */
/** `example`: the output of the network's one output unit in that example (counted from 1), as a percentage. */
export type ProseSubject = { kind: 'name'; text: string } | { kind: 'loss' } | { kind: 'output'; index: number; sole?: true } | { kind: 'eta' } | { kind: 'everyWeight' } | { kind: 'example'; example: number } | { kind: 'gradient'; text: string };

/** A number in the prose, its offset in the document, and what the sentence says it is. */
export interface ProseNumber {
  offset: number;
  text: string;
  subject: ProseSubject;
  /** 0: the network before training ("previous o_1 was", "originally"); otherwise the rounds in force. */
  rounds: number;
  /** Printed as a percentage (27.41%): the value is a hundredth of it. */
  percent?: true;
}

const NUMBER = /(?<![\w.])-?\d+\.\d+(?![\d.]*[A-Za-z_])/g;
const NAME = /\b[A-Za-z]+_(?:\{[A-Za-z0-9]+\}|[A-Za-z0-9]+)|\b(?:total\s+)?(?:error|loss)\b|\boutputs\b/gi;
/** At most this many characters between a subject and its number ("the total error is now down to "). */
const NEAR = 40;
/** A segment this short between two numbers ("to", "and") keeps the subject. */
const CARRY = 16;
const LEARNING_RATE = /\blearning[ -]rate\s*(?:\(?(?:η|eta|α|alpha)\)?\s*)?(?:of|is|=|:|to|was)?\s*(\d*\.?\d+)(?![\d.]*[A-Za-z_%])/i;
const BEFORE = /\b(?:previous|previously|originally|initially|before|from)\b/i;
/** A step named after a number says which side of it the number is on: "0.298 before the step", "0.291 after it". */
const STEP = String.raw`(?:the|this|that|one|a|its)\s+(?:single\s+)?(?:step|update|iteration)`;
const BEFORE_STEP = new RegExp(String.raw`^\s*before\s+${STEP}\b`, 'i');
const AFTER_STEP = new RegExp(String.raw`^\s*after\s+(?:${STEP}\b|it\b(?=[^.]*$)|that\b)`, 'i');
/** "After this step, the error is 0.291": the sentence's numbers after the phrase are after the one step (its math is not). */
const ONE_STEP_BEFORE = new RegExp(String.raw`\bafter\s+${STEP}\b(?!\s+(?:of|in|on)\b)`, 'i');
/** The same phrase between two numbers of one subject (" before the step and is ") does not end the subject. */
const STEP_PHRASE = new RegExp(String.raw`\b(?:before|after)\s+${STEP}\b`, 'gi');

/**
 * Numbers after a subject word, in sentences that speak of training rounds or of the values before training.
 * `math` holds the document's math spans (blanked out first), `names` those of them that write one name.
 */
export function findProseNumbers(text: string, math: readonly [number, number][], spans: readonly RoundsSpan[], names: readonly MathName[] = []): ProseNumber[] {
  const prose = blankOut(text, math);
  const found: ProseNumber[] = [];
  for (const s of sentences(prose)) {
    // a line of math, blanked: no words and no numbers of its own, only the gradients its math may name
    if (!/\S/.test(s[0])) {
      found.push(...gradientsByName(text.slice(s.index, s.index + s[0].length), s.index, (at) => roundsAt(spans, at)));
      continue;
    }
    // "with a learning rate of 0.5": the network's η, whatever round the sentence is about (not "would", "if", rates)
    const rate = LEARNING_RATE.exec(s[0]);
    if (rate && !SUPPOSING_RATE.test(s[0])) found.push({ offset: s.index + rate.index + rate[0].length - rate[1]!.length, text: rate[1]!, subject: { kind: 'eta' }, rounds: 0 });
    found.push(...everyWeight(s[0], s.index));
    const sequence = [...arrowSequence(s[0], s.index), ...gradientsByName(text.slice(s.index, s.index + s[0].length), s.index, (at) => roundsAt(spans, at))];
    found.push(...sequence);
    let subject: ProseSubject | undefined;
    // where "after this step" ends in the sentence, found once (a sentence may be megabytes long)
    const step = ONE_STEP_BEFORE.exec(s[0]);
    const afterStep = step ? step.index + step[0].length : undefined;
    let plural = -1;
    let from = 0;
    for (const n of s[0].matchAll(NUMBER)) {
      if (sequence.some((q) => q.offset === s.index + n.index!)) continue;
      const segment = s[0].slice(from, n.index);
      from = n.index! + n[0].length;
      if (/\b(?:vs\.?|target)\s*$/i.test(segment)) continue;
      const example = exampleOfPercentage(s[0], s[0].slice(0, n.index), s[0].slice(from));
      // an example's prediction is the network's as given, unless the text around speaks of rounds of training
      if (example !== undefined) {
        found.push({ offset: s.index + n.index!, text: n[0], subject: { kind: 'example', example }, rounds: roundsAt(spans, s.index + n.index!) ?? 0, percent: true });
        continue;
      }
      const mention = [...segment.matchAll(NAME)].pop();
      // a name in inline math right before the number ("$w_5$ is 0.40"), unless a word in the prose comes after it
      const start = n.index! - segment.length;
      const inMath = mathNameSubject(s[0], s.index, start, n.index!, names);
      // A subject counts only close to its number; a bare " to " or " and " carries the last one on.
      const near = mention !== undefined && segment.length - mention.index! - mention[0].length <= NEAR;
      if (inMath !== undefined && (!near || inMath === null || inMath.offset > start + mention!.index!)) {
        plural = -1;
        subject = inMath === null ? undefined : { kind: 'name', text: inMath.latex };
      } else if (near) {
        plural = /^outputs$/i.test(mention[0]) ? 0 : -1;
        subject = plural === 0 ? { kind: 'output', index: 0 } : /error|loss/i.test(mention[0]) ? { kind: 'loss' } : { kind: 'name', text: mention[0] };
      } else if (segment.replace(STEP_PHRASE, '').trim().length > CARRY) subject = undefined;
      else if (plural >= 0) subject = { kind: 'output', index: ++plural };
      const offset = s.index! + n.index!;
      // "before the step" between two numbers is about the first; the words after a number are about it
      const rounds = stepSide(s[0], n.index! + n[0].length) ?? (BEFORE.test(segment.replace(STEP_PHRASE, '')) ? 0 : afterStep !== undefined && n.index! > afterStep ? 1 : roundsAt(spans, offset) ?? (inMath && subject?.kind === 'name' ? 0 : undefined));
      if (!subject || rounds === undefined) continue;
      found.push({ offset, text: n[0], subject, rounds });
    }
  }
  return found;
}

/**
 * 0 for a number the words after it put before the one step the sentence speaks of, 1 after it ("after it" only where
 * the sentence names the step); undefined where they say neither.
 */
function stepSide(sentence: string, end: number): number | undefined {
  const after = sentence.slice(end);
  if (BEFORE_STEP.test(after)) return 0;
  return AFTER_STEP.test(after) && new RegExp(STEP, 'i').test(sentence) ? 1 : undefined;
}

/** "every weight 0.05", "all weights are initialized to 0.5", "each weight = 0.1": one number given to every weight at once. */
const EVERY_WEIGHT = /\b(?:every|each|all(?:\s+the)?)\s+weights?(?:\s*(?:is|are|was|were|initially|initiali[sz]ed|set|to|at|of|equals?|=|:)(?![A-Za-z])){0,3}\s*(-?\d*\.\d+)(?![\d.]*[A-Za-z_%])/gi;
/** Words that put such a number after a step or make it a change, not the value the network starts from. */
const NOT_GIVEN = /\b(?:after|updated|new|trained|final|changes?|changed|moves?|by|step|round|epoch)\b/i;

/** The weights' one starting value, as a sentence that gives the example's numbers states it (never one that supposes or speaks of a step). */
function everyWeight(sentence: string, at: number): ProseNumber[] {
  if (SUPPOSING_RATE.test(sentence) || NOT_GIVEN.test(sentence)) return [];
  return [...sentence.matchAll(EVERY_WEIGHT)].map((m) => ({ offset: at + m.index! + m[0].length - m[1]!.length, text: m[1]!, subject: { kind: 'everyWeight' }, rounds: 0 }));
}

/** Numbers joined by arrows (1.0 → 1.2 → 1.32, three or more): one quantity after 0, 1, 2, … updates. */
const ARROWS = /-?\d+(?:\.\d+)?(?:[ \t]*(?:→|->|⟶)[ \t]*-?\d+(?:\.\d+)?){2,}/g;
/** The words before a sequence that name what it follows: a written name, the loss, or the outputs (in the languages of the pages read). */
const SEQUENCE_SUBJECT = /(?:\b([A-Za-z]+_(?:\{[A-Za-z0-9]+\}|[A-Za-z0-9]+))|\b(error|loss|Fehler|Verlust)|\b(outputs?|Ausgaben?|salidas?|sorties?|saídas?))\b[^.\d]{0,40}$/i;

/** The numbers of an arrow sequence after a word that names its quantity, each after as many updates as numbers before it. */
function arrowSequence(sentence: string, at: number): ProseNumber[] {
  const out: ProseNumber[] = [];
  for (const run of sentence.matchAll(ARROWS)) {
    const words = SEQUENCE_SUBJECT.exec(sentence.slice(0, run.index));
    if (!words) continue;
    const subject: ProseSubject = words[1] ? { kind: 'name', text: words[1] } : words[2] ? { kind: 'loss' } : { kind: 'output', index: 0, sole: true };
    [...run[0].matchAll(/-?\d+(?:\.\d+)?/g)].forEach((n, k) => out.push({ offset: at + run.index! + n.index!, text: n[0], subject, rounds: k }));
  }
  return out;
}

/**
 * Sentences: runs of text between . ! ? and line ends (a dot before a digit is a decimal point). A scan, not a
 * regular expression: an alternation under + recurses once per character in V8 and overflows on a 10 MB line.
 */
function* sentences(text: string): Generator<{ 0: string; index: number }> {
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    // by character code: ! ? line feed, and a dot not before an ASCII digit (NaN past the end)
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    const end = i === text.length || c === 33 || c === 63 || c === 10 || (c === 46 && !(next >= 48 && next <= 57));
    if (!end) continue;
    if (i > start) yield { 0: text.slice(start, i), index: start };
    start = i + 1;
  }
}

/** The text with every math span replaced by spaces, offsets kept (linear in the text's length). */
function blankOut(text: string, spans: readonly [number, number][]): string {
  const parts: string[] = [];
  let at = 0;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (b <= at) continue;
    const from = Math.max(a, at);
    parts.push(text.slice(at, from), ' '.repeat(b - from));
    at = b;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
