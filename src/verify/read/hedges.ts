// Words that make a sentence's numbers something other than claims about this network: one core, two uses.

/** A sentence that supposes or generalizes ("if", "would", "typically", "e.g."): its numbers describe no computed value. */
const CORE = ['if', 'suppose', 'supposing', 'assume', 'assuming', 'imagine', 'would', 'could', 'might', 'instead', 'typical', 'typically', 'usually', 'generally', 'e\\.g'];

/** Statements in passing (`q = 3` in a sentence) also stop at another example, a point, or a general claim. */
const STATEMENT = ['say', 'were', 'let', 'when', 'whenever', 'unless', 'until', 'at', 'general', 'any', 'every', 'example', 'instance', 'such as', 'another', 'other', 'different', 'approaches', 'tends'];

/** A learning rate in prose also stops at a comparison or a search over rates ("a smaller rate", "tried 0.1"). */
const RATE = ['try', 'tried', 'smaller', 'larger', 'bigger', 'higher', 'lower', 'between', 'range'];

const words = (list: readonly string[]): RegExp => new RegExp(`\\b(?:${list.join('|')})\\b`, 'i');

/** A sentence whose `name = number` statements are not about this network's computation. */
export const SUPPOSING_STATEMENT = words([...CORE, ...STATEMENT]);
/** A sentence that supposes or generalizes: no value it gives is this network's. */
export const SUPPOSING = words(CORE);
/** A sentence whose learning rate is not the one this network trains with. */
export const SUPPOSING_RATE = words([...CORE, ...RATE]);

/**
 * A sentence that supposes another world than the page's example: a conditional in the past subjunctive ("if f were
 * 5", Turkish "f 5 olsaydı", Italian and Portuguese "se … fosse", Spanish "si … fuera", French "si … était", German
 * "wäre", Polish "gdyby", Russian "если бы") or a word that asks the reader to suppose or imagine. Not "if" alone nor
 * "would" (pages work their own example so: "if we plug in the values we would get"), nor "assume" or "let", with
 * which pages state their own givens.
 */
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
export const COUNTERFACTUAL = new RegExp([
  String.raw`${B}if${E}[^.!?;]*${B}(?:were|had been)${E}`,
  String.raw`${B}(?:suppose|supposing|imagine|hypothetically)${E}`,
  String.raw`\p{L}+(?:saydı|seydi|saydi|seydı)${E}|${B}(?:varsayalım|farz edelim)${E}`,
  String.raw`${B}(?:se|si)${E}[^.!?;]*${B}(?:fosse|fossero|fuera|fuese|fueran|était|étaient)${E}`,
  String.raw`${B}(?:supponiamo|immaginiamo|immagina|supongamos|imaginemos|supposons|imaginons|suponha|suponhamos|wäre|wären|angenommen|gdyby|załóżmy|если бы|предположим|представим)${E}`,
].join('|'), 'iu');
