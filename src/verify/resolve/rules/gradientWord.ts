// Rule gradient-word: a word for the gradient with a parameter's name as its subscript (\text{Grad}_{W_1}, grad_{w5},
// \text{gradient}_{b}) is the loss's derivative with respect to that parameter, whatever value the page prints for it.
import { parseQuantityId, qid } from '../../../derive/quantityRef.js';
import { flattenSubscript, parseCanonicalKey } from '../../read/canonicalName.js';
import { GRADIENT_WORD } from '../../read/updateWords.js';
import type { BindingTable } from '../bindingTable.js';
import type { NameRule, RuleContext } from '../nameRule.js';


export const gradientWord: NameRule = {
  name: 'gradient-word',
  apply(table, ctx) {
    for (const key of ctx.read.names) {
      if (table.get(key) !== undefined) continue;
      const p = parseCanonicalKey(key);
      if (!GRADIENT_WORD.test(p.base) || p.sub === '' || p.marks.length > 0 || p.layer !== '') continue;
      const param = parameterNamed(p.sub, table, ctx);
      const id = param === undefined ? undefined : qid.adjoint(param);
      if (id !== undefined && ctx.net.valueOf(id) !== undefined) table.bind(key, { id, rule: 'gradient-word' });
    }
  },
};

/** The one parameter a bound name spells as this subscript (W1 for W_1, Wtrai for W_{trái}); exact case first. */
function parameterNamed(sub: string, table: BindingTable, ctx: RuleContext): string | undefined {
  const params = new Map<string, string>();
  for (const [key, id] of table.quantities()) {
    const ref = parseQuantityId(id);
    if (ref?.kind !== 'value' || ctx.net.graph.nodes.get(ref.node)?.kind !== 'param') continue;
    params.set(key, ref.node);
  }
  for (const fold of [(s: string) => s, (s: string) => s.toLowerCase()]) {
    const nodes = new Set([...params].filter(([key]) => fold(flattenSubscript(key)) === fold(sub)).map(([, node]) => node));
    if (nodes.size === 1) return [...nodes][0];
    if (nodes.size > 1) return undefined;
  }
  return undefined;
}
