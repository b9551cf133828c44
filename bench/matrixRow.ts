// Row (m): derive --form matrix of 784-100-10 against the scalar derivation in the same run (issue 18's target ≤ 1.5×).
import { derive, emit } from '../src/api.js';
import type { NetworkDefinition } from '../src/definition/loadDefinition.js';
import { formatMs, formatRatio, median, timeOnce } from './measure.js';
import type { Row } from './table.js';

const TARGET = 1.5;

/** ms of derive() in one form and of printing its .tex, after collecting the previous sample's garbage. */
function sample(def: NetworkDefinition, form: 'scalar' | 'matrix'): { derive: number; total: number } {
  (globalThis as { gc?: () => void }).gc?.();
  let doc!: ReturnType<typeof derive>;
  const d = timeOnce(() => (doc = derive(def, { form })));
  const e = timeOnce(() => emit(doc, 'tex'));
  return { derive: d, total: d + e };
}

/**
 * The scalar derivation of a network this size prints the index form (above --max-equations); both forms compile,
 * derive and evaluate the same graph, so the ratio is what the matrix layout and its printing add. Samples alternate.
 */
export function matrixRows(def: NetworkDefinition, shape: number[], samples = 3): Row[] {
  const scalar: { derive: number; total: number }[] = [];
  const matrix: { derive: number; total: number }[] = [];
  for (let i = 0; i < samples; i++) {
    scalar.push(sample(def, 'scalar'));
    matrix.push(sample(def, 'matrix'));
  }
  const row = (what: 'derive' | 'total', name: string): Row => {
    const ours = median(matrix.map((s) => s[what]));
    const baseline = median(scalar.map((s) => s[what]));
    return {
      name: `(m) ${name}, ${shape.join('-')}`,
      ours: formatMs(ours),
      baseline: `${formatMs(baseline)} scalar form`,
      ratio: formatRatio(ours, baseline),
      note: `target ≤ ${TARGET}× (${ours / baseline <= TARGET ? 'met' : 'NOT met'}); median of ${samples}, alternating`,
    };
  };
  return [row('derive', 'derive --form matrix'), row('total', 'derive --form matrix + .tex')];
}
