// The canonical key of a name or derivative written in LaTeX, so the resolver can key the engine's printed names as the document's.
import { nodeKey } from '../read/canonicalName.js';
import { parseLatexMath, type ParseOptions } from '../read/parseLatexMath.js';

/**
 * \mathit{out}_{h1} → out_h1, E_{\mathit{total}} → E_total, w_{5}^{+} → w_5_plus,
 * \frac{\partial E_{\mathit{total}}}{\partial w_{5}} → ∂E_total/∂w_5. Null for anything that is not one name or one derivative.
 */
export function keyOfLatex(latex: string, options: ParseOptions = {}): string | null {
  const parse = parseLatexMath(latex, options);
  if (parse.skipped || parse.failed.length > 0 || parse.chains.length !== 1) return null;
  const [chain] = parse.chains;
  return chain!.sides.length === 1 ? nodeKey(chain!.sides[0]!.node) : null;
}
