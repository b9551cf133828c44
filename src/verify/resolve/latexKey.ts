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

/**
 * `key` for many names of few shapes (w_{1} … w_{228}, ∂E/∂w_{5} …, a network's thousands of quantities in a few dozen
 * shapes): each shape is read once, with every run of digits replaced by as many 7s, and its key takes the digits
 * back in order. Reading depends on where digits stand and how many there are, not on which: where the shape's key
 * does not hold its runs in the same order and lengths, the name is read whole.
 */
export function byShape(key: (text: string) => string | null): (text: string) => string | null {
  const shapes = new Map<string, string | null>();
  return (text) => {
    const runs = text.match(/\d+/g);
    if (!runs) return key(text);
    const shape = text.replace(/\d+/g, (d) => '7'.repeat(d.length));
    if (!shapes.has(shape)) shapes.set(shape, key(shape));
    const template = shapes.get(shape)!;
    if (template === null) return key(text);
    const got = template.match(/\d+/g) ?? [];
    if (got.length !== runs.length || got.some((g, i) => g.length !== runs[i]!.length || /[^7]/.test(g))) return key(text);
    let i = 0;
    return template.replace(/\d+/g, () => runs[i++]!);
  };
}
