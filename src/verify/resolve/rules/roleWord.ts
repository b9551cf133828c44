// Rule role-word: the word for a parameter's role (weight, bias; peso, Gewicht, poids, sesgo) names the network's one parameter of that role, where it has exactly one.
import { qid } from '../../../derive/quantityRef.js';
import type { NameRule } from '../nameRule.js';
import { layersOf } from './layerMatrix.js';

type Role = 'weight' | 'bias';

/** Words (case aside) for a weight and for a bias, in the languages of the pages read. */
const WORDS: readonly [RegExp, Role][] = [
  [/^(?:weight|peso|gewicht|poids)$/i, 'weight'],
  [/^(?:bias|sesgo|vies|biais)$/i, 'bias'],
];

/**
 * `Updated weight: 0.5` and `Updated bias: -1.0` as a program prints them for a one-neuron network: the word is the
 * name of its one weight (bias); marked new (weight^{new}), rule update-word then reads it as that parameter's update.
 * A network with two weights or more gives the word no meaning (which of them is not said).
 */
export const roleWord: NameRule = {
  name: 'role-word',
  apply(table, ctx) {
    // the word alone or marked (weight_new: the base, for rule update-word to mark)
    const words = [...ctx.read.names].flatMap((name) => {
      const key = name.split('_', 1)[0]!;
      const role = WORDS.find(([re]) => re.test(key))?.[1];
      return role === undefined ? [] : [{ key, role }];
    });
    if (words.length === 0) return;
    const layers = layersOf(ctx);
    const all = { weight: layers.flatMap((l) => l.weights.flat()), bias: layers.flatMap((l) => l.biases) };
    for (const { key, role } of words) {
      const params = [...new Set(all[role].filter((p): p is string => typeof p === 'string'))];
      if (params.length === 1 && table.get(key) === undefined) table.bind(key, { id: qid.value(params[0]!), rule: 'role-word' });
    }
  },
};
