// cs231n's backward-pass names: on a page whose program is handed the gradient arriving at its output as `dout`, `dx`, `dgamma`, `dbeta` printed in code are the loss's gradients by the program's own x, gamma, beta.
import type { PlainEquation } from './plainNormalize.js';
import { codeBlockBody, isProgram } from './codeBlocks.js';

/** An assignment anywhere on a line, outside an attribute (`gamma = np.ones(2), beta = np.zeros(2)` assigns both). */
const ASSIGNED = /(?<![\w.])([A-Za-z][A-Za-z0-9]*)[ \t]*=(?!=)/g;

/**
 * Rule "upstream-gradient": where the page's programs assign `dout` (the gradient the layer above hands back, as
 * cs231n's backward passes take it), a statement in code that starts with `d` and a name those programs assign
 * (`dgamma = [0, 0]`, `dx ≈ [[0, 0], …]`) states ∂`letter`/∂ that name: the backward pass returns the gradients of the
 * same loss whose gradient `dout` is. Other statements are returned as they are.
 */
export function withUpstreamGradients(equations: readonly PlainEquation[], text: string, blocks: readonly { start: number; end: number }[], letter: string | undefined): PlainEquation[] {
  const names = letter === undefined ? new Set<string>() : programNames(text, blocks);
  if (!names.has('dout')) return [...equations];
  return equations.map((e) => {
    const m = /^d([A-Za-z][A-Za-z0-9]*)(?=\s*(?:=|≈|\\approx))/.exec(e.latex);
    if (!m || !names.has(m[1]!) || m[1] === 'out') return e;
    const name = `\\frac{\\partial ${letter}}{\\partial ${m[1]}}`;
    const at = e.offsets[0]!;
    return { ...e, latex: name + e.latex.slice(m[0].length), offsets: [...Array.from(name, () => at), ...e.offsets.slice(m[0].length)] };
  });
}

/** The names the page's program blocks assign. */
function programNames(text: string, blocks: readonly { start: number; end: number }[]): Set<string> {
  const names = new Set<string>();
  for (const block of blocks) {
    const body = codeBlockBody(text, block);
    const code = body && text.slice(body.start, body.end);
    if (code && isProgram(code)) for (const m of code.matchAll(ASSIGNED)) names.add(m[1]!);
  }
  return names;
}
