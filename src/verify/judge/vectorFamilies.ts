// The network's vectors a printed column may be: one quantity example by example (out_e1 … out_e4), or siblings unit by
// unit (w1, w2, w3; ∂out_h1/∂net_h1, ∂out_h2/∂net_h2), at the start or after a few rounds, a gradient also with the other
// sign; beside them the customary error columns (out − t, t − out, 1 − out), which are no quantity but may not be
// mistaken for one.
import { parseQuantityId, qid } from '../../derive/quantityRef.js';
import type { NetworkView } from '../network/networkView.js';

export interface Family {
  /** The quantity of each entry; none for an error column, which only keeps a printed vector from being read as another family. */
  ids?: string[];
  values: number[];
}

/** Past this many quantities a network's families are not looked for (a page of vectors against a 784-100-10 network). */
const MAX_QUANTITIES = 20000;
/** Kinds whose other sign a page may print (δ = t − o conventions, the step −η ∂E/∂w). */
const SIGNED = new Set(['adjoint', 'delta', 'partial', 'termPartial', 'change', 'contribution']);
/** The order a family's quantity is preferred in where several have the same values (out before ∂E/∂E_out·out). */
const PREFERRED = ['value', 'update', 'adjoint', 'delta', 'partial', 'change', 'afterUpdate', 'termPartial', 'contribution', 'trained'];

const cache = new WeakMap<NetworkView, Map<string, Family[]>>();

/** Every family of `length` entries at the given rounds, distinct by values (the preferred quantity kept). */
export function vectorFamilies(net: NetworkView, length: number, rounds: readonly number[]): Family[] {
  const key = `${length}:${rounds.join(',')}`;
  const mine = cache.get(net) ?? cache.set(net, new Map()).get(net)!;
  if (!mine.has(key)) mine.set(key, distinct([...rounds.flatMap((r) => atRound(net, templates(net, length), r)), ...errorColumns(net, length)]));
  return mine.get(key)!;
}

/** Families of `length` quantities at round 0, as ids: an example's suffix _e1 varied, or one unit index varied. */
function templates(net: NetworkView, length: number): string[][] {
  const ids = [...net.doc.derivation.quantities.keys(), ...net.graph.trainable.map(qid.change)];
  if (ids.length > MAX_QUANTITIES) return [];
  const members = new Map<string, Map<number, string>>();
  const add = (template: string, k: number, id: string): void => void (members.get(template) ?? members.set(template, new Map()).get(template)!).set(k, id);
  for (const id of ids) {
    const kind = parseQuantityId(id)?.kind;
    if (kind === undefined || !PREFERRED.includes(kind)) continue;
    const example = [...new Set([...id.matchAll(/_e(\d+)(?=$|[$_])/g)].map((m) => m[1]!))];
    if (example.length === 1 && (net.graph.examples ?? 1) === length) add(id.replace(/_e\d+(?=$|[$_])/g, '_e#'), Number(example[0]), id);
    // a unit's index: a run of digits that is not an example's suffix, every occurrence of it (pd$out_h1$net_h1)
    for (const k of new Set([...id.matchAll(/(?<![\d]|_e)\d+(?!\d)/g)].map((m) => m[0]))) {
      add(id.replace(new RegExp(`(?<![\\d]|_e)${k}(?!\\d)`, 'g'), '#'), Number(k), id);
    }
  }
  return [...members.values()].flatMap((m) => complete(m, length));
}

/** The ids for k = b … b + length − 1 (b = 0 or 1), when those are all the family has. */
function complete(members: ReadonlyMap<number, string>, length: number): string[][] {
  if (members.size !== length) return [];
  for (const b of [0, 1]) {
    const ids = Array.from({ length }, (_, i) => members.get(b + i));
    if (ids.every((x) => x !== undefined)) return [ids as string[]];
  }
  return [];
}

/** The families after `rounds` rounds of training, and the other sign of a gradient's. */
function atRound(net: NetworkView, families: readonly string[][], rounds: number): Family[] {
  const out: Family[] = [];
  for (const ids of families) {
    const moved = ids.map((id) => net.inRounds(id, rounds));
    if (moved.some((id) => id === undefined)) continue;
    const values = moved.map((id) => net.valueOf(id!));
    if (values.some((v) => v === undefined)) continue;
    out.push({ ids: moved as string[], values: values as number[] });
    if (SIGNED.has(parseQuantityId(ids[0]!)?.kind ?? '')) out.push({ ids: moved.map((id) => `neg$${id}`), values: (values as number[]).map((v) => -v) });
  }
  return out;
}

/** out − t, t − out and 1 − out of the output units, example by example (each unit's) or unit by unit. */
function errorColumns(net: NetworkView, length: number): Family[] {
  const byExample = (net.graph.examples ?? 1) === length && length > 1;
  const groups = new Map<string, (readonly [number, number])[]>();
  for (const t of net.graph.nodes.values()) {
    if (t.kind !== 'target') continue;
    const out = [...net.graph.nodes.values()].find((n) => n.unit === t.unit && n.kind === 'activation');
    const [o, y] = [out && net.valueOf(qid.value(out.id)), net.valueOf(qid.value(t.id))];
    const group = byExample ? (t.unit ?? '').replace(/_e\d+$/, '') : '';
    if (o !== undefined && y !== undefined) (groups.get(group) ?? groups.set(group, []).get(group)!).push([o, y]);
  }
  const columns = [(o: number, y: number) => o - y, (o: number, y: number) => y - o, (o: number) => 1 - o];
  return [...groups.values()].filter((pairs) => pairs.length === length).flatMap((pairs) => columns.map((f) => ({ values: pairs.map(([o, y]) => f(o, y)) })));
}

const same = (a: readonly number[], b: readonly number[]): boolean => a.every((x, i) => Math.abs(x - b[i]!) <= 1e-12 * Math.max(1, Math.abs(x)));

const rank = (f: Family): number => (f.ids ? PREFERRED.indexOf(parseQuantityId(f.ids[0]!.replace(/^neg\$/, ''))?.kind ?? '') : PREFERRED.length);

/** One family per vector of values: a quantity's before an error column's, the preferred kind first. */
function distinct(families: readonly Family[]): Family[] {
  const out: Family[] = [];
  for (const f of [...families].sort((a, b) => rank(a) - rank(b))) if (!out.some((g) => same(g.values, f.values))) out.push(f);
  return out;
}
