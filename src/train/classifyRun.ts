// What a learning rate did (document 000, question 3): converged, one step, oscillated or diverged, read off the run.
export type RunBehaviour = 'one-step' | 'converge' | 'oscillate' | 'diverge';

export interface Classification {
  behaviour: RunBehaviour;
  /** One line for the lecturer, e.g. "η = 2.5 diverges: the error grows from 0.5 to 1.2e+05". */
  sentence: string;
}

const TINY = 1e-12;

/**
 * losses[k] is E after k epochs; path[k] the watched parameter. Diverging: the error ends above where it
 * started. One step: the error is (numerically) zero after the first epoch. Oscillating: successive
 * steps change sign; it converges or not, said in the sentence. Otherwise it converges.
 */
export function classifyRun(losses: ArrayLike<number>, path: ArrayLike<number>): RunBehaviour {
  const n = losses.length;
  const e0 = losses[0]!;
  const last = losses[n - 1]!;
  if (!Number.isFinite(last) || last > e0 * (1 + 1e-9)) return 'diverge';
  if (n > 1 && losses[1]! <= TINY * Math.max(1, e0)) return 'one-step';
  if (signChanges(path) >= Math.max(1, Math.floor((n - 2) / 2))) return 'oscillate';
  return 'converge';
}

/** How often consecutive steps of the path go in opposite directions. */
function signChanges(path: ArrayLike<number>): number {
  let changes = 0;
  let prev = 0;
  for (let k = 1; k < path.length; k++) {
    const step = path[k]! - path[k - 1]!;
    if (Math.abs(step) < TINY) continue;
    if (prev !== 0 && Math.sign(step) !== Math.sign(prev)) changes++;
    prev = step;
  }
  return changes;
}

/** Whether the error shrinks over the run (an oscillation can converge or stay put). */
export function isShrinking(losses: ArrayLike<number>): boolean {
  return losses[losses.length - 1]! < losses[0]! * (1 - 1e-6);
}
