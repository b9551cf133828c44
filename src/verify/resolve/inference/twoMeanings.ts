// Rule two-meanings: a name the document defines as two different quantities (ŷ_1 = w_5 out_{h1} + … and ŷ_1 = σ(ŷ_1)) is read as neither.
import { SymbolNode } from '../../../util/mathjs.js';
import { evaluateSide } from '../evaluateSide.js';
import { createLookup } from '../lookup.js';
import type { InferenceState } from './inferenceState.js';
import { close } from './solver.js';

const DERIVATIVE = /^∂(.+?)\/∂(.+)$/;

/**
 * For every name found by its formula: each other formula the document gives it that the table can evaluate must be
 * the same quantity at the network's values and at the other points. When one is another quantity of the network
 * everywhere, the document uses the name for two things: the name and the derivatives written with it are refused.
 */
export function refuseTwoMeanings(state: InferenceState): string[] {
  const { table, net } = state;
  const refused: string[] = [];
  for (const name of state.added) {
    const b = table.get(name);
    if (!b || !('id' in b) || b.rule !== 'defined-by-formula') continue;
    const other = otherMeaning(state, name, b.id);
    if (other === undefined) continue;
    const reason = `${name} stands for two quantities in this document: ${net.nameOf(b.id)} and ${net.nameOf(other)}`;
    table.refuse(name, reason, 'two-meanings');
    refused.push(name);
  }
  if (refused.length === 0) return refused;
  for (const [key] of [...table.entries()]) {
    const m = DERIVATIVE.exec(key);
    if (m && (refused.includes(m[1]!) || refused.includes(m[2]!))) table.refuse(key, `it is written with ${refused.includes(m[1]!) ? m[1] : m[2]}, which stands for two quantities`, 'two-meanings');
  }
  return refused;
}

/** The quantity another of the name's formulas equals everywhere, if it is not the one the name was bound to. */
function otherMeaning(state: InferenceState, name: string, id: string): string | undefined {
  const { table, net, solver } = state;
  for (const chain of state.chains) {
    const lhs = chain.sides[0]?.node;
    if (!(lhs instanceof SymbolNode) || lhs.name !== name) continue;
    for (const side of chain.sides.slice(1)) {
      const here = evaluateSide(side.node, createLookup(table, (x) => net.valueOf(x), net.units));
      if (here.value === undefined || here.names === 0) continue;
      const there = net.points().map((p) => evaluateSide(side.node, createLookup(table, (x) => p.value(x), net.units)).value);
      if (close(net.valueOf(id), here.value) && net.points().every((p, i) => close(p.value(id), there[i] ?? Number.NaN))) continue;
      const found = solver.solve(side.node, []);
      const other = found?.same.find((x) => x !== id);
      if (other !== undefined && !found!.same.includes(id)) return other;
    }
  }
  return undefined;
}
