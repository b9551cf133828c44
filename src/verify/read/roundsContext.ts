// Where a document speaks of the network "after N rounds": each such phrase holds for the rest of its line and the next few lines.
/** How many non-empty lines after a phrase's own line it still holds for. */
const WINDOW_LINES = 3;

const WORDS: Readonly<Record<string, number>> = { first: 1, one: 1, single: 1, a: 1, two: 2, second: 2, three: 3, third: 3, ten: 10 };

/**
 * "after first round", "after 1000 rounds of backpropagation", "after repeating this process 10,000 times", "after 5
 * epochs"; "in the 2nd round", "update in the 1st round"; and a line that starts "3rd round, weights: …".
 */
const PHRASE = /(?:\bafter\s+(?:(?:this|the|repeating\s+this\s+process|training\s+for)\s+)?|\bin\s+the\s+(?=(?:first|second|third|\d+(?:st|nd|rd|th))\s)|^[ \t]*(?=\d+(?:st|nd|rd|th)\s))(first|one|single|two|second|three|third|ten|\d[\d,]*)(?:st|nd|rd|th)?\s+(?:round|update|iteration|epoch|step|time|pass)e?s?\b/gim;

/** Number words of the other languages read, by stem (German, French, Spanish, Italian, Portuguese). */
const FOREIGN_WORDS: readonly [RegExp, number][] = [
  [/^(?:erst(?:e[nrsm]?)?|ein(?:e[nrsm]?)?|premi(?:er|ère)|primer[oa]?|prim[oa]|um|uma|une?|un[oa])$/i, 1],
  [/^(?:zweit(?:e[nrsm]?)?|zwei|deux(?:ième)?|second(?:e|[oa])?|segund[oa]|dos|due|dois|duas)$/i, 2],
  [/^(?:dritt(?:e[nrsm]?)?|drei|trois(?:ième)?|tercer[oa]?|terz[oa]|tres|tre|três|terceir[oa])$/i, 3],
  [/^(?:zehn(?:te[nrsm]?)?|dix(?:ième)?|diez|dieci|dez)$/i, 10],
];

/** "after" and an article, in German, French, Spanish, Italian and Portuguese. */
const AFTER = String.raw`(?<!\p{L})(?:nach|après|tras|después\s+de|dopo|após|depois\s+de)(?:\s+(?:dem|der|den|la|le|les|el|los|las|il|lo|i|gli|o|a|os|as)(?!\p{L})|l'|\s+l')?\s*`;
/** A count in digits, its thousands grouped by a dot, comma or space where they are (1.000, 1 000). */
const COUNT = String.raw`(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+)`;

/**
 * The same phrase in German, French, Spanish, Italian and Portuguese: "nach 1.000 Epochen", "nach der zweiten Iteration",
 * "après 10 itérations", "tras 500 épocas", "dopo la seconda epoca", "após 3 iterações".
 */
const FOREIGN_ROUNDS = new RegExp(
  `${AFTER}(?:${COUNT}[.ªº°]?|(\\p{L}+))\\s+(?:Epochen?|Iteration(?:en)?|Runden?|Durchl[äa]uf(?:en?)?|Aktualisierung(?:en)?|époques?|itérations?|mises?\\s+à\\s+jour|épocas?|iteraci(?:ón|ones)|rondas?|epoc(?:he|a)|iterazion[ei]|iteraç(?:ão|ões))(?!\\p{L})`,
  'giu',
);
/**
 * A word for a step (Schritt, étape, paso, passo) counts only after a number in digits ("nach 10 Schritten"): "after
 * the first step" in those pages is as often a step of the procedure as one of training.
 */
const FOREIGN_STEPS = new RegExp(`${AFTER}${COUNT}\\s+(?:Schritt(?:en|e)?|étapes?|pasos?|pass[oi]|passos)(?!\\p{L})`, 'giu');

/**
 * Chinese, Vietnamese and Turkish, a count in digits: "经过1000次迭代后", "训练 500 轮后", "第2次迭代后" (not "求导2次后",
 * differentiated twice: a word of training stands before the count or after its counter), "sau 1000 epoch",
 * "sau 10 lần lặp", "1000 epoch sonra", "500 iterasyondan sonra".
 */
const EASTERN_ROUNDS = new RegExp(
  [
    `(?:(?:经过|训练|迭代|更新)\\s*(?:第\\s*)?${COUNT}\\s*(?:次|轮|个)\\s*(?:迭代|训练|更新|epochs?|周期)?|(?:第\\s*)?${COUNT}\\s*(?:次|轮|个)\\s*(?:迭代|训练|更新|epochs?|周期))\\s*(?:之?后|以后)`,
    `(?<!\\p{L})sau\\s+${COUNT}\\s+(?:epochs?|vòng(?:\\s+lặp)?|lần(?:\\s+lặp)?|bước|lượt)(?!\\p{L})`,
    `(?<!\\p{L})${COUNT}\\s+(?:epoch|epok|iterasyon|yineleme|adım|tur)\\p{L}*\\s+sonra(?!\\p{L})`,
  ].join('|'),
  'giu',
);

/** The count a foreign phrase gives: its digits without their grouping, or its number word's value. */
function foreignCount(digits: string | undefined, word: string | undefined): number | undefined {
  if (digits !== undefined) return Number(digits.replace(/[.,\u00a0\u202f ]/g, ''));
  return FOREIGN_WORDS.find(([stem]) => stem.test(word ?? ''))?.[1];
}

export interface RoundsSpan {
  start: number;
  end: number;
  rounds: number;
  /** A table row's own step number, as its step column prints it (t = 2), where it has one. */
  step?: number;
}

