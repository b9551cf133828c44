// Rule substituted-definition: a name the document defines by numbers alone (z_1 = 0.5 × 2 + (−0.5) = 0.5) is the one
// node whose definition has exactly those numbers as its inputs' values and gives the same result.
import { SymbolNode } from '../../../util/mathjs.js';
import { forEachSymbol, readsAnySymbol, finiteValue } from '../../../util/mathNodes.js';
import { chainsOf } from '../../read/readDocument.js';
import type { MathSide } from '../../read/parseLatexMath.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import { boundName } from './substitutedUpdate.js';

export const substitutedDefinition: NameRule = {
  name: 'substituted-definition',
  apply(table, ctx) {
    // every node's definition, read only once a chain defines a name by numbers alone
    let candidates: Candidate[] | undefined;
    for (const chain of chainsOf(ctx.read)) {
      const first = chain.sides[0]!.node;
      if (!(first instanceof SymbolNode) || table.get(first.name) !== undefined || chain.sides.length < 3) continue;
      const worked = chain.sides[1]!;
      if (worked.numbers.length < 2 || readsAnySymbol(worked.node)) continue;
      const value = finiteValue(worked.node);
      if (value === undefined) continue;
      const printed = signedNumbers(worked);
      candidates ??= nodeDefinitions(ctx);
      const fits = candidates.filter((c) => Math.abs(c.value - value) <= 1e-3 * Math.max(1, Math.abs(value)) && sameMultiset(c.leaves, printed));
      const id = fits.length === 1 ? boundName(chain, fits[0]!.id, ctx) : undefined;
      if (id !== undefined) table.bind(first.name, { id, rule: 'substituted-definition' });
    }
  },
};

interface Candidate { id: string; value: number; leaves: number[] }

/** Every node's value id with a definition, the values of the quantities its definition reads, and its own value. */
function nodeDefinitions(ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const n of ctx.net.graph.nodes.values()) {
    const id = `v$${n.id}`;
    const def = ctx.net.definition(id);
    const value = ctx.net.valueOf(id);
    if (!def || value === undefined) continue;
    const leaves: number[] = [];
    let complete = true;
    forEachSymbol(def, (name) => {
      const v = ctx.net.valueOf(name);
      if (v === undefined) complete = false;
      else leaves.push(v);
    });
    if (complete && leaves.length >= 2) out.push({ id, value, leaves });
  }
  return out;
}

/**
 * The side's numbers with the sign a unary minus or a subtraction gives them (0.5 × 2 − 0.5 reads 0.5, 2, −0.5); an en
 * dash typed for the minus (0.2(1) – 0.3(2)) signs its number as the tokenizer reads it, a minus.
 */
function signedNumbers(side: MathSide): { value: number; decimals: number }[] {
  return side.numbers.map((n) => {
    const before = side.source.slice(0, Math.max(0, n.start - side.start)).trimEnd();
    return { value: /[-−–]\(?$/.test(before) ? -n.value : n.value, decimals: n.decimals };
  });
}

/** Equal as multisets, each printed number within its printed rounding of a value (a whole number is exact). */
function sameMultiset(values: readonly number[], printed: readonly { value: number; decimals: number }[]): boolean {
  if (values.length !== printed.length) return false;
  const left = [...values];
  for (const p of printed) {
    const k = left.findIndex((v) => Math.abs(v - p.value) <= (p.decimals === 0 ? 1e-9 : 0.5 * 10 ** -p.decimals + 1e-12));
    if (k < 0) return false;
    left.splice(k, 1);
  }
  return true;
}
