// Rule substituted-definition: a name the document defines by numbers alone (z_1 = 0.5 × 2 + (−0.5) = 0.5) is the one
// node whose definition has exactly those numbers as its inputs' values and gives the same result.
import { ConstantNode, SymbolNode } from '../../../util/mathjs.js';
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
      // (1 − 0.666)² for (y − ŷ)²: a number a subtraction takes away is the value of the quantity subtracted, and the
      // definition's own constants (the exponent 2) are no quantity's value; read so, the numbers stand in the
      // definition's order (the page's (ŷ − y)² aligns its operands otherwise)
      const unsigned = printed.map((p) => ({ ...p, value: Math.abs(p.value) }));
      const fits = candidates.filter((c) => Math.abs(c.value - value) <= 1e-3 * Math.max(1, Math.abs(value)) && (sameMultiset(c.leaves, printed) || sameSequence(c.leaves, without(unsigned, c.constants))));
      const id = fits.length === 1 ? boundName(chain, whole(fits[0]!.id, ctx), ctx) : undefined;
      if (id !== undefined) table.bind(first.name, { id, rule: 'substituted-definition' });
    }
  },
};

/** The node that is this one under another name (E_total = E_y, the loss of one output), else the node itself: the page's L is the loss. */
function whole(id: string, ctx: RuleContext): string {
  for (const n of ctx.net.graph.nodes.values()) {
    const def = ctx.net.definition(`v$${n.id}`);
    if (def instanceof SymbolNode && def.name === id) return `v$${n.id}`;
  }
  return id;
}

interface Candidate { id: string; value: number; leaves: number[]; constants: number[] }

/** The printed numbers less one whole number for each of the constants (an exponent printed as the definition has it). */
function without(printed: readonly { value: number; decimals: number }[], constants: readonly number[]): { value: number; decimals: number }[] {
  const rest = [...constants];
  return printed.filter((p) => {
    const k = p.decimals === 0 ? rest.indexOf(p.value) : -1;
    if (k >= 0) rest.splice(k, 1);
    return k < 0;
  });
}

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
    const constants: number[] = [];
    def.traverse((n) => void (n instanceof ConstantNode && typeof n.value === 'number' && constants.push(n.value)));
    if (complete && leaves.length >= 2) out.push({ id, value, leaves, constants });
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

/** Whether a printed number is within its printed rounding of a value (a whole number is exact). */
const printedAs = (v: number, p: { value: number; decimals: number }): boolean => Math.abs(v - p.value) <= (p.decimals === 0 ? 1e-9 : 0.5 * 10 ** -p.decimals + 1e-12);

/** Equal in order, each printed number within its printed rounding of a value. */
function sameSequence(values: readonly number[], printed: readonly { value: number; decimals: number }[]): boolean {
  return values.length === printed.length && printed.every((p, k) => printedAs(values[k]!, p));
}

/** Equal as multisets, each printed number within its printed rounding of a value. */
function sameMultiset(values: readonly number[], printed: readonly { value: number; decimals: number }[]): boolean {
  if (values.length !== printed.length) return false;
  const left = [...values];
  for (const p of printed) {
    const k = left.findIndex((v) => printedAs(v, p));
    if (k < 0) return false;
    left.splice(k, 1);
  }
  return true;
}
