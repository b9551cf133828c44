// A sum over an index (\sum_o δ_o w_{ho}, \sum_k (a^{(3)}_k - y_k)^2) as the network's terms: which units or numbers the index runs through.
import { ConstantNode, FunctionNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { canonicalKey, parseCanonicalKey } from '../read/canonicalName.js';

/** What a sum needs of evaluateSide's lookup (kept here so the two files do not import each other). */
interface SumLookup {
  value(key: string): number | undefined;
  units(index: string): string[];
}
type Evaluate<L> = (node: MathNode, lookup: L) => { value?: number; unresolved: string[] };

/**
 * \sum_o δ_o w_... : the index ranges over the units named with its letter (o1, o2), and every name whose whole
 * subscript is the index takes each unit in turn. An index no unit is named with (\sum_k (a^{(3)}_k - y_k)^2) counts
 * 1, 2, … for as long as every name it subscripts exists (numberedInstances). Bounds that evaluate to whole numbers
 * (\sum_{i=1}^{m}, m the page's count of examples) run from one to the other, the index a subscript or a superscript
 * (\hat{y}^{(i)}, Ng's i-th example).
 */
export function expandSum<L extends SumLookup>(n: FunctionNode, lookup: L, unresolved: Set<string>, evaluateSide: Evaluate<L>): MathNode | undefined {
  const [indexNode, body, ...bounds] = n.args;
  const index = indexNode instanceof ConstantNode ? String(indexNode.value) : '';
  if (index === '' || !body) return undefined;
  const range = bounds.length > 0 ? boundsOf(bounds, lookup, evaluateSide) : undefined;
  if (bounds.length > 0 && !range) return undefined;
  const units = range ? [] : lookup.units(index);
  const instances = range ? range.map((k) => indexed(body, index, String(k))) : units.length > 0 ? units.map((unit) => indexed(body, index, unit)) : numberedInstances(body, index, lookup);
  if (instances.length === 0) return undefined;
  let total = 0;
  for (const instance of instances) {
    const v = evaluateSide(instance, lookup);
    if (v.value === undefined) {
      v.unresolved.forEach((u) => unresolved.add(u));
      return undefined;
    }
    total += v.value;
  }
  return new ConstantNode(total);
}

/** Past this many terms, bounds are not counted through. */
const MAX_TERMS = 64;

/** lower … upper as whole numbers, or undefined where either is not one (or the range is empty or too long). */
function boundsOf<L extends SumLookup>(bounds: readonly MathNode[], lookup: L, evaluateSide: Evaluate<L>): number[] | undefined {
  const [lo, hi] = bounds.map((b) => (b instanceof ConstantNode && b.value === '' ? undefined : evaluateSide(b, lookup).value));
  if (lo === undefined || hi === undefined || !Number.isInteger(lo) || !Number.isInteger(hi) || hi < lo || hi - lo >= MAX_TERMS) return undefined;
  return Array.from({ length: hi - lo + 1 }, (_, k) => lo + k);
}

/** The body with every name whose whole subscript (or whole superscript) is the index given `value` for it. */
function indexed(body: MathNode, index: string, value: string): MathNode {
  return body.transform((m, path) => {
    if (!(m instanceof SymbolNode) || path === 'fn') return m;
    const parts = parseCanonicalKey(m.name);
    if (parts.layer === index) return new SymbolNode(canonicalKey({ ...parts, layer: value }));
    return parts.sub === index ? new SymbolNode(canonicalKey({ ...parts, sub: value })) : m;
  });
}

/** The names a sum's index runs through (a_k^{(3)} and y_k in \sum_k (a^{(3)}_k - y_k)^2): placeholders, not names to resolve. */
export function namesBoundBySums(node: MathNode): Set<string> {
  const out = new Set<string>();
  node.traverse((n) => {
    if (!(n instanceof FunctionNode) || n.fn.name !== 'sum_over') return;
    const [indexNode, body] = n.args;
    const index = indexNode instanceof ConstantNode ? String(indexNode.value) : '';
    if (index === '' || !body) return;
    body.traverse((m: MathNode) => {
      if (m instanceof SymbolNode && (parseCanonicalKey(m.name).sub === index || parseCanonicalKey(m.name).layer === index)) out.add(m.name);
    });
  });
  return out;
}

/** Past any layer this wide, a numbered index is not counted on. */
const MAX_NUMBERED = 64;

/**
 * k = 1, 2, … while every name the index subscripts has a value, stopping where none has: at least two instances,
 * none where only some names exist (a mismatch of conventions), and none where k = 0 names quantities too (which
 * base the document counts from is then unknown).
 */
function numberedInstances(body: MathNode, index: string, lookup: SumLookup): MathNode[] {
  const subscripted = body.filter((m) => m instanceof SymbolNode && parseCanonicalKey(m.name).sub === index).map((m) => parseCanonicalKey((m as SymbolNode).name));
  if (subscripted.length === 0) return [];
  const found = (k: number): number => subscripted.filter((p) => lookup.value(canonicalKey({ ...p, sub: String(k) })) !== undefined).length;
  if (found(0) > 0) return [];
  const out: MathNode[] = [];
  for (let k = 1; k <= MAX_NUMBERED; k++) {
    const n = found(k);
    if (n === 0) break;
    if (n < subscripted.length) return [];
    out.push(indexed(body, index, String(k)));
  }
  return out.length >= 2 ? out : [];
}
