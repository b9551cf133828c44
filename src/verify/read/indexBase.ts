// The document's own index base: a page that writes Θ_{10}^{(1)} (Ng's bias column 0) counts the columns of Θ^{(1)}
// from 0, so a printed Θ^{(1)} = [−30 20 20] names its entries Θ_{10}, Θ_{11}, Θ_{12}; a page that writes θ_0, θ_1,
// θ_2 (and no θ_3) names the entries of a printed θ = [0.05, 2.5, 2] θ_0, θ_1, θ_2.
import { SymbolNode } from '../../util/mathjs.js';
import { canonicalKey, parseCanonicalKey } from './canonicalName.js';
import type { MathParse } from './parseLatexMath.js';
import { traverseTree } from '../../util/walkTree.js';

export interface IndexBase {
  /** Keys (Theta^(1)) of the matrices whose entries the document writes with a column index 0 (Θ_{10}, Θ_{k,0}). */
  columns: ReadonlySet<string>;
  /** Keys (theta, a^(2)) of vectors and the single indices the document writes their entries with. */
  vectors: ReadonlyMap<string, ReadonlySet<number>>;
  /** Keys (W2) of matrices and the entries (row, column as written) the document writes with two single digits. */
  matrices: ReadonlyMap<string, ReadonlySet<string>>;
}

export const NO_INDEX_BASE: IndexBase = { columns: new Set(), vectors: new Map(), matrices: new Map() };

export function indexBaseOf(parses: readonly MathParse[], outer: IndexBase = NO_INDEX_BASE): IndexBase {
  const columns = new Set(outer.columns);
  const vectors = new Map([...outer.vectors].map(([k, v]) => [k, new Set(v)]));
  const matrices = new Map([...outer.matrices].map(([k, v]) => [k, new Set(v)]));
  // each name adds the same entries every time it is written: read once (a long document repeats its names thousands of times)
  const read = new Set<string>();
  for (const parse of parses) {
    if (parse.skipped) continue;
    for (const chain of parse.chains) {
      for (const side of chain.sides) {
        traverseTree(side.node, (n, path) => {
          if (!(n instanceof SymbolNode) || path === 'fn' || read.has(n.name)) return;
          read.add(n.name);
          const p = parseCanonicalKey(n.name);
          if (p.marks.length > 0) return;
          const key = canonicalKey({ ...p, sub: '' });
          if (/^[1-9a-z]0$/.test(p.sub)) columns.add(key);
          if (/^\d$/.test(p.sub)) vectors.set(key, (vectors.get(key) ?? new Set()).add(Number(p.sub)));
          if (/^\d\d$/.test(p.sub)) matrices.set(key, (matrices.get(key) ?? new Set()).add(p.sub));
        });
      }
    }
  }
  return { columns, vectors, matrices };
}

/**
 * Whether a printed matrix of this shape is numbered from 0 in both its rows and columns: the page writes an entry of
 * row 0 (W_{00}, W_{01}, as numpy indexes) and none past the last row or column (Ng's bias weights w_{01} beside
 * w_{21} of a two-row matrix are not).
 */
export function zeroBasedMatrix(base: IndexBase, key: string, rows: number, cols: number): boolean {
  const used = [...(base.matrices.get(key) ?? [])].map((s) => [Number(s[0]), Number(s[1])] as const);
  return used.some(([i]) => i === 0) && used.every(([i, j]) => i < rows && j < cols);
}

/** Whether the entries of a printed vector of this many entries are named from 0: the page writes V_0 and no V_n. */
export function zeroBasedVector(base: IndexBase, key: string, length: number): boolean {
  const used = base.vectors.get(key);
  return used !== undefined && used.has(0) && [...used].every((i) => i < length);
}

/** The subscript of entry (i, j), counted from 0, of a printed matrix or vector of this shape, as the page counts. */
export function entrySubscript(base: IndexBase, name: string, rows: number, cols: number, i: number, j: number): string {
  const zero = zeroBasedMatrix(base, name, rows, cols);
  if (base.columns.has(name) && cols > 1 && !zero) return `${i + 1}${j}`;
  // Θ^{(2)} = [−10 20 20] on a page that writes Θ_{10}^{(2)}: row 1, columns from 0
  if (rows === 1 || cols === 1) return `${Math.max(i, j) + (zeroBasedVector(base, name, Math.max(rows, cols)) ? 0 : 1)}`;
  return zero ? `${i}${j}` : `${i + 1}${j + 1}`;
}
