// Names a document defines in its own notation (z, y_{pred}, L, \hat{y}) found by what they are defined as:
// `z = w_{11} x_1 + w_{12} x_2 + b` is the net of the neuron because the formula equals that quantity at the
// network's values and at other points, whatever the letters. Leaves the formula reads but never defines
// (y for the target) are found the same way, by trying the network's inputs, targets and parameters.
import { SymbolNode, type MathNode } from '../util/mathjs.js';
import { forEachSymbol } from '../util/mathNodes.js';
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import type { Point } from './checkChain.js';
import { BLANK_NAME, ELLIPSIS_NAME, nodeKey, parseCanonicalKey } from './canonicalName.js';
import { evaluateSide, type Lookup } from './evaluateSide.js';
import type { NamedQuantity } from './nameTable.js';
import type { DocumentEquation } from './readEquations.js';

/** The engine's quantity kinds, in the order a name is taken to mean them when several have the same values everywhere. */
const PREFERENCE = ['v$', 'd$', 'g$', 'lp$', 'pd$', 'ct$', 'u$'];
/** At most this many unknown leaves in one formula, and this many candidate leaves: a search, not an explosion. */
const MAX_UNKNOWN = 2;
const MAX_LEAVES = 40;

interface Solution {
  /** The quantity the name is taken to mean, and every quantity equal to it at every point (best first). */
  quantity: NamedQuantity;
  same: NamedQuantity[];
  /** The leaves given to the formula's unknown names. */
  assign: Map<string, NamedQuantity>;
}

export interface InferContext {
  doc: DerivationDocument;
  /** The exact value of a quantity id (throws or NaN for ids without one). */
  exact(id: string): number;
  /** The network at other points (pseudo-random leaves). */
  points(): readonly Point[];
  units(index: string): string[];
}

/**
 * Adds to `table` the names the document defines by formula, and the derivatives written with them
 * (∂L/∂z once L is the loss and z a net). Returns the names it added, in the order found.
 */
