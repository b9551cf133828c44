// Rule unit-name: a unit's name alone stands for its output (o_1 for out_o1, h for out_h), unless the document marks it updated (o_1^+).
import { qid } from '../../../derive/quantityRef.js';
import type { NameRule } from '../nameRule.js';

export const unitName: NameRule = {
  name: 'unit-name',
  apply(table, { net, read }) {
    for (const n of net.graph.nodes.values()) {
      const m = n.kind === 'activation' && n.unit ? /^([A-Za-z]+)(\d*)$/.exec(n.unit) : null;
      // o1 is written o_1; a unit named by letters alone (h, o) is written so.
      const key = m ? (m[2] ? `${m[1]}_${m[2]}` : m[1]) : undefined;
      // A document that writes o_1^{+} uses o_1 for a weight-like name of its own, not the unit's output.
      if (key && !read.names.has(`${key}_plus`)) table.bind(key, { id: qid.value(n.id), rule: 'unit-name' });
    }
  },
};
