// The one line printed before a section's fused output δ, saying why the activation's derivative cancels (TeX and plain text).
import type { Section } from '../derive/layout.js';
import type { FusedPair } from '../derive/fusedDelta.js';

// Written with "is" rather than "=": verify reads every = in the document as a claim about the network.
const TEX: Record<FusedPair, string> = {
  'softmax-cross-entropy':
    "Why each $\\delta$ of the output layer is $\\mathit{out} - \\mathit{target}$: summed over the softmax Jacobian, $\\sum_k -\\frac{t_k}{o_k}\\, o_k(\\delta_{kj} - o_j)$ is $o_j \\sum_k t_k - t_j$, the $o_k$ of cross-entropy's derivative cancels, and the targets sum to 1.",
  'sigmoid-binary-cross-entropy':
    "Why each $\\delta$ of the output layer is $\\mathit{out} - \\mathit{target}$: the sigmoid's $o(1 - o)$ cancels the denominators of binary cross-entropy's derivative, $-\\bigl(\\frac{t}{o} - \\frac{1 - t}{1 - o}\\bigr)\\, o(1 - o)$ is $-t(1 - o) + (1 - t)\\,o$, which is $o - t$.",
};

const TEXT: Record<FusedPair, string> = {
  'softmax-cross-entropy':
    "Why each δ of the output layer is out − target: summed over the softmax Jacobian, Σ_k −t_k/o_k · o_k(δ_kj − o_j) is o_j Σ_k t_k − t_j, the o_k of cross-entropy's derivative cancels, and the targets sum to 1.",
  'sigmoid-binary-cross-entropy':
    "Why each δ of the output layer is out − target: the sigmoid's o(1 − o) cancels the denominators of binary cross-entropy's derivative, −(t/o − (1 − t)/(1 − o)) · o(1 − o) is −t(1 − o) + (1 − t)o, which is o − t.",
};

/** The note of a section: once, before its blocks, for the first fused δ in it (every output unit's δ fuses alike). */
export function sectionNote(section: Section, style: 'tex' | 'text'): string | undefined {
  for (const block of section.blocks) {
    for (const eq of block.equations) if (eq.note) return (style === 'tex' ? TEX : TEXT)[eq.note];
  }
  return undefined;
}