export function inferNames(table: Map<string, NamedQuantity>, equations: readonly DocumentEquation[], ctx: InferContext): string[] {
  const added: string[] = [];
  const chains = equations.flatMap((e) => (e.parse.skipped ? [] : e.parse.chains));
  // Names the document defines by a formula of names (e_1 = y_1 - t_1): their definition decides, not their index.
  const definedByFormula = new Set(chains.flatMap((c) => {
    const lhs = c.sides[0]?.node;
    if (!(lhs instanceof SymbolNode)) return [];
    const byNames = c.sides.slice(1).some((side) => {
      let names = false;
      forEachSymbol(side.node, () => void (names = true));
      return names;
    });
    return byNames ? [lhs.name] : [];
  }));
  // A document written in the network's own notation has nothing to find: no index of the table is built.
  if (!chains.some((c) => c.sides.some((side) => unknownNames(side.node, table).length > 0))) return added;
  const byId = new Map<string, NamedQuantity>();
  for (const q of table.values()) if (!byId.has(q.id)) byId.set(q.id, q);
  const graph = ctx.doc.derivation.graph;
  // What a formula may read without defining: inputs, targets, parameters and the learning rate (a, α, lr...).
  const leaves = [...byId.values()].filter((q) => {
    if (q.id === 'eta') return true;
    const node = q.id.startsWith('v$') ? graph.nodes.get(q.id.slice(2)) : undefined;
    return node !== undefined && (node.kind === 'input' || node.kind === 'target' || node.kind === 'param');
  });
  // The total loss before a loss term equal to it (one output): documents mean the total by L, E, J or C.
  const root = `v$${graph.root}`;
  const candidates = [...byId.values()].sort((a, b) => (a.id === root ? -1 : b.id === root ? 1 : rank(a.id) - rank(b.id)));
  const value = (id: string): number | undefined => {
    try {
      const x = ctx.exact(id);
      return Number.isFinite(x) ? x : undefined;
    } catch {
      return undefined;
    }
  };
  const lookupWith = (assign: ReadonlyMap<string, NamedQuantity>, at: (id: string) => number | undefined): Lookup => ({
    value: (key) => {
      const q = assign.get(key) ?? table.get(key);
      return q ? at(q.id) : undefined;
    },
    units: ctx.units,
  });

  // Candidates sorted by value, so a formula's value finds its few equals by binary search (a table of a large
  // network has 10^5 quantities and a document may define dozens of names).
  let byValue: { q: NamedQuantity; v: number; order: number }[] | undefined;
  const near = (x: number): NamedQuantity[] => {
    byValue ??= candidates.flatMap((q, order) => {
      const v = value(q.id);
      return v === undefined ? [] : [{ q, v, order }];
    }).sort((a, b) => a.v - b.v);
    const tol = 1e-9 * Math.max(1, Math.abs(x));
    let lo = 0;
    let hi = byValue.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byValue[mid]!.v < x - tol) lo = mid + 1;
      else hi = mid;
    }
    const found: { q: NamedQuantity; order: number }[] = [];
    for (let i = lo; i < byValue.length && byValue[i]!.v <= x + tol; i++) if (close(byValue[i]!.v, x)) found.push(byValue[i]!);
    // In the candidates' order of preference (the total loss first, then values, deltas, gradients...).
    return found.sort((a, b) => a.order - b.order).map((f) => f.q);
  };

  /** Engine key → the document's names for the same quantity. */
  const docNames = new Map<string, string[]>();
  for (let pass = 0, grew = true; grew && pass < 4; pass++) {
    grew = false;
    for (const chain of chains) {
      const lhs = chain.sides[0]?.node;
      // E = ½(desired − Predicted)²: a known left side tells what its formula's unknown leaves must be.
      const known = lhs ? nodeKey(lhs) : null;
      const subject = known === null ? undefined : table.get(known);
      if (subject) {
        for (const side of chain.sides.slice(1)) {
          const unknown = unknownNames(side.node, table);
          if (unknown.length === 0 || unknown.length > MAX_UNKNOWN || leaves.length > MAX_LEAVES) continue;
          const assign = solveLeaves(side.node, unknown, subject);
          if (!assign) continue;
          accept([...assign].map(([u, q]) => [u, [q]] as const));
          grew = true;
          break;
        }
        continue;
      }
      const name = lhs instanceof SymbolNode ? lhs.name : undefined;
      if (name === undefined || table.has(name) || name === BLANK_NAME || name === ELLIPSIS_NAME || name === 'e') continue;
      for (const side of chain.sides.slice(1)) {
        const unknown = unknownNames(side.node, table);
        // w = w − η ∂L/∂w is an update, not a definition of w.
        if (unknown.includes(name) || unknown.length > MAX_UNKNOWN || (unknown.length > 0 && leaves.length > MAX_LEAVES)) continue;
        const found = solve(side.node, unknown);
        if (!found) continue;
        accept([[name, found.same] as const, ...[...found.assign].map(([u, q]) => [u, [q]] as const)]);
        grew = true;
        break;
      }
    }
    // h_1 defined by its formula, then "similarly, h_2 = 0.5969": the same letter with another index is the
    // same kind of node, in the same layer, at that index.
    const siblings = indexedSiblings();
    if (siblings.length > 0) {
      accept(siblings.map(([alias, q]) => [alias, [q]] as const));
      grew = true;
    }
  }
  added.push(...addUpdateMarks(table, added, byId));
  return added;

  /** For each name found so far as base_n (or base_{h1}) for a node of a layer, the same name for the layer's other nodes. */
  function indexedSiblings(): [string, NamedQuantity][] {
    const out: [string, NamedQuantity][] = [];
    for (const alias of added) {
      const parts = parseCanonicalKey(alias);
      const q = table.get(alias);
      const m = q ? /^(v|d)\$(.+)$/.exec(q.id) : null;
      const node = m ? graph.nodes.get(m[2]!) : undefined;
      if (!m || !node || node.index === undefined || parts.marks.length > 0) continue;
      // The subscript is the node's position (z_1) or its unit's name (z_{h1}).
      const byIndex = /^\d+$/.test(parts.sub) && Number(parts.sub) === node.index;
      const byUnit = !byIndex && node.unit !== undefined && parts.sub === node.unit;
      if (!byIndex && !byUnit) continue;
      for (const other of graph.nodes.values()) {
        if (other === node || other.kind !== node.kind || other.layer !== node.layer || other.index === undefined) continue;
        const sub = byIndex ? String(other.index) : other.unit;
        if (sub === undefined) continue;
        const name = `${parts.base}_${sub}${parts.layer ? `^(${parts.layer})` : ''}`;
        const sibling = byId.get(`${m[1]}$${other.id}`);
        if (sibling && !table.has(name) && !definedByFormula.has(name) && !out.some(([n]) => n === name)) out.push([name, sibling]);
      }
    }
    return out;
  }

  /** Names a quantity (the best of those equal to it everywhere) by the document's name. */
  function accept(found: readonly (readonly [string, readonly NamedQuantity[]])[]): void {
    for (const [alias, same] of found) {
      // The engine's own (non-derivative) keys of the quantity, and of any quantity equal to it everywhere
      // (E_total and E_o with one output), now also go by the document's name.
      const ids = new Set(same.map((q) => q.id));
      for (const [key, x] of table) if (ids.has(x.id) && !key.startsWith('∂')) (docNames.get(key) ?? docNames.set(key, []).get(key)!).push(alias);
      table.set(alias, same[0]!);
      added.push(alias);
    }
    added.push(...addDerivativeAliases(table, docNames));
  }

  /** The one assignment of the unknown leaves under which the formula is the given quantity everywhere. */
  function solveLeaves(formula: MathNode, unknown: string[], subject: NamedQuantity): Map<string, NamedQuantity> | undefined {
    const found: Map<string, NamedQuantity>[] = [];
    const target = value(subject.id);
    if (target === undefined) return undefined;
    for (const assign of assignments(unknown, leaves)) {
      const here = evaluateSide(formula, lookupWith(assign, value)).value;
      if (here === undefined || !close(here, target)) continue;
      const elsewhere = ctx.points().map((p) => evaluateSide(formula, lookupWith(assign, (id) => p.value(id))).value);
      const everywhere = elsewhere.every((x, i) => x !== undefined && close(ctx.points()[i]!.value(subject.id), x));
      if (everywhere && !constant(here, elsewhere as number[])) found.push(assign);
    }
    return only(found);
  }

  /**
   * The one reading, or among several the one whose leaves agree with the names' subscripts (y_1 is the
   * target of the first output when the targets of the first and third are both 0); otherwise none.
   */
  function only(readings: Map<string, NamedQuantity>[]): Map<string, NamedQuantity> | undefined {
    if (readings.length <= 1) return readings[0];
    const agreeing = readings.filter((assign) => [...assign].every(([name, q]) => subscriptAgrees(name, q)));
    return agreeing.length === 1 ? agreeing[0] : undefined;
  }

  function subscriptAgrees(name: string, q: NamedQuantity): boolean {
    const sub = parseCanonicalKey(name).sub;
    const node = q.id.startsWith('v$') ? graph.nodes.get(q.id.slice(2)) : undefined;
    return /^\d+$/.test(sub) && node?.index !== undefined && Number(sub) === node.index;
  }

  /** The one quantity (and assignment of the unknown leaves) the formula equals at the network's values and at every other point. */
  function solve(formula: MathNode, unknown: string[]): Solution | undefined {
    const matches: Solution[] = [];
    for (const assign of assignments(unknown, leaves)) {
      const here = evaluateSide(formula, lookupWith(assign, value));
      if (here.value === undefined || here.names === 0) continue;
      const points = ctx.points().map((p) => evaluateSide(formula, lookupWith(assign, (id) => p.value(id))).value);
      if (points.some((x) => x === undefined) || constant(here.value, points as number[])) continue;
      const same = near(here.value).filter((q) => ctx.points().every((p, i) => close(p.value(q.id), points[i]!)));
      if (same.length > 0) matches.push({ quantity: same[0]!, same, assign });
    }
    // Two readings of the same formula: only the one whose leaves agree with the subscripts, else none.
    const assign = only(matches.map((m) => m.assign));
    return assign ? matches.find((m) => m.assign === assign) : undefined;
  }
}

