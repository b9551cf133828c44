// Every chain of a document's equations in order: what most name rules walk, gathered by a loop (one flatMap per rule was a visible part of verify).
import type { MathChain } from './parseLatexMath.js';
import type { DocumentMath } from './readEquations.js';

/** Every chain of the document, in order (statements of skipped equations left out). */
export function chainsOf(math: DocumentMath): MathChain[] {
  const out: MathChain[] = [];
  for (const e of math.equations) if (!e.parse.skipped) for (const c of e.parse.chains) out.push(c);
  return out;
}
