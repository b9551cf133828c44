// Rule split-name: a network id the page writes with its first letter as the base and the rest as a subscript (w_{o[0]} for wo0, b_{h[1]} for bh1, y_{o} for unit yo), and a_{U}, y_{U}, z_{U}, s_{U}, v_{U} for unit U's output and net input.
import { qid } from '../../../derive/quantityRef.js';
import { familySupport } from '../agreement.js';
import type { BindingTable } from '../bindingTable.js';
import type { NameRule, RuleContext } from '../nameRule.js';

/** Letters a page puts before a unit's name for its output (a: activation; y: Haykin's) and for its net input (z, s: the sum; v: Haykin's induced field). */
const OUTPUT_LETTERS = ['a', 'y'];
const NET_LETTERS = ['z', 's', 'v'];
const ID = /^[A-Za-z][A-Za-z0-9]+$/;

/** Parameters and inputs, early: before a rule reads the page's b_{h[0]} = 0.5 − (0.1 · …) = 0.50119 as the step's result only. */
export const splitParameters: NameRule = {
  name: 'split-name',
  apply(table, ctx) {
    const found = candidates(table, ctx, (add) => {
      for (const n of ctx.net.graph.nodes.values()) if ((n.kind === 'param' || n.kind === 'input') && ID.test(n.id)) add(`${n.id[0]}_${n.id.slice(1)}`, qid.value(n.id));
    });
    // a parameter's name printed as the result of its own step (w_{o[0]} = 0.5 − (0.1 · …) = 0.50421) is its value after the update
    const updated = found.flatMap(([key, id]): [string, string][] => (ctx.net.updateOf(id) ? [[key, ctx.net.updateOf(id)!]] : []));
    if (found.length > 0 && Math.max(familySupport(ctx, found), familySupport(ctx, updated)) >= 0) bind(table, found);
  },
};

/** Units, after every other rule (h1 written h_1 is rule unit-name's, which knows when the page means the net by it). */
export const splitName: NameRule = {
  name: 'split-name',
  apply(table, ctx) {
    const found = candidates(table, ctx, (add) => {
      for (const n of ctx.net.graph.nodes.values()) {
        if (n.kind !== 'activation' || !n.unit || !ID.test(n.unit)) continue;
        if (/^[A-Za-z][A-Za-z]/.test(n.unit)) add(`${n.unit[0]}_${n.unit.slice(1)}`, qid.value(n.id));
        for (const letter of OUTPUT_LETTERS) add(`${letter}_${n.unit}`, qid.value(n.id));
        const sum = n.parents.length === 1 ? ctx.net.graph.nodes.get(n.parents[0]!) : undefined;
        for (const letter of NET_LETTERS) add(`${letter}_${n.unit}`, sum?.kind === 'net' ? qid.value(sum.id) : undefined);
      }
    });
    // read so only where the page's printed values for these names do not go against it
    if (found.length > 0 && familySupport(ctx, found) >= 0) bind(table, found);
  },
};

/** The page's names (not yet bound) that `each` offers, with the quantity each would be. */
function candidates(table: BindingTable, ctx: RuleContext, each: (add: (key: string, id: string | undefined) => void) => void): [string, string][] {
  const found: [string, string][] = [];
  each((key, id) => {
    if (id !== undefined && ctx.read.names.has(key) && !table.has(key) && !found.some(([k]) => k === key)) found.push([key, id]);
  });
  return found;
}

function bind(table: BindingTable, found: readonly [string, string][]): void {
  for (const [key, id] of found) table.bind(key, { id, rule: 'split-name' });
}
