// The engine's own formulas for each quantity: every form derive prints for it (chain product, δ form, expanded form), then its definition.
import { OperatorNode, ParenthesisNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { qid } from '../../derive/quantityRef.js';
import type { DerivationDocument } from '../../evaluate/derivationDocument.js';
import { layoutDerivation } from '../../derive/layout.js';
import { filterTree } from '../../util/walkTree.js';

/** Each derivation's index, kept while the derivation lives: every document verified against it reads the same one. */
const built = new WeakMap<DerivationDocument, Map<string, MathNode[]>>();

/** Built on first use: a quantity id → its formulas over quantity ids, the printed forms first. */
export function createEngineFormulas(doc: DerivationDocument): (id: string) => readonly MathNode[] {
  return (id) => {
    const index = built.get(doc) ?? built.set(doc, build(doc)).get(doc)!;
    return index.get(id) ?? [];
  };
}

function build(doc: DerivationDocument): Map<string, MathNode[]> {
  const index = new Map<string, MathNode[]>();
  const add = (id: string, form: MathNode | null | undefined): void => {
    if (!form) return;
    const list = index.get(id) ?? index.set(id, []).get(id)!;
    // the same node object is often given twice (a form and the definition): equal without walking both trees
    if (!list.some((f) => f === form || f.equals(form))) list.push(form);
  };
  // The document's own layout may be cut (--only, index form): the full one is where every quantity's forms are.
  const layout = doc.layout.sections.some((s) => s.id === 'index') ? doc.layout : layoutDerivation(doc.derivation);
  for (const s of layout.sections) for (const b of s.blocks) for (const eq of b.equations) for (const f of [...eq.forms, eq.numeric]) add(eq.lhs, f);
  for (const [id, q] of doc.derivation.quantities) add(id, q.def);
  contractChains(index, add);
  // −(t − o) written the other way round, (o − t): the same formula as pages print it, after the engine's own forms
  for (const [id, forms] of index) for (const f of [...forms]) add(id, differencesTurned(f));
  // Δw, the amount an update takes off (η ∂E/∂w; Adam's η m̂/√(v̂ + ε)): what a page's "the step is …" works out
  for (const w of doc.derivation.graph.trainable) add(qid.change(w), stepOf(doc.derivation.quantities.get(qid.update(w))?.def, w));
  return index;
}

/**
 * A chain whose first links are another quantity's own chain (∂J/∂ŷ · ∂ŷ/∂z₃ · ∂z₃/∂a₁, where ∂J/∂ŷ · ∂ŷ/∂z₃ is ∂J/∂z₃):
 * the same chain through that quantity, as pages write it (δ₃ · w₃₁, 2 · (−0.007)), added after the forms it shortens.
 */
function contractChains(index: Map<string, MathNode[]>, add: (id: string, form: MathNode) => void): void {
  // (two quantities of one chain are one value under two names, δ and ∂E/∂z: the first printed stands for both)
  const owner = new Map<string, string>();
  for (const [id, forms] of index) {
    for (const f of forms) {
      const key = chainLinks(f)?.join('*');
      if (key?.includes('*') && !owner.has(key)) owner.set(key, id);
    }
  }
  for (const [id, forms] of index) {
    for (const f of [...forms]) {
      const links = chainLinks(f);
      if (!links || links.length < 3) continue;
      // the longest run of links, from the first, that another quantity's chain is
      for (let end = links.length - 1; end >= 2; end--) {
        const by = owner.get(links.slice(0, end).join('*'));
        if (!by || by === id) continue;
        const rest = links.slice(end).map((name) => new SymbolNode(name) as MathNode);
        add(id, new OperatorNode('*', 'multiply', [new SymbolNode(by), ...rest]));
        break;
      }
    }
  }
}

/** The quantity names of a product of them (g$out · pd$out$net · pd$net$a), in order; undefined for any other form. */
function chainLinks(n: MathNode): string[] | undefined {
  if (n instanceof SymbolNode) return n.name.includes('$') ? [n.name] : undefined;
  if (!(n instanceof OperatorNode) || n.fn !== 'multiply') return undefined;
  const out: string[] = [];
  for (const a of n.args) {
    const part = chainLinks(a);
    if (!part) return undefined;
    out.push(...part);
  }
  return out;
}

/** The form with each −(a − b) written (b − a), or undefined where it has none. */
function differencesTurned(form: MathNode): MathNode | undefined {
  // most forms have none: the tree is copied only for those that do
  if (filterTree(form, (n) => turnedDifference(n) !== undefined).length === 0) return undefined;
  return form.transform((n) => turnedDifference(n) ?? n);
}

/** −(a − b) as (b − a); undefined for any other node. */
function turnedDifference(n: MathNode): MathNode | undefined {
  if (!(n instanceof OperatorNode) || n.fn !== 'unaryMinus') return undefined;
  const inner = n.args[0] instanceof ParenthesisNode ? n.args[0].content : n.args[0];
  if (!(inner instanceof OperatorNode) || inner.fn !== 'subtract') return undefined;
  return new ParenthesisNode(new OperatorNode('-', 'subtract', [inner.args[1]!, inner.args[0]!]));
}

/** S of the update w⁺ = w − S. */
function stepOf(update: MathNode | undefined, w: string): MathNode | undefined {
  if (!(update instanceof OperatorNode) || update.fn !== 'subtract') return undefined;
  const [from, step] = update.args as [MathNode, MathNode];
  return from instanceof SymbolNode && from.name === qid.value(w) ? step : undefined;
}
