// Rule opposite-sign: δ = (t − o) o(1 − o) is −∂E/∂net; a document that defines and uses δ that way is read in its convention, not as a run of sign errata.
import { SymbolNode } from '../../../util/mathjs.js';
import { formatQuantityId, parseQuantityId } from '../../../derive/quantityRef.js';
import { nodeKey } from '../../read/canonicalName.js';
import type { MathChain, MathSide } from '../../read/parseLatexMath.js';
import type { NetworkView } from '../../network/networkView.js';
import { reproducesValue } from '../agreement.js';
import type { BindingTable } from '../bindingTable.js';
import { evaluateSide, type Lookup } from '../evaluateSide.js';
import { createLookup } from '../lookup.js';
import { traverseTree } from '../../../util/walkTree.js';
import { readsSymbol } from '../../../util/mathNodes.js';

/** Quantity kinds whose sign conventions differ between courses. */
const SIGNED = new Set(['delta', 'adjoint', 'termPartial', 'partial']);

/**
 * For the names the document states chains for whose quantities are derivatives of one kind (all its δs, say): the
 * reading of them as the quantities or as minus them — one convention for the whole document — whichever makes more
 * of the document's statements that involve them hold. Ties keep the network's own sign, so a formula with a slipped
 * sign among right numbers stays an erratum. A statement about a derivative the page writes as one (∂E/∂z_4 = …, or a
 * code name it defines as ∂E/∂z_i) sets no convention: only names (δ, E_hidden) start a group, which a derivative
 * written elsewhere for the same quantity then follows.
 */
export function chooseSigns(table: BindingTable, net: NetworkView, chains: readonly MathChain[]): string[] {
  const lhsKeys = new Set(chains.flatMap((c) => (c.sides[0] ? [nodeKey(c.sides[0].node)] : [])).filter((k): k is string => k !== null));
  const byKind = new Map<string, [string, string][]>();
  for (const key of lhsKeys) {
    const b = table.get(key);
    const ref = b && 'id' in b ? parseQuantityId(b.id) : undefined;
    if (!ref || !SIGNED.has(ref.kind) || key.startsWith('∂')) continue;
    (byKind.get(ref.kind) ?? byKind.set(ref.kind, []).get(ref.kind)!).push([key, formatQuantityId(ref)]);
  }
  const changed: string[] = [];
  // each side's names and derivatives, collected once (the chains × keys × nodes walk was most of verify's resolve time)
  const keysOf = byKind.size === 0 ? [] : chains.map((c) => sideKeys(c));
  // another name the document writes for a quantity of the group (δ beside δ_o, both the output's) takes its sign
  const written = new Set<string>();
  for (const keys of keysOf) for (const k of keys) written.add(k);
  // the table walked once for all the groups (it holds every quantity's printed names: thousands in a large network)
  const others: [string, string][] = [];
  if (byKind.size > 0) for (const entry of table.quantities()) if (!lhsKeys.has(entry[0]) && written.has(entry[0])) others.push(entry);
  for (const group of byKind.values()) {
    const ids = new Set(group.map(([, id]) => id));
    for (const [key, id] of others) if (ids.has(id)) group.push([key, id]);
  }
  const tableValues = sideValues(createLookup(table, (x) => net.valueOf(x), net.units));
  for (const group of byKind.values()) {
    const keys = group.map(([k]) => k);
    // a chain is involved when one of its keys is in the group: each chain's keys are walked once, not every key of the group
    const inGroup = new Set(keys);
    const involved = chains.filter((_, i) => someOf(keysOf[i]!, (k) => inGroup.has(k)));
    const flipped = new Map(group.map(([k, id]) => [k, formatQuantityId({ kind: 'negated', of: parseQuantityId(id)! })]));
    const lookupOf = (assign: ReadonlyMap<string, string>): Lookup => createLookup(table, (x) => net.valueOf(x), net.units, assign);
    const [own, minus] = [lookupOf(new Map(group)), lookupOf(flipped)];
    // the group's own reading is the table's where the table binds its names so: the sides' values are then shared by the groups
    const shared = group.every(([k, id]) => table.idOf(k) === id) ? tableValues : undefined;
    let [ownScore, minusScore] = [0, 0];
    // each chain moves the two scores apart by at most twice its sides: once the minus reading cannot pass the own
    // one in the chains left, the rest are not evaluated (the same choice, sooner)
    let swing = involved.reduce((n, c) => n + 2 * (c.sides.length - 1), 0);
    for (const c of involved) {
      if (ownScore - minusScore >= swing) break;
      swing -= 2 * (c.sides.length - 1);
      const [a, b] = agreements(c, own, minus, inGroup, shared, assignedValue(c, table, net));
      [ownScore, minusScore] = [ownScore + a, minusScore + b];
    }
    if (minusScore > ownScore) {
      for (const [key, id] of flipped) table.rebind(key, { id, rule: 'opposite-sign' });
      changed.push(...keys);
      tableValues.clear(); // the table reads these names otherwise now
    }
  }
  return changed;
}

