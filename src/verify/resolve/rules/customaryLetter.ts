// Rule customary-letter: letters most texts use without defining them: \alpha and lr for the learning rate, t_k for the k-th target.
import { isQuantity } from '../bindingTable.js';
import type { NameRule } from '../nameRule.js';
import { printedValues } from '../agreement.js';

const LEARNING_RATE_WORDS = ['lr', 'LR', 'learningrate', 'learning_rate', 'learningRate'];

export const customaryLetter: NameRule = {
  name: 'customary-letter',
  apply(table, ctx) {
    const eta = table.get('eta');
    if (isQuantity(eta) && !ctx.read.names.has('eta')) table.bind('alpha', { id: eta.id, rule: 'customary-letter' });
    // lr (as code names it) and learning_rate spelt out are the learning rate whatever else the document writes
    if (isQuantity(eta)) for (const word of LEARNING_RATE_WORDS) table.bind(word, { id: eta.id, rule: 'customary-letter' });
    const targets = [...ctx.net.graph.nodes.values()].filter((n) => n.kind === 'target');
    targets.forEach((n, k) => {
      const id = table.idOf(ctx.nodeKey(n.id) ?? '');
      if (id !== undefined) table.bind(`t_${k + 1}`, { id, rule: 'customary-letter' });
      // With one output, t alone is its target, unless the document gives t several values (t = 1, t = 2: a step counter).
      if (id !== undefined && targets.length === 1 && printedValues(ctx, 't').size < 2) table.bind('t', { id, rule: 'customary-letter' });
    });
  },
};