/** Names and derivatives in a formula that the table does not know. */
function unknownNames(node: MathNode, table: ReadonlyMap<string, NamedQuantity>): string[] {
  const out = new Set<string>();
  forEachSymbol(node, (name) => {
    if (name !== 'e' && name !== BLANK_NAME && name !== ELLIPSIS_NAME && !table.has(name)) out.add(name);
  });
  return [...out];
}

/** Every way to give the unknown names distinct leaves (one empty assignment when nothing is unknown). */
function* assignments(unknown: readonly string[], leaves: readonly NamedQuantity[], taken = new Map<string, NamedQuantity>()): Generator<Map<string, NamedQuantity>> {
  if (taken.size === unknown.length) {
    yield new Map(taken);
    return;
  }
  const name = unknown[taken.size]!;
  for (const leaf of leaves) {
    if ([...taken.values()].includes(leaf)) continue;
    taken.set(name, leaf);
    yield* assignments(unknown, leaves, taken);
    taken.delete(name);
  }
}

/**
 * ∂L/∂z for ∂E_total/∂net_o once L names the loss and z the net: every derivative key of the table whose
 * parts have a document name is added again, written with the document's names.
 */
function addDerivativeAliases(table: Map<string, NamedQuantity>, docNames: ReadonlyMap<string, readonly string[]>): string[] {
  const added: string[] = [];
  const names = (part: string): readonly string[] => [part, ...(docNames.get(part) ?? [])];
  for (const [key, q] of [...table]) {
    const m = /^∂(.+?)\/∂(.+)$/.exec(key);
    if (!m || (!docNames.has(m[1]!) && !docNames.has(m[2]!))) continue;
    for (const of of names(m[1]!)) {
      for (const wrt of names(m[2]!)) {
        const alias = `∂${of}/∂${wrt}`;
        if (!table.has(alias)) {
          table.set(alias, q);
          added.push(alias);
        }
      }
    }
  }
  return added;
}

