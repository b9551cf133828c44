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
