// Rule glued-name: names written side by side (x1w1x2w2) whose joined spelling is exactly the name of a node of the network are that node.
import { qid } from '../../../derive/quantityRef.js';
import { gluedKey } from '../../read/gluedSpelling.js';
import type { NameRule } from '../nameRule.js';

/**
 * Each node under the key of its id spelled as one identifier. Read keeps the spelling of names written with nothing
 * between them; the page means the network's node of that name (micrograd's x1w1x2w2), not the product of the names
 * the grammar reads in it (x_1 · w_1 · x_2 · w_2), which it still is for a spelling the network has not.
 */
export const gluedName: NameRule = {
  name: 'glued-name',
  apply(table, { net }) {
    for (const id of net.graph.nodes.keys()) if (net.valueOf(qid.value(id)) !== undefined) table.bind(gluedKey(id), { id: qid.value(id), rule: 'glued-name' });
  },
};
