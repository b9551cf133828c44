// Keys every quantity of a derivation by the canonical key of its printed LaTeX name, so document names find engine quantities.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { quantityName } from '../emit/quantityName.js';
import { qid } from '../derive/quantity.js';
import { keyOfLatex } from './latexKey.js';

export interface NamedQuantity {
  /** The engine's quantity id: v$out_h1, g$w5, d$net_o1, u$w5, eta... */
  id: string;
  /** How the engine prints it: \mathit{out}_{h1}. */
  tex: string;
}

/** key (out_h1, ∂E_total/∂w_5, delta_o1, w_5_plus, eta) → quantity. The first quantity printed with a key keeps it. */
export type NameTable = ReadonlyMap<string, NamedQuantity>;

/**
 * `documentNames` are the names the document uses: when it never writes the loss by the engine's name (E_total),
 * a bare E means the loss; when it does, E is something else (another example on the same slides).
 */
export function buildNameTable(doc: DerivationDocument, documentNames: ReadonlySet<string> = new Set()): NameTable {
  const table = new Map<string, NamedQuantity>();
  const d = doc.derivation;
  // after$n: a node's value after the update (out_{o1}^{+}, E_{total}^{+}), computed by the valuation on demand.
  const after = d.graph.order.filter((n) => ['net', 'activation', 'lossTerm', 'loss', 'expr'].includes(d.graph.nodes.get(n)!.kind)).map((n) => `after$${n}`);
  for (const id of [...d.quantities.keys(), ...after]) {
    let tex: string | null;
    try {
      tex = quantityName(id, d, doc.notation, 'tex');
    } catch {
      continue; // a quantity kind the printer does not name (index forms)
    }
    const key = tex === null ? null : keyOfLatex(tex);
    if (key !== null && tex !== null && !table.has(key)) table.set(key, { id, tex });
  }
  // o_1 for out_o1: a unit's name alone stands for its output, when nothing else has that name.
  for (const n of d.graph.nodes.values()) {
    const m = n.kind === 'activation' && n.unit ? /^([A-Za-z]+)(\d+)$/.exec(n.unit) : null;
    const key = m ? `${m[1]}_${m[2]}` : undefined;
    if (key && !table.has(key) && !documentNames.has(`${key}_plus`)) table.set(key, { id: `v$${n.id}`, tex: doc.notation.node(n.id).tex });
  }
  // ∂E/∂w is written with whatever the document calls the loss; E alone is common when the root has a longer name.
  const rootKey = keyOfLatex(doc.notation.node(d.graph.root).tex) ?? '';
  const root = documentNames.has(rootKey) ? undefined : table.get(rootKey);
  if (root && !table.has('E')) table.set('E', root);
  for (const [key, q] of [...table]) {
    const m = /^∂(.+?)\/∂(.+)$/.exec(key);
    if (m && root && table.get(m[1]!)?.id === root.id && !table.has(`∂E/∂${m[2]}`)) table.set(`∂E/∂${m[2]}`, q);
  }
  addCaseFoldedSubscripts(table);
  addCustomaryLetters(table, doc, documentNames);
  return table;
}

/**
 * Letters most texts use without defining them: \alpha for the learning rate when the document never writes \eta,
 * and t_k (t_1, t1) for the target of the k-th output unit, when the network has no quantity of that name.
 */
function addCustomaryLetters(table: Map<string, NamedQuantity>, doc: DerivationDocument, documentNames: ReadonlySet<string>): void {
  const eta = table.get('eta');
  if (eta && !table.has('alpha') && !documentNames.has('eta')) table.set('alpha', eta);
  const targets = [...doc.derivation.graph.nodes.values()].filter((n) => n.kind === 'target');
  targets.forEach((n, k) => {
    const q = table.get(keyOfLatex(doc.notation.node(n.id).tex) ?? '');
    if (q && !table.has(`t_${k + 1}`)) table.set(`t_${k + 1}`, q);
  });
}

/**
 * out_{o1} for a network whose unit is O1: a subscript written in the other case names the same quantity, when no
 * quantity has that spelling and only one quantity folds to it.
 */
function addCaseFoldedSubscripts(table: Map<string, NamedQuantity>): void {
  const fold = (key: string): string => key.replace(/_([^_/∂^]+)/g, (_, sub: string) => `_${sub.toLowerCase()}`);
  const folded = new Map<string, NamedQuantity | null>();
  for (const [key, q] of table) {
    const alias = fold(key);
    if (alias === key || table.has(alias)) continue;
    const seen = folded.get(alias);
    folded.set(alias, seen === undefined || seen?.id === q.id ? q : null);
  }
  for (const [alias, q] of folded) if (q) table.set(alias, q);
}

/** The quantity a parameter's update writes to: v$w5 → u$w5, or undefined when w is not updated. */
export function updateOf(doc: DerivationDocument, id: string): string | undefined {
  if (!id.startsWith('v$')) return undefined;
  const u = qid.update(id.slice(2));
  return doc.derivation.quantities.has(u) ? u : undefined;
}
