// The engine's formulas for a quantity a page reads in the opposite sign (δ_h = h(1 − h) v δ_o with δ = −∂E/∂net): those of the quantity, each δ in them read in the same convention.
import { formatQuantityId, parseQuantityId, qid } from '../../derive/quantityRef.js';
import type { Graph } from '../../graph/types.js';
import { OperatorNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { mapSymbols, op } from '../../util/mathNodes.js';

type Formulas = (id: string) => readonly MathNode[];

/**
 * Adds formulas for negated ids (neg$d$net_h): −δ_h = h(1 − h) v (−δ_o), so the network's formulas (and the δ form
 * h(1 − h) Σ v δ_o) with every quantity of the same kind negated, where they have one. A formula with none (the
 * output δ, (y − t) y(1 − y)) gives nothing: which factor carries the sign is the page's.
 */
export function withNegated(formulas: Formulas, graph: Graph): Formulas {
  return (id) => {
    const ref = parseQuantityId(id);
    if (ref?.kind !== 'negated') return formulas(id);
    const kind = ref.of.kind;
    const own = formatQuantityId(ref.of);
    // −Δw = −η ∂E/∂w: a change has no quantity of its kind in it to carry the sign, so the whole formula does
    if (kind === 'change') return formulas(own).map((f) => new OperatorNode('-', 'unaryMinus', [f]));
    const forms = [...formulas(own), ...(kind === 'delta' ? [deltaForm(own, formulas, graph)] : [])];
    return forms.flatMap((f) => {
      if (f === undefined) return [];
      let flipped = 0;
      const g = mapSymbols(f, (name) => {
        if (name === own || parseQuantityId(name)?.kind !== kind) return new SymbolNode(name);
        flipped++;
        return new SymbolNode(`neg$${name}`);
      });
      return flipped > 0 ? [g] : [];
    });
  };
}

/** δ_j = f'(net_j) Σ_k w_kj δ_k over the units the unit feeds: the δ form derive's layout does not print for a δ. */
function deltaForm(id: string, formulas: Formulas, graph: Graph): MathNode | undefined {
  const net = graph.nodes.get(id.slice('d$'.length));
  const out = net && [...graph.nodes.values()].find((n) => n.kind === 'activation' && n.unit === net.unit);
  const children = out ? graph.children.get(out.id) ?? [] : [];
  if (!net || !out || children.length === 0 || children.some((c) => graph.nodes.get(c)?.kind !== 'net')) return undefined;
  const local = plain(formulas(qid.partial(out.id, net.id)));
  const weights = children.map((c) => plain(formulas(qid.partial(c, out.id))));
  if (local === undefined || weights.some((w) => w === undefined)) return undefined;
  const terms = children.map((c, i) => op('*', new SymbolNode(qid.delta(c)), weights[i]!));
  return op('*', local, terms.reduce((a, b) => op('+', a, b)));
}

/** A form over values only (h(1 − h), v), no derivative in it. */
function plain(forms: readonly MathNode[]): MathNode | undefined {
  return forms.find((f) => f.filter((n) => n instanceof SymbolNode && /^(?:pd|g|lp|d)\$/.test(n.name)).length === 0);
}
