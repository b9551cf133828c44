// The step of gradient descent a stretch of a page is about, from the names it writes: after `z = Xᵀθ^{(1)}` the
// page computes with the parameters after one step (h, ∂J/∂θ_j unmarked), until a heading or another step's names.
import { SymbolNode } from '../../util/mathjs.js';
import { parseCanonicalKey } from '../read/canonicalName.js';
import type { DocumentEquation } from '../read/readEquations.js';
import { sections, type Scope } from '../read/scopes.js';
import type { BindingTable } from '../resolve/bindingTable.js';
import { traverseTree } from '../../util/walkTree.js';

export interface StepTracker {
  /** The rounds of training the equation's unmarked names are at (undefined: the network as given). */
  at(e: DocumentEquation): number | undefined;
}

export function createStepTracker(text: string, table: BindingTable): StepTracker {
  const scopes: Scope[] = sections(text);
  let current: { rounds: number; end: number } | undefined;
  // without a name the iteration rule read, no equation names a step (and none is walked to find one)
  const iterates = table.boundBy('iteration');
  return {
    at(e) {
      const offset = e.equation.offset;
      if (current && offset >= current.end) current = undefined;
      const step = iterates ? lowestStep(e, table) : undefined;
      if (step !== undefined) current = { rounds: step, end: scopes.find((s) => offset >= s.start && offset < s.end)?.end ?? text.length };
      return current && current.rounds > 0 ? current.rounds : undefined;
    },
  };
}

/**
 * The lowest step among the names the iteration rule read (θ^{(2)} = θ^{(1)} − α∇J(θ^{(1)}) is about step 1); a name
 * alone on the left of a statement is what the step before gives (w_1^{(1)} = 0.1498 is the result of step 0).
 */
function lowestStep(e: DocumentEquation, table: BindingTable): number | undefined {
  if (e.parse.skipped) return undefined;
  let low: number | undefined;
  for (const chain of e.parse.chains) {
    for (const [i, side] of chain.sides.entries()) {
      const result = i === 0 && chain.sides.length > 1 && side.node instanceof SymbolNode ? 1 : 0;
      traverseTree(side.node, (n) => {
        if (!(n instanceof SymbolNode) || table.get(n.name)?.rule !== 'iteration') return;
        const step = Number(parseCanonicalKey(n.name).layer) - result;
        if (low === undefined || step < low) low = step;
      });
    }
  }
  return low;
}
