// The derivation as a document: sections of blocks of equations, each a chain of forms, in the slides' order.
import type { MathNode } from 'mathjs';
import { op, sym } from '../util/mathNodes.js';
import type { Derivation } from './deriveGraph.js';
import { expand, expandLocal, type ExpandMemo } from './expand.js';
import { qid } from './quantity.js';
import { fusedOutputDelta, type FusedPair } from './fusedDelta.js';

/** One printed line: lhs = forms[0] = forms[1] = … = (numbers of `numeric`) = value. */
export interface Equation {
  /** A quantity id, or `after$node` for a value after the update. */
  lhs: string;
  forms: MathNode[];
  /** The form whose symbols are replaced by their numbers; null prints no numbers line. */
  numeric: MathNode | null;
  /** Print the value at the end. */
  showValue: boolean;
  /** A fused output δ: the printers add one line saying why σ′ cancels. */
  note?: FusedPair;
}

export type SectionId = 'index' | 'forward' | 'error' | 'output' | 'hidden' | 'shared' | 'backward' | 'updates' | 'after';

export interface Block {
  /** The unit or node the block is about (h1), or undefined. */
  subject?: string;
  equations: Equation[];
}

export interface Section {
  id: SectionId;
  /** Hidden layers are numbered from the input side (1 = first hidden layer). */
  layer?: number;
  blocks: Block[];
}

export interface Layout {
  sections: Section[];
}

export const afterId = qid.afterUpdate;

/** Limits a layout to some quantities and parameters (large networks with --only); forward and error are left out. */
export interface Restriction {
  quantities: ReadonlySet<string>;
  params: ReadonlySet<string>;
}

/** What the layout lists after the update: the outputs and the loss (default), or every computed node. */
export type AfterUpdate = 'outputs' | 'all';

export interface LayoutOptions {
  afterUpdate?: AfterUpdate;
}

/** Builds the document of a derivation. */
export function layoutDerivation(d: Derivation, restrict?: Restriction, options: LayoutOptions = {}): Layout {
  return d.graph.kind === 'network' ? layoutNetwork(d, restrict, options) : layoutGraph(d, options);
}

/** Every node the forward pass computes (nets, units, loss terms, the loss; a graph's expressions), in order. */
export function computedNodes(d: Derivation): string[] {
  const g = d.graph;
  return g.order.filter((id) => COMPUTED.has(g.nodes.get(id)!.kind));
}
const COMPUTED = new Set(['net', 'activation', 'lossTerm', 'loss', 'expr']);

type Eq = (lhs: string, forms: MathNode[], numeric?: MathNode | null, showValue?: boolean) => Equation;

function equationMaker(d: Derivation): { eq: Eq; def: (id: string) => MathNode } {
  const def = (id: string): MathNode => {
    const q = d.quantities.get(id);
    if (!q?.def) throw new Error(`no definition for ${id}`);
    return q.def;
  };
  const eq: Eq = (lhs, forms, numeric = forms.at(-1) ?? null, showValue = true) => ({ lhs, forms, numeric, showValue });
  return { eq, def };
}

