// What every claim handler of the judge stage may consult: the network, the names as resolved, and the slip explainers. Nothing in it changes.
import type { NetworkView, Point } from '../network/networkView.js';
import type { BindingTable } from '../resolve/bindingTable.js';
import type { Lookup } from '../resolve/evaluateSide.js';
import { createLookup } from '../resolve/lookup.js';
import { createExplainers, type ExplainSlip } from './explain/explainers.js';
import { createEngineFormulas } from './engineFormulas.js';
import { createSolver, type Solver } from '../resolve/inference/solver.js';
import type { MathNode } from '../../util/mathjs.js';

export interface JudgeContext {
  net: NetworkView;
  table: BindingTable;
  /** Values of names at the network's own values. */
  lookup: Lookup;
  /** Values of names at another point. */
  lookupAt(point: Point): Lookup;
  /** The first slip that explains a number that is not exact. */
  explain: ExplainSlip;
  /** The named quantity whose exact value is nearest to `value`, if within `tolerance`. */
  nearest(value: number, tolerance: number): { id: string; subject: string } | undefined;
  /** Decimals for numbers the document leaves blank. */
  blankDecimals: number;
  /** The engine's own formulas for a quantity (over quantity ids), for numbers written with no formula before them. */
  engineFormulas(id: string): readonly MathNode[];
  /** The quantities a formula of names equals at the network's values and at every other point, best first. */
  identify(node: MathNode): readonly string[];
}

export function createJudgeContext(net: NetworkView, table: BindingTable, blankDecimals: number): JudgeContext {
  const ids = table.ids();
  let solver: Solver | undefined;
  return {
    net,
    table,
    lookup: createLookup(table, (id) => net.exact(id), net.units),
    lookupAt: (point) => createLookup(table, (id) => point.value(id), net.units),
    explain: createExplainers(net, ids),
    nearest: (value, tolerance) => {
      let best: string | undefined;
      let distance = tolerance;
      for (const id of ids) {
        let x: number;
        try {
          x = net.doc.valuation.exact(id);
        } catch {
          continue;
        }
        const d = Math.abs(x - value);
        if (d <= distance) {
          best = id;
          distance = d;
        }
      }
      return best === undefined ? undefined : { id: best, subject: net.nameOf(best) };
    },
    blankDecimals,
    engineFormulas: createEngineFormulas(net.doc),
    identify: (node) => {
      solver ??= createSolver(table, net);
      return solver.solve(node, [])?.same ?? [];
    },
  };
}
