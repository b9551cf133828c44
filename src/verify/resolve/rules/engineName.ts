// Rules engine-name and euler-constant: every quantity under the key of its own printed name, and a bare e as Euler's number.
import { quantityName } from '../../../emit/quantityName.js';
import { qid } from '../../../derive/quantityRef.js';
import type { NameRule } from '../nameRule.js';
import { keyOfLatex } from '../latexKey.js';

/** Nodes whose value after the update a document may print (out_{o1}^{+}, E_{total}^{+}). */
const AFTER_UPDATE_KINDS = new Set(['net', 'activation', 'lossTerm', 'loss', 'expr']);

export const engineName: NameRule = {
  name: 'engine-name',
  apply(table, { net }) {
    const d = net.doc.derivation;
    const after = d.graph.order.filter((n) => AFTER_UPDATE_KINDS.has(d.graph.nodes.get(n)!.kind)).map(qid.afterUpdate);
    for (const id of [...d.quantities.keys(), ...after]) {
      let tex: string | null;
      try {
        tex = quantityName(id, d, net.doc.notation, 'tex');
      } catch {
        continue; // a quantity kind the printer does not name (index forms)
      }
      const key = tex === null ? null : keyOfLatex(tex);
      if (key !== null) table.bind(key, { id, rule: 'engine-name' });
      // The value after the update, as documents mark it besides ^{+}: w^{new}, w_{\text{new}}, w^{(t+1)}.
      if (key?.endsWith('_plus')) for (const other of UPDATE_MARKS) table.bind(key.slice(0, -'plus'.length) + other, { id, rule: 'engine-name' });
    }
  },
};

const UPDATE_MARKS = ['new', 'updated', 'next'];

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
