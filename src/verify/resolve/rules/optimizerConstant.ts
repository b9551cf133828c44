// Rule optimizer-constant: the letters pages give the file's optimizer's settings (β₁, β₂, ε, the momentum μ or β or γ, RMSprop's β or ρ, λ) and its step counter t.
import { parseQuantityId, qid, type OptimizerConstant } from '../../../derive/quantityRef.js';
import type { NameRule, RuleContext } from '../nameRule.js';

/** Each constant's letters, as keys; a letter another rule or the network already took is left to it. */
const LETTERS: Readonly<Record<Exclude<OptimizerConstant, 't' | 'd'>, readonly string[]>> = {
  beta1: ['beta_1', 'beta1'],
  beta2: ['beta_2', 'beta2'],
  eps: ['epsilon', 'varepsilon', 'eps'],
  // momentum: μ (PyTorch, Sutskever), β (Ng's exponential average), γ (Ruder); RMSprop's decay: β, ρ (Keras), γ (Hinton)
  mu: ['mu', 'beta', 'gamma'],
  beta: ['beta', 'rho', 'gamma'],
  lambda: ['lambda'],
};

/**
 * A page's t is the step counter where it is one: an exponent (β₁^t), a step of the state (m_{t-1}), or an
 * assignment of pseudo-code (t ← t + 1). Elsewhere t is as often the target (customary-letter).
 */
const COUNTER_USE = /\^\s*\{?\s*t\s*\}?(?![A-Za-z])|_\s*\{\s*t\s*[-+]\s*1\s*\}|(?<![A-Za-z\\])t\s*(?:\\leftarrow|\\gets|:=|←)/;

export const optimizerConstant: NameRule = {
  name: 'optimizer-constant',
  apply(table, ctx) {
    const constants = constantsOf(ctx);
    if (constants.size === 0) return;
    for (const [name, letters] of Object.entries(LETTERS) as [OptimizerConstant, readonly string[]][]) {
      if (!constants.has(name)) continue;
      for (const letter of letters) table.bind(letter, { id: qid.optimizerConstant(name), rule: 'optimizer-constant' });
    }
    if (constants.has('t') && ctx.read.equations.some((e) => COUNTER_USE.test(e.equation.latex))) {
      table.bind('t', { id: qid.optimizerConstant('t'), rule: 'optimizer-constant' });
    }
  },
};

/** The constants the derivation's step reads (an Adam step reads β₁, β₂, ε and t; a momentum step μ). */
function constantsOf(ctx: RuleContext): Set<OptimizerConstant> {
  const d = ctx.net.doc.derivation;
  const out = new Set<OptimizerConstant>();
  if (!d.optimizer) return out;
  for (const id of d.quantities.keys()) {
    const ref = parseQuantityId(id);
    if (ref?.kind === 'optimizerConstant') out.add(ref.name);
  }
  return out;
}
