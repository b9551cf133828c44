// The network away from its own values: the derivation run at fixed pseudo-random leaves, so a formula is checked at more than one point.
import type { DerivationDocument } from '../../evaluate/derivationDocument.js';
import { runProgram } from '../../evaluate/evaluateDerivation.js';
import { mulberry32 } from '../../util/random.js';
import { formatQuantityId, parseQuantityId } from '../../derive/quantityRef.js';

/** The network at another point: each quantity's value there (undefined for ids the program does not compute). */
export interface Point {
  value(id: string): number | undefined;
}

/** How many other points a formula is evaluated at. */
const POINTS = 3;

/**
 * Inputs and parameters drawn from [0.1, 0.9]. The learning rate keeps its value (documents print it as a
 * number), and so do the targets: a document specializes its formulas to them (L = −log ŷ_2 for a one-hot
 * target, ∂L/∂z = ŷ − y with Σy = 1), which are right for the network it describes.
 */
export function createPoints(doc: DerivationDocument): (only?: ReadonlySet<string>) => readonly Point[] {
  const cache = new Map<string, Point[]>();
  // the same set asked for again (judge/claims/formula.ts keeps its sets) is found without sorting its leaves again
  const bySet = new WeakMap<ReadonlySet<string>, Point[]>();
  return (only) => {
    const known = only && bySet.get(only);
    if (known) return known;
    const key = only ? [...only].sort().join(' ') : '*';
    if (!cache.has(key)) cache.set(key, drawPoints(doc, only));
    if (only) bySet.set(only, cache.get(key)!);
    return cache.get(key)!;
  };
}

/** The points, moving only the leaves in `only` (node ids) when given. */
function drawPoints(doc: DerivationDocument, only: ReadonlySet<string> | undefined): Point[] {
  const program = doc.valuation.evaluation.program;
  const graph = doc.derivation.graph;
  const leaves = program.ids.filter((id, i) => {
    const ref = program.steps[i] === null ? parseQuantityId(id) : undefined;
    return ref?.kind === 'value' && graph.nodes.get(ref.node)?.kind !== 'target' && (!only || only.has(ref.node));
  });
  const next = mulberry32(20261122);
  const points: Point[] = [];
  for (let p = 0; p < POINTS; p++) {
    const overrides = new Map(leaves.map((id) => [id, 0.1 + 0.8 * next()]));
    let run: ReturnType<typeof runProgram>;
    try {
      run = runProgram(program, { overrides });
    } catch {
      continue; // a point where the network overflows tells nothing
    }
    const value = (id: string): number | undefined => {
      if (program.slotOf.has(id)) return run.get(id);
      const ref = id.startsWith('neg$') ? parseQuantityId(id) : undefined;
      const of = ref?.kind === 'negated' ? value(formatQuantityId(ref.of)) : undefined;
      return of === undefined ? undefined : -of;
    };
    points.push({ value });
  }
  return points;
}
