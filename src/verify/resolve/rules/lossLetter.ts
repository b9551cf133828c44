// Rule loss-letter: a bare E (or the one L, J, C or differentiated l, ℓ of a document without E) is the total loss when the document never
// writes the loss by the network's name, and ∂E/∂x follows.
import { parseQuantityId, qid } from '../../../derive/quantityRef.js';
import { isQuantity } from '../bindingTable.js';
import { printedValues } from '../agreement.js';
import { SymbolNode } from '../../../util/mathjs.js';
import { readsAnySymbol } from '../../../util/mathNodes.js';
import { chainsOf } from '../../read/readDocument.js';
import type { NameRule, RuleContext } from '../nameRule.js';

const DERIVATIVE = /^∂(.+?)\/∂(.+)$/;

export const lossLetter: NameRule = {
  name: 'loss-letter',
  apply(table, ctx) {
    const rootKey = ctx.nodeKey(ctx.net.graph.root) ?? '';
    // A document that writes E_total uses a bare E for something else (another example on the same slides).
    const root = ctx.read.names.has(rootKey) ? undefined : table.get(rootKey);
    if (!isQuantity(root)) return;
    // (a letter the page sets to a whole number, l = 1, is an index: asked only of a differentiated l)
    const counter = (letter: string): boolean => [...printedValues(ctx, letter)].some(Number.isInteger);
    const letter = lossLetterOf(ctx.read.names, ctx.read.quantityNames, definedNames(ctx), counter);
    table.bind(letter, { id: root.id, rule: 'loss-letter' });
    for (const [key, id] of [...table.quantities()]) {
      const m = DERIVATIVE.exec(key);
      if (!m || table.idOf(m[1]!) !== root.id) continue;
      // the network's a_1^{(2)} may be another unit than the document's a_1^{(2)} (layers counted from 0, not 1)
      const ref = parseQuantityId(id);
      const own = table.idOf(m[2]!);
      const wrt = ref?.kind === 'partial' ? ref.wrt : ref?.kind === 'adjoint' || ref?.kind === 'delta' ? ref.node : undefined;
      if (own !== undefined && wrt !== undefined && own !== qid.value(wrt)) continue;
      table.bind(`∂${letter}/∂${m[2]}`, { id, rule: 'loss-letter' });
    }
  },
};

/**
 * E, unless the document never writes E (bare or differentiated) and writes exactly one of L, J (Ng's J(W, b)), C and a
 * differentiated l or ℓ without defining it: a letter the document defines is read by its formula (defined-by-formula) instead.
 */
function lossLetterOf(names: ReadonlySet<string>, quantities: readonly string[], defined: ReadonlySet<string>, counter: (letter: string) => boolean): string {
  const written = (letter: string): boolean => names.has(letter) || [...names].some((k) => k.startsWith(`∂${letter}/∂`));
  if (written('E')) return 'E';
  // a lower-case l or \ell only where it is differentiated (∂l/∂w) and never set to a whole number (l = 1: an index)
  const differentiated = (letter: string): boolean => quantities.some((k) => k.startsWith(`∂${letter}/∂`)) && !counter(letter);
  const others = [...['L', 'J', 'C'].filter(written), ...['l', 'ell'].filter(differentiated)];
  return others.length === 1 && !defined.has(others[0]!) ? others[0]! : 'E';
}

/** The names the document defines by a formula: the first side of a chain with names after it (`L = 9.000` gives a value, not a definition). */
function definedNames(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const chain of chainsOf(ctx.read)) {
    const first = chain.sides[0]!.node;
    if (first instanceof SymbolNode && chain.sides.slice(1).some((s) => readsAnySymbol(s.node))) out.add(first.name);
  }
  return out;
}

