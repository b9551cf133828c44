// The inference rules in their order: names a document defines in its own notation (z, y_{pred}, L, \hat{y}), found by what they are defined as.
import { SymbolNode } from '../../../util/mathjs.js';
import { forEachSymbol } from '../../../util/mathNodes.js';
import { chainsOf } from '../../read/readDocument.js';
import type { MathChain } from '../../read/parseLatexMath.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import type { BindingTable } from '../bindingTable.js';
import { definedByFormula } from './definedByFormula.js';
import { formulaLeaves } from './formulaLeaves.js';
import { substitutedLeaves } from './substitutedLeaves.js';
import { indexedSiblings } from './indexedSibling.js';
import { accept, type InferenceState } from './inferenceState.js';
import { createSolver, writesUnknownName } from './solver.js';
import { addUpdateMarks } from './updateMark.js';
import { refuseTwoMeanings } from './twoMeanings.js';
import { chooseSigns } from './oppositeSign.js';
import { parseCanonicalKey } from '../../read/canonicalName.js';
import { namesBoundBySums } from '../sumOver.js';

/** An index letter, alone or with an offset: the t of h_t, the t-1 of h_{t-1}, the j of z_j. */
const GENERIC_INDEX = /^[ijklmnt](?:[+-]\d)?$/;

/**
 * Bases the document writes with a whole-number index somewhere (h_1, h_2, h_3): for those, h_t is the rule over the
 * steps, not one of them.
 */
function numberedBases(chains: readonly MathChain[]): Set<string> {
  const bases = new Set<string>();
  for (const chain of chains) for (const side of chain.sides) forEachSymbol(side.node, (name) => {
    const key = parseCanonicalKey(name);
    if (/^\d+$/.test(key.sub)) bases.add(key.base);
  });
  return bases;
}

/**
 * A chain that states a rule over a generic index of names the document also numbers (h_t = \tanh(a_t) beside h_1,
 * h_2, h_3): no quantity of the network, whatever it evaluates to at one step; inference leaves its names alone. A
 * name written only with its index letter (Adam's θ_t on a page of one step) is still read.
 */
function generalFormula(chain: MathChain, numbered: ReadonlySet<string>): boolean {
  let general = false;
  for (const side of chain.sides) {
    // a sum's own index (the k of \sum_k a_k) runs over the numbered names: the sum is one quantity
    const bound = namesBoundBySums(side.node);
    forEachSymbol(side.node, (name) => {
      const key = parseCanonicalKey(name);
      if (!general && !bound.has(name) && GENERIC_INDEX.test(key.sub) && numbered.has(key.base)) general = true;
    });
  }
  return general;
}

/** Passes over the document: a name found late can make an earlier formula readable. */
const MAX_PASSES = 4;

/**
 * formula-leaves, defined-by-formula and indexed-sibling run chain by chain, in document order, until a pass
 * finds nothing new (derivative-alias follows every finding); two-meanings then takes back a name defined as two
 * quantities, and update-mark runs last, on what they found.
 */
export const inferNames: NameRule = {
  name: 'inference',
  apply(table, ctx) {
    const chains = chainsOf(ctx.read);
    // A document written in the network's own notation has nothing to find: no solver (and no index of the table) is built.
    if (!chains.some((c) => c.sides.some((side) => writesUnknownName(side.node, table)))) {
      chooseSigns(table, ctx.net, chains);
      return;
    }
    const state = inferenceState(table, ctx, chains);
    const known = new Set(table.ids());
    const numbered = numberedBases(chains);
    for (let pass = 0, grew = true; grew && pass < MAX_PASSES; pass++) {
      grew = false;
      for (const chain of chains) {
        if (generalFormula(chain, numbered)) continue;
        let found = formulaLeaves(chain, state) ?? definedByFormula(chain, state);
        // names too many for a search among all leaves are found by the numbers written in their places
        if (found.length === 0) found = substitutedLeaves(chain, state);
        if (found.length === 0) continue;
        accept(state, found);
        grew = true;
      }
      const siblings = indexedSiblings(state);
      if (siblings.length > 0) {
        accept(state, siblings);
        grew = true;
      }
    }
    refuseTwoMeanings(state);
    addUpdateMarks(table, state.added, known);
    chooseSigns(table, ctx.net, chains);
  },
};

function inferenceState(table: BindingTable, ctx: RuleContext, chains: readonly MathChain[]): InferenceState {
  return {
    table, net: ctx.net, solver: createSolver(table, ctx.net), chains, definedByFormula: namesDefinedByFormula(chains), docNames: new Map(), added: [], derivatives: ctx.read.quantityNames.filter((k) => k.startsWith('∂')),
  };
}

/**
 * defined-by-formula once more after the conventions that need no formula: L = \frac{1}{N}(y − \hat{y})² is the loss
 * once \hat{y} is the output by customary-word, which runs after the first inference.
 */
export const inferNamesLate: NameRule = {
  name: 'inference',
  apply(table, ctx) {
    const chains = chainsOf(ctx.read);
    if (!chains.some((c) => c.sides.some((side) => writesUnknownName(side.node, table)))) return;
    const state = inferenceState(table, ctx, chains);
    const numbered = numberedBases(chains);
    for (const chain of chains) {
      if (generalFormula(chain, numbered)) continue;
      const found = definedByFormula(chain, state);
      if (found.length > 0) accept(state, found);
    }
  },
};

/** Left sides whose chain has a later side that reads names: e_1 = y_1 - t_1 is defined by its formula, not by its index. */
function namesDefinedByFormula(chains: readonly MathChain[]): Set<string> {
  return new Set(chains.flatMap((c) => {
    const lhs = c.sides[0]?.node;
    if (!(lhs instanceof SymbolNode)) return [];
    const byNames = c.sides.slice(1).some((side) => {
      let names = false;
      forEachSymbol(side.node, () => void (names = true));
      return names;
    });
    return byNames ? [lhs.name] : [];
  }));
}