/**
 * "with the new weights", "with all eight weights updated", "second forward pass", "going forward again", and the same in the languages of the pages read (新权重, mit den neuen
 * Gewichten, con los nuevos pesos, com os novos pesos, avec les nouveaux poids): the network after one update; in a
 * heading, for its whole section.
 */
const AGAIN = /(?:with|using)\s+(?:the\s+)?(?:new|updated)\s+(?:weights|parameters)|(?:with|using)\s+(?:all\s+)?(?:(?:the|its|\w+)\s+)?(?:weights|parameters)\s+updated|second\s+forward\s+pass|forward(?:\s+pass)?\s+again|新的?权重|更新后的权重|neuen\s+Gewicht\w*|nuevos\s+pesos|novos\s+pesos|nouveaux\s+poids/gi;

/**
 * "after the step", "after the update", "after this update", "after one gradient step" (not "after the update of w5",
 * nor "after this step", which a tutorial says of its own steps: forward pass, error, …): the network after one update.
 */
const ONE_STEP = /\bafter\s+(?:(?:the|one|a\s+single)\s+(?:(?:gradient(?:[- ]descent)?|training|SGD|weight)\s+)?(?:step|update)|this\s+(?:(?:gradient(?:[- ]descent)?|training|SGD|weight)\s+)?update)(?!\s+(?:of|to|rule|for)\b)(?![\w-])/gi;
/** A heading "Epoch 2" or "Iteration 3" (# Epoch 2, \section{Epoch 2}, \begin{frame}{Epoch 2}): its section computes with the weights of N − 1 updates. */
const EPOCH_HEADING = /^[ \t]*(?:#+[ \t]*|\\(?:sub)*section\*?\{|\\begin\{frame\}(?:<[^>]*>)?(?:\[[^\]]*\])?\{)(?:epoch|iteration)[ \t]+(\d+)\b/gim;

export function findRoundsSpans(text: string): RoundsSpan[] {
  const found: { start: number; rounds: number; end: number }[] = [];
  for (const m of text.matchAll(ONE_STEP)) found.push({ start: m.index!, rounds: 1, end: windowEnd(text, m.index!) });
  for (const m of text.matchAll(EPOCH_HEADING)) if (Number(m[1]) >= 2) found.push({ start: m.index!, rounds: Number(m[1]) - 1, end: sectionEnd(text, m.index!) });
  for (const m of text.matchAll(PHRASE)) {
    const word = m[1]!.toLowerCase();
    const rounds = WORDS[word] ?? Number(word.replace(/,/g, ''));
    if (Number.isSafeInteger(rounds) && rounds >= 1) found.push({ start: m.index!, rounds, end: windowEnd(text, m.index!) });
  }
  for (const m of text.matchAll(EASTERN_ROUNDS)) {
    const rounds = foreignCount(m.slice(1).find((g) => g !== undefined), undefined);
    if (rounds !== undefined && Number.isSafeInteger(rounds) && rounds >= 1) found.push({ start: m.index!, rounds, end: windowEnd(text, m.index!) });
  }
  for (const re of [FOREIGN_ROUNDS, FOREIGN_STEPS]) {
    for (const m of text.matchAll(re)) {
      const rounds = foreignCount(m[1], m[2]);
      if (rounds !== undefined && Number.isSafeInteger(rounds) && rounds >= 1) found.push({ start: m.index!, rounds, end: windowEnd(text, m.index!) });
    }
  }
  for (const m of text.matchAll(AGAIN)) found.push({ start: m.index!, rounds: 1, end: inHeading(text, m.index!) ? sectionEnd(text, m.index!) : windowEnd(text, m.index!) });
  const spans: RoundsSpan[] = [];
  for (const f of found.sort((a, b) => a.start - b.start)) {
    if (spans.length > 0) spans[spans.length - 1]!.end = Math.min(spans[spans.length - 1]!.end, f.start);
    spans.push(f);
  }
  return spans;
}

const HEADING = /^\s*(#|\\(sub)*section|\\begin\{frame\})/;

/** Whether the offset is on a heading line (# …, \section{…}). */
function inHeading(text: string, at: number): boolean {
  return HEADING.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at + 1));
}

/** The start of the next heading line after `from`, or the text's end. */
function sectionEnd(text: string, from: number): number {
  for (let end = text.indexOf('\n', from); end >= 0; end = text.indexOf('\n', end + 1)) {
    const next = text.indexOf('\n', end + 1);
    if (HEADING.test(text.slice(end + 1, next < 0 ? text.length : next))) return end;
  }
  return text.length;
}

/** The end of the line holding `from`, and of WINDOW_LINES more non-empty lines (a heading ends it at once). */
function windowEnd(text: string, from: number): number {
  let end = text.indexOf('\n', from);
  let lines = 0;
  while (end >= 0 && lines < WINDOW_LINES) {
    const next = text.indexOf('\n', end + 1);
    const line = text.slice(end + 1, next < 0 ? text.length : next);
    if (HEADING.test(line)) break;
    if (line.trim() !== '') lines++;
    end = next;
  }
  return end < 0 ? text.length : end;
}

/** The rounds in force at a document offset, if any. */
export function roundsAt(spans: readonly RoundsSpan[], offset: number): number | undefined {
  return spanAt(spans, offset)?.rounds;
}

/** The span in force at a document offset: the innermost holds, a table cell's own rounds ("New w" after k + 1) inside its row's (k). */
export function spanAt(spans: readonly RoundsSpan[], offset: number): RoundsSpan | undefined {
  let found: RoundsSpan | undefined;
  for (const s of spans) if (offset >= s.start && offset < s.end && (!found || s.start >= found.start)) found = s;
  return found;
}
