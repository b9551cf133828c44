// Rule batch-matrix: in a derivation over a batch, X, Y, Z^{(l)} and A^{(l)} are matrices with one column (or, in the
// row-major convention, one row) per example: Z_{je}^{(l)} is unit j's net in example e, a one-unit layer's Z_e^{(l)}
// example e's. Which layer is first and whether examples are columns or rows are decided by the printed values.
import { qid } from '../../../derive/quantityRef.js';
import type { Graph } from '../../../graph/types.js';
import { parseCanonicalKey } from '../../read/canonicalName.js';
import { printedAgreement } from '../agreement.js';
import type { NameRule } from '../nameRule.js';

type Kind = 'X' | 'Y' | 'Z' | 'A';
interface BatchName { key: string; kind: Kind; layer: number; first: number; second: number | null; after: boolean }
interface Reading { shift: 0 | 1; examplesAsColumns: boolean }

const READINGS: readonly Reading[] = [
  { shift: 0, examplesAsColumns: true },
  { shift: 0, examplesAsColumns: false },
  { shift: 1, examplesAsColumns: true },
  { shift: 1, examplesAsColumns: false },
];

export const batchMatrix: NameRule = {
  name: 'batch-matrix',
  apply(table, ctx) {
    const graph = ctx.net.graph;
    const examples = graph.examples ?? 1;
    if (examples < 2 || graph.layers.length < 2) return;
    const names = [...ctx.read.names].map(batchName).filter((n): n is BatchName => n !== undefined);
    if (names.length === 0) return;
    const valid = READINGS.filter((r) => names.some((n) => idOf(graph, examples, n, r) !== undefined));
    const byKey = new Map(names.map((n) => [n.key, n]));
    const scored = valid.map((r) => ({ r, score: printedAgreement(ctx, (key) => { const n = byKey.get(key); return n && idOf(graph, examples, n, r); }) }))
      .sort((a, b) => b.score - a.score);
    const best = scored[0];
    if (!best || best.score === 0) return;
    // readings that fit as well (X = I reads either way): an entry is bound where they all name the same quantity
    // (a diagonal, a one-unit layer's Z_e); equal values are not enough, since formulas are also checked elsewhere
    const tied = scored.filter((s) => s.score === best.score);
    for (const n of names) {
      const id = idOf(graph, examples, n, best.r);
      if (id !== undefined && tied.every((t) => idOf(graph, examples, n, t.r) === id)) table.bind(n.key, { id, rule: 'batch-matrix' });
    }
    // E^{+} beside the batch's outputs after the update: the loss after it
    if (ctx.read.names.has('E_plus') && names.some((n) => n.after)) table.bind('E_plus', { id: qid.afterUpdate(graph.root), rule: 'batch-matrix' });
  },
};

/** X_{12}, Y_2, Z_{21}^{(1)}, A_2^{(2)}: a batch matrix's entry (capital letters: the lower-case ones are one example's). */
function batchName(key: string): BatchName | undefined {
  const p = parseCanonicalKey(key);
  const kind = p.base as Kind;
  // {A^{(1)}}^{+}: the outputs after the update
  const after = p.marks.length === 1 && p.marks[0] === 'plus' && (kind === 'Z' || kind === 'A');
  if (!['X', 'Y', 'Z', 'A'].includes(kind) || (p.marks.length > 0 && !after)) return undefined;
  const layered = kind === 'Z' || kind === 'A';
  if (layered !== /^\d+$/.test(p.layer)) return undefined;
  const layer = layered ? Number(p.layer) : 0;
  if (/^\d\d$/.test(p.sub)) return { key, kind, layer, first: Number(p.sub[0]), second: Number(p.sub[1]), after };
  if (/^\d$/.test(p.sub)) return { key, kind, layer, first: Number(p.sub), second: null, after };
  return undefined;
}

/** The quantity of an entry under a reading: (unit j, example e), or undefined where the network has none. */
function idOf(graph: Graph, examples: number, n: BatchName, r: Reading): string | undefined {
  const units = n.kind === 'X' ? graph.layers[0]! : n.kind === 'Y' ? targetsOf(graph) : graph.layers[n.layer - r.shift];
  if (!units || (n.kind !== 'X' && n.kind !== 'Y' && n.layer - r.shift < 1)) return undefined;
  const perExample = units.length / examples;
  // one index: a vector, which is along the examples only when there is one unit
  const [unit, example] = n.second === null ? (perExample === 1 ? [1, n.first] : [0, 0]) : r.examplesAsColumns ? [n.first, n.second] : [n.second, n.first];
  if (unit < 1 || unit > perExample || example < 1 || example > examples) return undefined;
  const u = units[(example - 1) * perExample + unit - 1]!;
  if (n.kind === 'X' || n.kind === 'Y') return qid.value(u);
  // a unit's net and output are the nodes net_<unit> and out_<unit> (compileNetwork; derive's dense layers read them so)
  const node = n.kind === 'Z' ? `net_${u}` : `out_${u}`;
  return graph.nodes.has(node) ? (n.after ? qid.afterUpdate(node) : qid.value(node)) : undefined;
}

function targetsOf(graph: Graph): string[] {
  return [...graph.nodes.values()].filter((g) => g.kind === 'target').map((g) => g.id);
}