/**
 * Once w_5^{*} and w_6^{*} are found to be updated weights, the document writes updates with a star: every
 * parameter with that mark is its updated value (w_1^{*}, whose formula may be the one that is wrong).
 */
function addUpdateMarks(table: Map<string, NamedQuantity>, found: readonly string[], byId: ReadonlyMap<string, NamedQuantity>): string[] {
  const marks = new Set<string>();
  for (const alias of found) {
    const q = table.get(alias);
    if (!q?.id.startsWith('u$')) continue;
    for (const [key, x] of table) if (x.id === `v$${q.id.slice(2)}` && alias.startsWith(`${key}_`) && !key.startsWith('∂')) marks.add(alias.slice(key.length + 1));
  }
  const added: string[] = [];
  for (const mark of marks) {
    for (const [key, x] of [...table]) {
      const updated = x.id.startsWith('v$') && !key.startsWith('∂') ? byId.get(`u$${x.id.slice(2)}`) : undefined;
      if (updated && !table.has(`${key}_${mark}`)) {
        table.set(`${key}_${mark}`, updated);
        added.push(`${key}_${mark}`);
      }
    }
  }
  return added;
}

function rank(id: string): number {
  const i = PREFERENCE.findIndex((p) => id.startsWith(p));
  return i < 0 ? PREFERENCE.length : i;
}

/** A formula with the same value at every point identifies nothing (−log 1 is 0 like every zero quantity). */
function constant(here: number, elsewhere: readonly number[]): boolean {
  return elsewhere.every((x) => close(x, here));
}

function close(a: number | undefined, b: number): boolean {
  return a !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

