// The document's own index base for matrix columns: a page that writes Θ_{10}^{(1)} (Ng's bias column 0) counts the
// columns of Θ^{(1)} from 0, so a printed Θ^{(1)} = [−30 20 20] names its entries Θ_{10}, Θ_{11}, Θ_{12}, not Θ_{11}….
import { SymbolNode } from '../../util/mathjs.js';
import { canonicalKey, parseCanonicalKey } from './canonicalName.js';
import type { MathParse } from './parseLatexMath.js';

/** Keys (Theta^(1)) of the matrices whose entries the document writes with a column index 0 (Θ_{10}, Θ_{k,0}). */
export function zeroBasedColumns(parses: readonly MathParse[]): Set<string> {
  const keys = new Set<string>();
  for (const parse of parses) {
    if (parse.skipped) continue;
    for (const chain of parse.chains) {
      for (const side of chain.sides) {
        side.node.traverse((n, path) => {
          if (!(n instanceof SymbolNode) || path === 'fn') return;
          const p = parseCanonicalKey(n.name);
          if (p.marks.length === 0 && /^[1-9a-z]0$/.test(p.sub)) keys.add(canonicalKey({ ...p, sub: '' }));
        });
      }
    }
  }
  return keys;
}
