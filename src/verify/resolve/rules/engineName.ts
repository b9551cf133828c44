// Rules engine-name and euler-constant: every quantity under the key of its own printed name, and a bare e as Euler's number.
import { quantityName } from '../../../emit/quantityName.js';
import { qid } from '../../../derive/quantityRef.js';
import type { NameRule } from '../nameRule.js';
import { isOptimizerStep } from '../../network/optimizerStepper.js';
import { byShape, keyOfLatex } from '../latexKey.js';
import { normalize } from '../../read/plainNormalize.js';
import type { DerivationDocument } from '../../../evaluate/derivationDocument.js';

/** Nodes whose value after the update a document may print (out_{o1}^{+}, E_{total}^{+}). */
const AFTER_UPDATE_KINDS = new Set(['net', 'activation', 'lossTerm', 'loss', 'expr']);

export const engineName: NameRule = {
  name: 'engine-name',
  apply(table, { net }) {
    for (const [key, id] of engineKeys(net.doc)) table.bind(key, { id, rule: 'engine-name' });
  },
};

/** Each derivation's keys, made once while it lives: every document verified against it reads the same names. */
const keysOf = new WeakMap<DerivationDocument, [string, string][]>();

/** The key of every quantity's printed name (a parse of its LaTeX each), in the order they are bound. */
export function engineKeys(doc: DerivationDocument): [string, string][] {
  const known = keysOf.get(doc);
  if (known) return known;
  const d = doc.derivation;
  const keys: [string, string][] = [];
  const after = d.graph.order.filter((n) => AFTER_UPDATE_KINDS.has(d.graph.nodes.get(n)!.kind)).map(qid.afterUpdate);
  const [latexKey, textKey] = [byShape((tex) => keyOfLatex(tex)), byShape(keyOfText)];
  for (const id of [...d.quantities.keys(), ...after]) {
    if (isOptimizerStep(d, id) && !id.startsWith('u$')) continue;
    let tex: string | null;
    try {
      tex = quantityName(id, d, doc.notation, 'tex');
    } catch {
      continue; // a quantity kind the printer does not name (index forms)
    }
    const key = tex === null ? null : latexKey(tex);
    if (key !== null) keys.push([key, id]);
    // derive's plain-text name too, read as verify reads plain text (net_o1_e1, z1_2, v_(w_11^(3))^(1))
    const text = tex === null ? null : quantityName(id, d, doc.notation, 'text');
    const plain = text === null ? null : textKey(text);
    if (plain !== null && plain !== key) keys.push([plain, id]);
    // The value after the update, as documents mark it besides ^{+}: w^{new}, w_{\text{new}}, w^{(t+1)}.
    if (key?.endsWith('_plus')) for (const other of UPDATE_MARKS) keys.push([key.slice(0, -'plus'.length) + other, id]);
  }
  // r = x y + y: the root's local factor ∂r/∂y and its whole derivative dr/dy print alike; a page's ∂r/∂y of the
  // root is its derivative along every path (the gradient), as the derivative-of-names rule reads it
  // w_{11,1}^{(3)} and w_{1,11}^{(3)} share the key w_111^(3) (a key drops the comma): a key two quantities print
  // alike is bound to neither, so a document's w_{11,1} is left unresolved rather than read as the other weight
  const idsOf = new Map<string, Set<string>>();
  for (const [key, id] of keys) (idsOf.get(key) ?? idsOf.set(key, new Set()).get(key)!).add(id);
  // (one gradient beside a local factor that prints alike is the case below, not a clash)
  const shared = (key: string): boolean => idsOf.get(key)!.size > 1 && [...idsOf.get(key)!].filter((id) => id.startsWith('g$')).length !== 1;
  // (filtered into a new array: a spread of 10⁵ keys as arguments overflows the stack)
  const kept = keys.filter(([key]) => !shared(key));
  const gradients = new Set(kept.filter(([, id]) => id.startsWith('g$')).map(([key]) => key));
  const ordered = [...kept.filter(([key, id]) => gradients.has(key) && id.startsWith('g$')), ...kept.filter(([key, id]) => !(gradients.has(key) && id.startsWith('g$')))];
  keysOf.set(doc, ordered);
  return ordered;
}

const UPDATE_MARKS = ['new', 'updated', 'next'];

/** The key of a name printed as plain text, through the plain-text reader's normalization. */
function keyOfText(text: string): string | null {
  return keyOfLatex(normalize(text, 0, text.length, -1).latex);
}

export const eulerConstant: NameRule = {
  name: 'euler-constant',
  apply(table) {
    table.bind('e', { constant: Math.E, rule: 'euler-constant' });
  },
};

export const pinned: NameRule = {
  name: 'pinned',
  apply(table, { pins }) {
    for (const [key, id] of pins) table.bind(key, { id, rule: 'pinned' });
  },
};
