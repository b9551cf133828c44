// Lookups of name keys through the binding table: at the network's own values, at another point, or with some names assigned.
import type { BindingTable } from './bindingTable.js';
import type { Lookup } from './evaluateSide.js';
import type { FunctionNode } from '../../util/mathjs.js';

/**
 * Values of bound names: `at` gives a quantity id's value (the exact one, or at another point); `assign` binds
 * some names to quantity ids first (a trial reading of a formula's unknown leaves).
 */
export function createLookup(table: BindingTable, at: (id: string) => number | undefined, units: (index: string) => string[], assign?: ReadonlyMap<string, string>, callId?: (node: FunctionNode) => string | undefined, activation?: Lookup['activation']): Lookup {
  return {
    ...(activation ? { activation } : {}),
    ...(callId ? { call: (node: FunctionNode) => { const id = callId(node); return id === undefined ? undefined : at(id); } } : {}),
    value: (key) => {
      const id = assign?.get(key) ?? table.idOf(key);
      return id === undefined ? undefined : at(id);
    },
    constant: (key) => {
      const b = assign?.has(key) ? undefined : table.get(key);
      return b && 'constant' in b ? b.constant : undefined;
    },
    units,
  };
}
