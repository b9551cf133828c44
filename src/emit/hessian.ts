// The --hessian section: ∂²E/∂w_i∂w_j for every pair, its value and the finite-difference check, in each format.
import { formatNumber, texNumber } from '../evaluate/numberPolicy.js';
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import type { HessianValues } from '../evaluate/evaluateHessian.js';


type Style = 'tex' | 'text';

function lines(doc: DerivationDocument, h: HessianValues, style: Style): string[] {
  const name = (id: string): string => doc.notation.node(id)[style];
  const root = name(doc.derivation.graph.root);
  const num = (x: number): string => {
    const s = formatNumber(x, doc.valuation.policy);
    return style === 'text' ? s.replace(/^-/, '−') : texNumber(s);
  };
  const out: string[] = [];
  h.params.forEach((wi, i) => h.params.forEach((wj, j) => {
    if (j < i) return;
    const [v, c] = [num(h.values[i]![j]!), num(h.check[i]![j]!)];
    if (style === 'text') {
      out.push(i === j ? `∂²${root}/∂${name(wi)}² = ${v}   (finite differences: ${c})` : `∂²${root}/∂${name(wi)}∂${name(wj)} = ${v}   (finite differences: ${c})`);
    } else {
      const den = i === j ? `\\partial ${name(wi)}^{2}` : `\\partial ${name(wi)}\\,\\partial ${name(wj)}`;
      out.push(`\\frac{\\partial^{2} ${root}}{${den}} &= ${v} && \\text{(finite differences: $${c}$)} \\\\`);
    }
  }));
  return out;
}

const TITLE = 'Second derivatives';

/** The output of `emit` with the Hessian section added (before \end{document} in LaTeX; a `hessian` field in JSON). */
export function withHessian(content: string, format: string, doc: DerivationDocument, h: HessianValues): string {
  switch (format) {
    case 'txt': return `${content}\n${TITLE}\n${'-'.repeat(TITLE.length)}\n\n${lines(doc, h, 'text').join('\n')}\n`;
    case 'md': return `${content}\n## ${TITLE}\n\n$$\n\\begin{aligned}\n${lines(doc, h, 'tex').join('\n')}\n\\end{aligned}\n$$\n`;
    case 'tex': {
      const section = `\\section*{${TITLE}}\n\\begin{align*}\n${lines(doc, h, 'tex').join('\n')}\n\\end{align*}\n`;
      const end = content.lastIndexOf('\\end{document}');
      return end < 0 ? content + section : `${content.slice(0, end)}${section}${content.slice(end)}`;
    }
    case 'json': return `${JSON.stringify({ ...JSON.parse(content), hessian: h }, null, 2)}\n`;
    default: throw new Error(`--hessian is not available for --format ${format}`);
  }
}
