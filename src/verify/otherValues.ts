// The network away from its own values: the derivation run at fixed pseudo-random leaves, and the quantity nearest to a number.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { runProgram } from '../evaluate/evaluateDerivation.js';
import type { Point } from './checkChain.js';
import type { NameTable } from './nameTable.js';
import { mulberry32 } from '../util/random.js';

/** How many other points a formula is evaluated at. */
const POINTS = 3;

/**
 * Inputs and parameters drawn from [0.1, 0.9]. The learning rate keeps its value (documents print it as a
 * number), and so do the targets: a document specializes its formulas to them (L = −log ŷ_2 for a one-hot
 * target, ∂L/∂z = ŷ − y with Σy = 1), which are right for the network it describes.
 */
export function createPoints(doc: DerivationDocument, table: NameTable, units: (index: string) => string[]): () => readonly Point[] {
  let points: Point[] | undefined;
  return () => {
    if (points) return points;
    const program = doc.valuation.evaluation.program;
    const graph = doc.derivation.graph;
    const leaves = program.ids.filter((id, i) => program.steps[i] === null && id.startsWith('v$') && graph.nodes.get(id.slice(2))?.kind !== 'target');
    const next = mulberry32(20261122);
    points = [];
    for (let p = 0; p < POINTS; p++) {
      const overrides = new Map(leaves.map((id) => [id, 0.1 + 0.8 * next()]));
      let run: ReturnType<typeof runProgram>;
      try {
        run = runProgram(program, { overrides });
      } catch {
        continue; // a point where the network overflows tells nothing
      }
      const value = (id: string): number | undefined => (program.slotOf.has(id) ? run.get(id) : undefined);
      points.push({ value, lookup: { value: (key) => { const q = table.get(key); return q ? value(q.id) : undefined; }, units } });
    }
    return points;
  };
}

/** The quantity (named in the table) whose exact value is nearest to `value`, if it is within `tolerance`. */
export function createNearest(doc: DerivationDocument, table: NameTable, nameOf: (id: string) => string): (value: number, tolerance: number) => { id: string; subject: string } | undefined {
  const ids = [...new Set([...table.values()].map((q) => q.id))];
  return (value, tolerance) => {
    let best: string | undefined;
    let distance = tolerance;
    for (const id of ids) {
      let x: number;
      try {
        x = doc.valuation.exact(id);
      } catch {
        continue;
      }
      const d = Math.abs(x - value);
      if (d <= distance) {
        best = id;
        distance = d;
      }
    }
    return best === undefined ? undefined : { id: best, subject: nameOf(best) };
  };
}