function layoutNetwork(d: Derivation, restrict: Restriction | undefined, options: LayoutOptions): Layout {
  const { graph, quantities } = d;
  const { eq, def } = equationMaker(d);
  const memo: ExpandMemo = new Map();
  const layers = graph.layers.slice(1);
  const forward: Block[] = layers.flat().map((u) => ({
    subject: u,
    equations: [eq(qid.value(`net_${u}`), [def(qid.value(`net_${u}`))]), eq(qid.value(`out_${u}`), [def(qid.value(`out_${u}`))])],
  }));
  const outputs = layers.at(-1)!;
  const hasLoss = graph.nodes.get(graph.root)!.kind === 'loss';
  const error: Block = { equations: hasLoss ? [...outputs.map((u) => eq(qid.value(`E_${u}`), [def(qid.value(`E_${u}`))])), eq(qid.value(graph.root), [def(qid.value(graph.root))])] : [] };
  if (graph.forwardOnly) return { sections: [{ id: 'forward', blocks: forward }] };

  const has = (id: string): boolean => quantities.has(id) && (!restrict || restrict.quantities.has(id));
  // a set: every net asks of each parent, and an array's includes made that quadratic in the parameters
  const trainable = new Set(graph.trainable);
  const paramEquations = (net: string, delta: string, fused: MathNode | undefined): Equation[] => {
    const out: Equation[] = [];
    for (const p of graph.nodes.get(net)!.parents) {
      if (!trainable.has(p) || graph.children.get(p)!.length !== 1 || !has(qid.adjoint(p))) continue;
      if (restrict && !restrict.params.has(p)) continue;
      const pd = qid.partial(net, p);
      const chain = def(qid.adjoint(p));
      out.push(eq(pd, [def(pd)]));
      out.push(eq(qid.adjoint(p), [chain]));
      out.push(eq(qid.adjoint(p), [op('*', sym(delta), def(pd))]));
      // Fused: δ · ∂net/∂w with δ as out − target, (out_o1 − target_o1) · out_h1, instead of the long product.
      out.push(eq(qid.adjoint(p), [expand(fused ? op('*', fused, sym(pd)) : chain, quantities, true, memo)], null, false));
      out.push(...updateEquations(d, p, eq, def));
    }
    return out;
  };
  const unitBlock = (u: string, contributions: Equation[]): Block => {
    const out = `out_${u}`;
    const net = `net_${u}`;
    const g = qid.adjoint(out);
    // Hidden units: the named sum, then Σ_o δ_o w_ho; output units: the loss derivative itself, or the given ∂f/∂f.
    const seeded = out === graph.root;
    const fused = contributions.length ? undefined : fusedOutputDelta(graph, u);
    const gForms = seeded ? [] : contributions.length ? [def(g), expand(def(g), quantities, true, memo)] : [expand(def(g), quantities, true, memo)];
    return {
      subject: u,
      equations: [
        ...contributions,
        eq(g, gForms, gForms[0] ?? null),
        eq(qid.partial(out, net), [def(qid.partial(out, net))]),
        // The general chain written out once, for the first output, before it simplifies to out − target.
        fused ? fusedDeltaEquation(net, [def(qid.adjoint(net)), ...(u === outputs[0] ? [expand(def(qid.adjoint(net)), quantities, true, memo)] : []), fused.form], fused.pair) : eq(qid.delta(net), [sym(qid.adjoint(net)), def(qid.adjoint(net)), expand(def(qid.adjoint(net)), quantities, true, memo)], def(qid.adjoint(net))),
        ...paramEquations(net, qid.delta(net), fused?.form),
      ],
    };
  };
  const sections: Section[] = [
    ...(restrict ? [] : [{ id: 'forward' as const, blocks: forward }, { id: 'error' as const, blocks: [error] }]),
    { id: 'output', blocks: outputs.filter((u) => has(qid.adjoint(`out_${u}`))).map((u) => unitBlock(u, [])) },
  ];
  for (let l = layers.length - 1; l >= 1; l--) {
    const blocks = layers[l - 1]!.filter((u) => has(qid.adjoint(`out_${u}`))).map((u) => unitBlock(u, contributionEquations(d, `out_${u}`, eq, def)));
    sections.push({ id: 'hidden', layer: l, blocks });
  }
  const shared = graph.trainable.filter((p) => graph.children.get(p)!.length > 1 && has(qid.adjoint(p)) && (!restrict || restrict.params.has(p)));
  if (shared.length) {
    sections.push({ id: 'shared', blocks: shared.map((p) => ({ subject: p, equations: [eq(qid.adjoint(p), [def(qid.adjoint(p))]), ...updateEquations(d, p, eq, def)] })) });
  }
  sections.push(updatesSection(d, eq, false, restrict?.params), afterSection(d, options.afterUpdate === 'all' ? computedNodes(d) : [...new Set([...outputs.map((u) => `out_${u}`), graph.root])], eq));
  return { sections: sections.filter((s) => s.blocks.some((b) => b.equations.length > 0)) };
}