/**
 * +1 for every side of the chain that holds with its names read through a lookup, −1 for every side that does not: with
 * the group's own sign and with the opposite one. A side whose value reads no name of the group has the same value
 * both ways, so it is evaluated once.
 */
function agreements(chain: MathChain, own: Lookup, minus: Lookup, group: ReadonlySet<string>, shared?: SideValues, assigned?: number): [number, number] {
  const lhs = chain.sides[0] ? nodeKey(chain.sides[0].node) : null;
  const [t0, t1] = assigned !== undefined ? [assigned, assigned] : lhs === null ? [undefined, undefined] : [own.value(lhs), minus.value(lhs)];
  let touched = false;
  const watched: Lookup = { ...own, value: (key) => ((touched ||= group.has(key)), own.value(key)) };
  const ownValue = (side: MathSide): number | undefined => {
    if (!shared) return evaluateSide(side.node, watched).value;
    const { value, keys } = shared.of(side);
    touched = keys.some((k) => group.has(k));
    return value;
  };
  let [s0, s1] = [0, 0];
  for (const side of chain.sides.slice(1)) {
    if (side.blank || (t0 === undefined && t1 === undefined)) continue;
    touched = false;
    const v0 = t0 === undefined ? undefined : ownValue(side);
    const v1 = t1 === undefined ? undefined : t0 !== undefined && !touched ? v0 : evaluateSide(side.node, minus).value;
    if (v0 !== undefined) s0 += reproducesValue(side, v0, t0!) ? 1 : -1;
    if (v1 !== undefined) s1 += reproducesValue(side, v1, t1!) ? 1 : -1;
  }
  return [s0, s1];
}

/**
 * W10 = W10 + α δ x0: a parameter assigned from itself is, as the judge reads it, its value after the step, so the
 * update rules a page writes say which sign its δ has (Russell and Norvig's + α a Δ); undefined for any other chain.
 */
function assignedValue(chain: MathChain, table: BindingTable, net: NetworkView): number | undefined {
  const lhs = chain.sides[0] ? nodeKey(chain.sides[0].node) : null;
  const next = chain.sides[1];
  if (lhs === null || !next || next.blank || (chain.relations[0] !== '=' && chain.relations[0] !== '\\leftarrow')) return undefined;
  if (!readsSymbol(next.node, lhs) || nodeKey(next.node) === lhs) return undefined;
  const id = table.idOf(lhs);
  const updated = id === undefined || net.nodeOf(id)?.kind !== 'param' ? undefined : net.updateOf(id);
  return updated === undefined ? undefined : net.valueOf(updated);
}

/** The canonical keys of the names and derivatives a chain's sides write. */
function sideKeys(chain: MathChain): Set<string> {
  const keys = new Set<string>();
  for (const s of chain.sides) {
    traverseTree(s.node, (n) => {
      const k = n instanceof SymbolNode || (n as { fn?: { name?: string } }).fn?.name === 'partial' ? nodeKey(n) : null;
      if (k !== null) keys.add(k);
    });
  }
  return keys;
}

/** Whether a key of the set passes the test (the set walked as it is, not spread into an array first). */
function someOf(keys: ReadonlySet<string>, test: (key: string) => boolean): boolean {
  for (const k of keys) if (test(k)) return true;
  return false;
}

/** Each side's value through the table, with the names it read (for whether it reads a group's), worked out once. */
interface SideValues {
  of(side: MathSide): { value: number | undefined; keys: string[] };
  clear(): void;
}

function sideValues(lookup: Lookup): SideValues {
  const known = new Map<MathSide, { value: number | undefined; keys: string[] }>();
  return {
    of(side) {
      let v = known.get(side);
      if (!v) {
        const keys: string[] = [];
        const value = evaluateSide(side.node, { ...lookup, value: (key) => (keys.push(key), lookup.value(key)) }).value;
        known.set(side, (v = { value, keys }));
      }
      return v;
    },
    clear: () => known.clear(),
  };
}
