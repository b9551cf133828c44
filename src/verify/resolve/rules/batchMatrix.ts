// Rule batch-matrix: in a derivation over a batch, X, Y, Z^{(l)} and A^{(l)} are matrices with one column (or, in the
// row-major convention, one row) per example: Z_{je}^{(l)} is unit j's net in example e, a one-unit layer's Z_e^{(l)}
// example e's. Which layer is first and whether examples are columns or rows are decided by the printed values.
import { qid } from '../../../derive/quantityRef.js';
import type { Graph } from '../../../graph/types.js';
import { parseCanonicalKey } from '../../read/canonicalName.js';
import { printedAgreement } from '../agreement.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import { chainsOf } from '../../read/readDocument.js';
import { OperatorNode, SymbolNode } from '../../../util/mathjs.js';

type Kind = 'X' | 'Y' | 'Z' | 'A';
/** `fixed`: a word names the layer (hidden_net: the one hidden layer), whichever layer the page counts first. */
interface BatchName { key: string; kind: Kind; layer: number; first: number; second: number | null; after: boolean; fixed?: boolean }
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
    if (graph.layers.length < 2) return;
    const names = [...ctx.read.names].map((key) => batchName(key) ?? wordBatchName(key, graph)).filter((n): n is BatchName => n !== undefined);
    if (names.length === 0) return;
    const valid = READINGS.filter((r) => names.some((n) => idOf(graph, examples, n, r) !== undefined));
    const byKey = new Map(names.map((n) => [n.key, n]));
    const scored = valid.map((r) => ({ r, score: printedAgreement(ctx, (key) => { const n = byKey.get(key); return n && idOf(graph, examples, n, r); }) }))
      .sort((a, b) => b.score - a.score);
    const best = scored[0];
    if (!best || best.score === 0) return;
    // readings that fit as well (X = I reads either way): an entry is bound where they all name the same quantity
    // (a diagonal, a one-unit layer's Z_e), or where the document's products (W X or X W) choose among them
    const fits = scored.filter((s) => s.score === best.score);
    const order = productOrder(ctx);
    const ordered = fits.filter((s) => s.r.examplesAsColumns === order);
    const tied = ordered.length > 0 ? ordered : fits;
    for (const n of names) {
      const id = idOf(graph, examples, n, tied[0]!.r);
      if (id !== undefined && tied.every((t) => idOf(graph, examples, n, t.r) === id)) table.bind(n.key, { id, rule: 'batch-matrix' });
      // an entry the readings that fit name differently is the network's, only which one is open (X = I off its diagonal)
      else if (id !== undefined) table.refuse(n.key, 'the examples as rows and as columns fit its matrix alike, and they make it two different quantities; pin one with --name', 'batch-matrix');
    }
    // E^{+} beside the batch's outputs after the update: the loss after it
    if (ctx.read.names.has('E_plus') && names.some((n) => n.after)) table.bind('E_plus', { id: qid.afterUpdate(graph.root), rule: 'batch-matrix' });
  },
};

/**
 * Whether the document's products put the examples in columns (W X: a weight entry times an X or A entry, W_{11} X_{12})
 * or in rows (X W), as a reader tells them apart when X = I reads either way; undefined when it has neither or both.
 */
function productOrder(ctx: RuleContext): boolean | undefined {
  let [columns, rows] = [0, 0];
  const base = (n: unknown): string | undefined => (n instanceof SymbolNode ? parseCanonicalKey(n.name).base : undefined);
  for (const chain of chainsOf(ctx.read)) {
    for (const side of chain.sides) {
      side.node.traverse((n) => {
        if (!(n instanceof OperatorNode) || n.fn !== 'multiply' || n.args.length !== 2) return;
        const [a, b] = [base(n.args[0]), base(n.args[1])];
        if (a === 'W' && (b === 'X' || b === 'A')) columns++;
        if (b === 'W' && (a === 'X' || a === 'A')) rows++;
      });
    }
  }
  return columns > 0 && rows === 0 ? true : rows > 0 && columns === 0 ? false : undefined;
}

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
  const layer = n.fixed ? n.layer : n.layer - r.shift;
  const units = n.kind === 'X' ? graph.layers[0]! : n.kind === 'Y' ? targetsOf(graph) : graph.layers[layer];
  if (!units || (n.kind !== 'X' && n.kind !== 'Y' && layer < 1)) return undefined;
  const perExample = units.length / examples;
  // one index: a vector, along the examples when there is one unit, along the units when there is one example
  const [unit, example] = n.second === null ? (perExample === 1 ? [1, n.first] : examples === 1 ? [n.first, 1] : [0, 0]) : r.examplesAsColumns ? [n.first, n.second] : [n.second, n.first];
  if (unit < 1 || unit > perExample || example < 1 || example > examples) return undefined;
  const u = units[(example - 1) * perExample + unit - 1]!;
  if (n.kind === 'X' || n.kind === 'Y') return qid.value(u);
  // a unit's net and output are the nodes net_<unit> and out_<unit> (compileNetwork; derive's dense layers read them so)
  const node = n.kind === 'Z' ? `net_${u}` : `out_${u}`;
  return graph.nodes.has(node) ? (n.after ? qid.afterUpdate(node) : qid.value(node)) : undefined;
}

/** Words for a batch's matrices (case and underscores aside): the inputs, the targets, a layer's nets and outputs. */
const WORDS: readonly [RegExp, Kind, 'hidden' | 'output' | null][] = [
  [/^(?:inputs?|patterns?)$/, 'X', null],
  [/^targets?$/, 'Y', null],
  [/^hidden(?:net|in|inputs?)$/, 'Z', 'hidden'],
  [/^hidden(?:out|outputs?|activations?)$/, 'A', 'hidden'],
  [/^(?:outer|output|out)(?:net|in|inputs?)$/, 'Z', 'output'],
  [/^(?:outer|output)(?:out|outputs?|activations?)$/, 'A', 'output'],
];

/**
 * hidden_net_{21}, outer_out_3, inputs_{12}: an entry of a batch matrix the page names by words (code's and R's
 * hidden_net, hidden_out, outer_net, outer_out), the hidden one only where the network has one hidden layer.
 */
function wordBatchName(key: string, graph: Graph): BatchName | undefined {
  const p = parseCanonicalKey(key);
  const m = /^(.*?)(\d\d|\d)$/.exec(`${p.base}${p.sub}`.replace(/_/g, ''));
  if (!m || p.marks.length > 0 || p.layer !== '' || (graph.examples ?? 1) < 2) return undefined;
  const found = WORDS.find(([re]) => re.test(m[1]!.toLowerCase()));
  if (!found || (found[2] === 'hidden' && graph.layers.length !== 3)) return undefined;
  const [, kind, which] = found;
  const layer = which === 'hidden' ? 1 : which === 'output' ? graph.layers.length - 1 : 0;
  const digits = m[2]!;
  return { key, kind, layer, first: Number(digits[0]), second: digits.length === 2 ? Number(digits[1]) : null, after: false, fixed: true };
}

function targetsOf(graph: Graph): string[] {
  return [...graph.nodes.values()].filter((g) => g.kind === 'target').map((g) => g.id);
}