/** δ_o = ∂E/∂net_o = the named chain = out_o − target_o = numbers = value, with the note on why σ′ cancels. */
function fusedDeltaEquation(net: string, forms: MathNode[], pair: FusedPair): Equation {
  return { lhs: qid.delta(net), forms: [sym(qid.adjoint(net)), ...forms], numeric: forms.at(-1)!, showValue: true, note: pair };
}

function contributionEquations(d: Derivation, out: string, eq: Eq, def: (id: string) => MathNode): Equation[] {
  const list: Equation[] = [];
  for (const c of d.graph.children.get(out)!) {
    const ct = qid.contribution(c, out);
    if (!d.quantities.has(ct)) continue;
    list.push(eq(qid.partial(c, out), [def(qid.partial(c, out))]));
    if (d.contributionTerms.has(ct)) list.push(eq(ct, [def(ct)]));
  }
  return list;
}

function layoutGraph(d: Derivation, options: LayoutOptions): Layout {
  const { graph, quantities } = d;
  const { eq, def } = equationMaker(d);
  const forward: Block = { equations: graph.order.filter((id) => graph.nodes.get(id)!.kind === 'expr').map((id) => eq(qid.value(id), [def(qid.value(id))])) };
  // A given output gradient comes first: ∂f/∂f = 1, as micrograd's figures start from out.grad = 1.
  const seed: Block[] = graph.seed === undefined ? [] : [{ subject: graph.root, equations: [eq(qid.adjoint(graph.root), [], null)] }];
  const backward: Block[] = d.adjointNodes.map((n) => {
    const equations: Equation[] = [];
    for (const c of graph.children.get(n)!) {
      const pd = qid.partial(c, n);
      // ∂root/∂n is the adjoint itself: its line follows.
      if (quantities.has(pd) && c !== graph.root) equations.push(eq(pd, [def(pd)]));
    }
    const g = def(qid.adjoint(n));
    const full = expandLocal(g, quantities);
    const lone = (g as { isSymbolNode?: boolean }).isSymbolNode === true;
    equations.push(eq(qid.adjoint(n), full.toString() === g.toString() ? [g] : [g, full], lone ? full : g));
    return { subject: n, equations };
  });
  const sections: Section[] = [{ id: 'forward', blocks: [forward] }, { id: 'backward', blocks: [...seed, ...backward] }];
  if (graph.trainable.some((p) => quantities.has(qid.update(p)))) {
    sections.push(updatesSection(d, eq, true), afterSection(d, options.afterUpdate === 'all' ? computedNodes(d) : [graph.root], eq));
  }
  return { sections };
}

function updatesSection(d: Derivation, eq: Eq, withForms = false, only?: ReadonlySet<string>): Section {
  const params = d.graph.trainable.filter((p) => d.quantities.has(qid.update(p)) && (!only || only.has(p)));
  const forms = (p: string): MathNode[] => (withForms ? [d.quantities.get(qid.update(p))!.def!] : []);
  const change = (p: string): Equation[] => (withForms ? stepEquations(d, p, eq) : []);
  return { id: 'updates', blocks: [{ equations: params.flatMap((p) => [...change(p), eq(qid.update(p), forms(p), withForms ? undefined : null)]) }] };
}

/** w⁺ = w − η ∂E/∂w, preceded by Δw = η ∂E/∂w (--delta-w) or by the optimizer's state (m, v, m̂, v̂ of Adam). */
function updateEquations(d: Derivation, p: string, eq: Eq, def: (id: string) => MathNode): Equation[] {
  return [...stepEquations(d, p, eq), eq(qid.update(p), [def(qid.update(p))])];
}

/** The lines an update reads that the derivation prints first: Δw, or the optimizer's state after its step. */
function stepEquations(d: Derivation, p: string, eq: Eq): Equation[] {
  const ids = d.optimizer?.lines.get(p) ?? (d.quantities.has(qid.change(p)) ? [qid.change(p)] : []);
  return ids.map((id) => eq(id, [d.quantities.get(id)!.def!]));
}

function afterSection(d: Derivation, nodes: string[], eq: Eq): Section {
  return { id: 'after', blocks: [{ equations: nodes.map((n) => eq(afterId(n), [], null)) }] };
}
