// Rule update-word: a name marked by a word for "new" or "old" in a document's language (w_{neu}, w_{nuevo}, w_{viejo}, y_{neu}), or a parameter marked + or ′ (w_5^+, w_5'), is its quantity after or before the update.
import { parseQuantityId, qid } from '../../../derive/quantityRef.js';
import { canonicalKey, parseCanonicalKey } from '../../read/canonicalName.js';
import type { BindingTable } from '../bindingTable.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import { bindMarkedFamily, type MarkedName } from './updateWordFamily.js';
import { NEW, OLD } from '../../read/updateWords.js';
import { chainsOf } from '../../read/readDocument.js';
import { forEachNode } from '../../../util/walkTree.js';
import { FunctionNode, SymbolNode } from '../../../util/mathjs.js';

/**
 * For each name the document writes as `base_word` (or `base^{word}`) whose base names one value of the network:
 * after the update, the parameter's updated value, or a computed quantity's value in the forward pass again with the
 * updated parameters (y_{neu} = 0.6 · 2.0); before it, the value itself.
 */
export const updateWord: NameRule = { name: 'update-word', apply: (table, ctx) => bindUpdateWords(table, ctx, false) };

/**
 * Again after inference, when the page's own names have their quantities: also `{W_{12}}^{+}` and `w_5'` (the marks +
 * and ′), for a base that names a parameter (a unit's a^{+} may be its positive part and σ′ a slope, so computed
 * values keep to words; w^{*} is an optimum more often than an update).
 */
export const updateWordLate: NameRule = { name: 'update-word', apply: (table, ctx) => bindUpdateWords(table, ctx, true) };

const UPDATE_MARKS = ['_plus', '_prime'];

/** The names the document calls as functions (g'(Z), f(x)). */
function calledNames(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const chain of chainsOf(ctx.read)) {
    for (const side of chain.sides) forEachNode(side.node, (n) => void (n instanceof FunctionNode && n.fn instanceof SymbolNode && out.add(n.fn.name)));
  }
  return out;
}

function bindUpdateWords(table: BindingTable, ctx: RuleContext, plus: boolean): void {
  const known = new Set(table.ids());
  let called: Set<string> | undefined;
  const family: MarkedName[] = [];
  for (const key of ctx.read.names) {
    if (table.get(key) !== undefined) continue;
    const mark = plus ? UPDATE_MARKS.find((m) => key.endsWith(m)) : undefined;
    // g'(Z) is an activation's slope even where the network has a parameter g
    if (mark === '_prime' && (called ??= calledNames(ctx)).has(key)) continue;
    if (mark) {
      const ref = parseQuantityId(table.idOf(key.slice(0, -mark.length)) ?? '');
      const node = ref?.kind === 'value' ? ctx.net.graph.nodes.get(ref.node) : undefined;
      if (ref?.kind === 'value' && node?.kind === 'param' && known.has(qid.update(ref.node))) table.bind(key, { id: qid.update(ref.node), rule: 'update-word' });
      continue;
    }
    const { base, word } = splitWord(key);
    if (base === undefined || word === undefined || !(NEW.has(word) || OLD.has(word))) continue;
    const ref = parseQuantityId(table.idOf(base) ?? '');
    if (plus && !table.has(base)) family.push({ key, base, after: NEW.has(word) });
    if (ref?.kind !== 'value') continue;
    const id = OLD.has(word) ? qid.value(ref.node) : [qid.update(ref.node), qid.afterUpdate(ref.node)].find((x) => known.has(x));
    if (id !== undefined) table.bind(key, { id, rule: 'update-word' });
  }
  // w_{viejo} beside w_1 and w_2: the one w the page's statements over it say
  bindMarkedFamily(table, ctx, family);
}

/**
 * The name without its word, and the word: W_12^(1novo) (an entry of W1 novo), w_neu, and w_{5,neu} (read as w_5neu): the letters at the end, after an
 * underscore or an index; b^{[2]}_{nuevo} and the entries of W^{[2]}_{nuevo} (W_1nuevo^(2)): the subscript's letters
 * at its end, the layer kept.
 */
function splitWord(key: string): { base?: string; word?: string } {
  // an entry of W1^{novo} (read as W_12^(1novo)): the word after the layer's number
  const layered = /^(.*\^\(\d+)([a-z]+)\)$/i.exec(key);
  if (layered) return { base: `${layered[1]})`, word: layered[2]!.toLowerCase() };
  const parts = parseCanonicalKey(key);
  // an entry of b^{new} or W^{neu} printed as a vector or matrix (b_1^(new)): the word where a layer would be
  if (/^[a-z]+$/i.test(parts.layer) && parts.marks.length === 0) return { base: canonicalKey({ ...parts, layer: '' }), word: parts.layer.toLowerCase() };
  if (parts.layer !== '' && parts.marks.length === 0) {
    const m = /^(\d*)([a-z]+)$/i.exec(parts.sub);
    return m ? { base: canonicalKey({ ...parts, sub: m[1]! }), word: m[2]!.toLowerCase() } : {};
  }
  const m = /^(.*?)([a-z]+)$/i.exec(key);
  const base = !m ? undefined : m[1]!.endsWith('_') ? m[1]!.slice(0, -1) : /_.*\d$/.test(m[1]!) ? m[1]! : undefined;
  return { base, word: m?.[2]!.toLowerCase() };
}
