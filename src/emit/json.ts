// Machine-readable result: values, loss, gradients, deltas, updates, and each gradient's chain of named factors.
import type { MathNode } from 'mathjs';
import { qid } from '../derive/quantity.js';
import { parseQuantityId } from '../derive/quantityRef.js';
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { printExpression, type PrintContext } from './printExpression.js';
import { quantityName } from './quantityName.js';
import { renderSides } from './renderEquation.js';
import { sectionTitle } from './sectionTitle.js';
import { matrixJson } from './matrix/matrixJson.js';
import { computedNodes } from '../derive/layout.js';

export interface ChainFactor {
  id: string;
  name: string;
  tex: string;
  /** The factor's own formula over node values, e.g. out_o1 · (1 − out_o1). */
  symbolic: string;
  value: number;
}

export function emitJson(doc: DerivationDocument, withEquations = true): string {
  return `${JSON.stringify(jsonResult(doc, withEquations), null, 2)}\n`;
}

export function jsonResult(doc: DerivationDocument, withEquations = true): Record<string, unknown> {
  const { derivation: d, valuation: val } = doc;
  const g = d.graph;
  const pick = (ids: string[], key: (id: string) => string): Record<string, number> =>
    Object.fromEntries(ids.filter((id) => d.quantities.has(key(id))).map((id) => [id, val.value(key(id))]));
  const nets = g.order.filter((id) => g.nodes.get(id)!.kind === 'net');
  const params = g.trainable;
  const partials: Record<string, number> = {};
  const termPartials: Record<string, number> = {};
  for (const q of d.quantities.values()) {
    if (q.kind === 'partial') partials[`${q.of}/${q.wrt}`] = val.value(q.id);
    if (q.kind === 'termPartial') termPartials[`${q.of}/${q.wrt}`] = val.value(q.id);
    const term = q.kind === 'contribution' ? d.contributionTerms.get(q.id) : undefined;
    if (term) termPartials[`${term}/${q.wrt}`] = val.value(q.id);
  }
  const result: Record<string, unknown> = {
    generator: 'backprop-tex',
    title: doc.title,
    notation: doc.notation.id,
    policy: val.policy,
    values: pick(g.order, qid.value),
    // a network without targets has no loss (its root is an output)
    loss: g.kind === 'graph' || g.nodes.get(g.root)!.kind === 'loss' ? val.value(qid.value(g.root)) : null,
    gradients: pick(params, qid.adjoint),
    deltas: pick(nets, qid.delta),
    ...(params.some((p) => d.quantities.has(qid.change(p))) ? { deltaW: pick(params, qid.change) } : {}),
    updated: pick(params, qid.update),
    ...(d.optimizer ? { optimizer: optimizerJson(doc) } : {}),
    partials,
    termPartials,
    adjoints: pick(g.seed === undefined ? d.adjointNodes : [g.root, ...d.adjointNodes], qid.adjoint),
    ...(doc.rounds ? { rounds: doc.rounds } : {}),
    ...(doc.steps ? { steps: doc.steps } : {}),
    chains: chainsOf(doc, params),
    ...(doc.matrix ? { matrixForm: matrixJson(doc) } : {}),
  };
  if (withEquations) {
    result.equations = doc.layout.sections.flatMap((s) =>
      s.blocks.flatMap((b) => b.equations.map((eq) => ({
        section: sectionTitle(s, 0),
        lhs: eq.lhs,
        text: renderSides(eq, doc, 'text').join(' = '),
        tex: renderSides(eq, doc, 'tex').join(' = '),
        value: eq.showValue ? val.equationValue(eq) : null,
      }))),
    );
    // every computed node after the update: nets, hidden and output units, each example's loss terms, the loss
    if (g.trainable.some((p) => d.quantities.has(qid.update(p)))) result.afterUpdate = Object.fromEntries(computedNodes(d).map((id) => [id, val.value(qid.afterUpdate(id))]));
  }
  return result;
}

/** The file's optimizer and each parameter's state after the step derive prints (m, v, m̂ as mhat, …, velocity, cache, gtilde). */
function optimizerJson(doc: DerivationDocument): { type: string; t: number; state: Record<string, Record<string, number>> } {
  const state: Record<string, Record<string, number>> = {};
  let t = 0;
  for (const [param, ids] of doc.derivation.optimizer!.lines) {
    for (const id of ids) {
      const ref = parseQuantityId(id);
      if (ref?.kind !== 'optimizerState') continue;
      (state[ref.key] ??= {})[param] = doc.valuation.value(id);
      t = ref.step;
    }
  }
  return { type: doc.derivation.graph.optimizer!.type, t, state };
}

/** Each gradient's chain. A factor shared by many chains (∂E/∂out_h1 for every weight into h1) is printed once. */
function chainsOf(doc: DerivationDocument, params: readonly string[]): Record<string, ReturnType<typeof chainOf>> {
  const factors = new Map<string, ChainFactor>();
  const chains: Record<string, ReturnType<typeof chainOf>> = {};
  for (const p of params) if (doc.derivation.quantities.has(qid.adjoint(p))) chains[p] = chainOf(doc, p, factors);
  return chains;
}

function chainOf(doc: DerivationDocument, param: string, factors: Map<string, ChainFactor>): { text: string; tex: string; value: number; factors: ChainFactor[] } {
  const { derivation: d, valuation: val, notation } = doc;
  const def = d.quantities.get(qid.adjoint(param))!.def!;
  const factorIds = productSymbols(def);
  const ctx = (style: 'tex' | 'text'): PrintContext => ({ style, symbol: (id) => quantityName(id, d, notation, style), definition: (id) => d.quantities.get(id)?.def, constant: String });
  const factor = (id: string): ChainFactor => {
    let f = factors.get(id);
    if (!f) {
      const q = d.quantities.get(id)!;
      f = {
        id,
        name: quantityName(id, d, notation, 'text') ?? id,
        tex: quantityName(id, d, notation, 'tex') ?? id,
        symbolic: q.def ? printExpression(q.def, ctx('text')) : String(q.value),
        value: val.value(id),
      };
      factors.set(id, f);
    }
    return f;
  };
  return {
    text: printExpression(def, ctx('text')),
    tex: printExpression(def, ctx('tex')),
    value: val.value(qid.adjoint(param)),
    factors: factorIds.map(factor),
  };
}

/** The symbols of a product (or of a single symbol); a sum is one factor of its own. */
function productSymbols(node: MathNode): string[] {
  const n = node as MathNode & { isOperatorNode?: boolean; fn?: string; args?: MathNode[]; isSymbolNode?: boolean; name?: string };
  if (n.isOperatorNode && n.fn === 'multiply') return n.args!.flatMap(productSymbols);
  if (n.isSymbolNode) return [n.name!];
  return [];
}
