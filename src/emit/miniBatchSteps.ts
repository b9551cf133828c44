// Online and mini-batch SGD step by step (derive --iterations N --batch-size B) as lines of text: each example's forward
// pass and loss, the batch's gradient as the mean (or sum) of its examples' gradients, and each update w⁺ = w − η·g.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import type { MiniBatchStep } from '../evaluate/iterate.js';
import { formatNumber } from '../evaluate/numberPolicy.js';

export function miniBatchTitle(doc: DerivationDocument): string {
  const steps = doc.steps!;
  const size = Math.max(...steps.map((s) => s.examples.length));
  const kind = size === 1 ? 'Online SGD (one example per step)' : `Mini-batch SGD (batches of up to ${size} examples)`;
  return `${kind}, ${steps.length} steps (η = ${doc.valuation.exact('eta')})`;
}

/** The steps in plain text (Unicode: ∂, η, ⁺), one block per step. */
export function miniBatchLines(doc: DerivationDocument): string[] {
  const n = (x: number): string => formatNumber(x, doc.valuation.policy).replace(/^-/, '−');
  const eta = n(doc.valuation.exact('eta'));
  return doc.steps!.flatMap((s, i) => [...(i ? [''] : []), ...stepLines(s, n, eta)]);
}

function stepLines(s: MiniBatchStep, n: (x: number) => string, eta: string): string[] {
  const numbers = s.examples.map((e) => e.example);
  const lines = [`Step ${s.step} (epoch ${s.epoch}), example${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}:`];
  for (const e of s.examples) {
    const pass = Object.entries(e.values).map(([id, x]) => `${id} = ${n(x)}`).join(', ');
    lines.push(`  example ${e.example}: ${pass}; E = ${n(e.loss)}`);
  }
  for (const [p, g] of Object.entries(s.gradients)) {
    // one example: its gradient; several: their sum, over their number for batch: mean
    const parts = s.examples.map((e) => n(e.gradients[p]!));
    const sum = `(${parts.join(' + ').replace(/\+ −/g, '− ')})`;
    const combined = s.combine === 'mean' ? `${sum}/${parts.length}` : sum;
    lines.push(parts.length === 1 ? `  ∂E/∂${p} = ${n(g)}` : `  ∂E/∂${p} = ${combined} = ${n(g)}`);
    lines.push(`  ${p}⁺ = ${p} − η · ∂E/∂${p} = ${n(s.before[p]!)} − ${eta} · ${wrap(n(g))} = ${n(s.after[p]!)}`);
  }
  return lines;
}

const wrap = (x: string): string => (x.startsWith('−') ? `(${x})` : x);
