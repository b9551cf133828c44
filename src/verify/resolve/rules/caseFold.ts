// Rule case-fold: out_{o1} for a network whose unit is O1, when no quantity has that spelling and only one folds to it.
import type { NameRule } from '../nameRule.js';

/** Lower-cases every subscript of a key: out_O1 → out_o1, ∂E_total/∂out_O1 → ∂E_total/∂out_o1. */
export const foldSubscripts = (key: string): string => key.replace(/_([^_/∂^]+)/g, (_, sub: string) => `_${sub.toLowerCase()}`);

export const caseFold: NameRule = {
  name: 'case-fold',
  apply(table) {
    const folded = new Map<string, string | null>();
    for (const [key, id] of table.quantities()) {
      const alias = foldSubscripts(key);
      if (alias === key || table.has(alias)) continue;
      const seen = folded.get(alias);
      folded.set(alias, seen === undefined || seen === id ? id : null);
    }
    for (const [alias, id] of folded) if (id !== null) table.bind(alias, { id, rule: 'case-fold' });
  },
};
