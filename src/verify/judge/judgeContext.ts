// What every claim handler of the judge stage may consult: the network, the names as resolved, and the slip explainers. Nothing in it changes.
import type { NetworkView, Point } from '../network/networkView.js';
import type { BindingTable } from '../resolve/bindingTable.js';
import type { Lookup } from '../resolve/evaluateSide.js';
import { createLookup } from '../resolve/lookup.js';
import { createExplainers, type ExplainSlip } from './explain/explainers.js';
import { createEngineFormulas } from './engineFormulas.js';
import { withNegated } from './negatedFormulas.js';
import { createSolver, type Solver } from '../resolve/inference/solver.js';
import type { FunctionNode, MathNode } from '../../util/mathjs.js';
import { callQuantity, pageActivation } from '../resolve/callQuantity.js';
import type { NumberLiteral } from '../read/mathCursor.js';
import { createQuantityValues } from './unroundedOperands.js';

export interface JudgeContext {
  net: NetworkView;
  table: BindingTable;
  /** Values of names at the network's own values. */
  lookup: Lookup;
  /** Values of names at another point. */
  lookupAt(point: Point): Lookup;
  /** The first slip that explains a number that is not exact. */
  explain: ExplainSlip;
  /** The named quantity whose exact value is nearest to `value`, if within `tolerance` and no other value is. */
  nearest(value: number, tolerance: number): { id: string; subject: string } | undefined;
  /** Decimals for numbers the document leaves blank. */
  blankDecimals: number;
  /** The engine's own formulas for a quantity (over quantity ids), for numbers written with no formula before them. */
  engineFormulas(id: string): readonly MathNode[];
  /** The quantities a formula of names equals at the network's values and at every other point, best first. */
  identify(node: MathNode): readonly string[];
  /** The one value among all the network's quantities that prints as this number (three significant digits or more). */
  quantityValue(literal: NumberLiteral): number | undefined;
  /** The parameters the document states a value for: a name of another parameter may be the document's own name for one. */
  printedParameters: ReadonlySet<string>;
}

export function createJudgeContext(net: NetworkView, table: BindingTable, blankDecimals: number, printedParameters: ReadonlySet<string> = new Set()): JudgeContext {
  const ids = table.ids();
  const call = (node: FunctionNode): string | undefined => callQuantity(node, table, net);
  const activation = pageActivation(net, table);
  let solver: Solver | undefined;
  // the points are fixed, so each point's lookup is made once (formulas ask for it at every point)
  const atPoint = new Map<Point, Lookup>();
  return {
    net,
    table,
    lookup: createLookup(table, (id) => net.exact(id), net.units, undefined, call, activation),
    lookupAt: (point) => atPoint.get(point) ?? atPoint.set(point, createLookup(table, (id) => point.value(id), net.units, undefined, call, activation)).get(point)!,
    explain: createExplainers(net, ids),
    nearest: (value, tolerance) => {
      // the one quantity within the tolerance: two of different values there (0.01 near 0 and 0.02) name neither
      let best: string | undefined;
      let bestValue = Number.NaN;
      let distance = tolerance;
      let others = false;
      for (const id of ids) {
        let x: number;
        try {
          x = net.doc.valuation.exact(id);
        } catch {
          continue;
        }
        const d = Math.abs(x - value);
        if (d > tolerance) continue;
        if (best !== undefined && Math.abs(x - bestValue) > 1e-12 * Math.max(1, Math.abs(x))) others = true;
        if (d <= distance) [best, bestValue, distance] = [id, x, d];
      }
      return best === undefined || others ? undefined : { id: best, subject: net.nameOf(best) };
    },
    blankDecimals,
    engineFormulas: withNegated(createEngineFormulas(net.doc), net.graph),
    identify: (node) => {
      solver ??= createSolver(table, net);
      return solver.solve(node, [])?.same ?? [];
    },
    quantityValue: createQuantityValues(net),
    printedParameters,
  };
}
