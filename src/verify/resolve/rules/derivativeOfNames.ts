// The derivative-of-names rule run once after the conventions: ∂L/∂a_2 once a_2 is a unit's output by unit-name.
import type { NameRule } from '../nameRule.js';
import { bindDerivativesOfNames } from '../inference/derivativeOfNames.js';

export const derivativeOfNames: NameRule = {
  name: 'derivative-of-names',
  apply(table, ctx) {
    bindDerivativesOfNames(table, ctx.net, ctx.read.quantityNames.filter((k) => k.startsWith('∂')));
  },
};
