// A list item headed by a label that names one quantity (`1. **For $w_1$:**`, `* **$W_{trái}$ (old 0.5):**`) is about
// it: a gradient word with a bare index (\text{Grad}_1) under it is that quantity's gradient (Grad_{w_1}), and a name
// of the same letter marked new or old (W_{new}) is that quantity marked (w_1 new).
import { SymbolNode } from '../../util/mathjs.js';
import { canonicalKey, flattenSubscript, nodeKey, parseCanonicalKey } from './canonicalName.js';
import { parseLatexMath, type MathChain } from './parseLatexMath.js';
import type { DocumentEquation } from './readEquations.js';
import { GRADIENT_WORD, NEW, OLD } from './updateWords.js';

/** A list item's first line: its indentation, and a label (bold or not) ending in a colon with one inline math. */
const LABEL = /^([ \t]*)(?:[-*+•]|\d+[.)])[ \t]+(.*\S)[ \t]*$/;
const ONE_MATH = /^[^$]*\$([^$]+)\$[^$]*$/;

/** Equations under such a label get their subject names read as the labelled quantity's. */
export function withLabelSubjects(equations: readonly DocumentEquation[], text: string): DocumentEquation[] {
  return equations.map((e) => {
    const parse = e.parse;
    if (parse.skipped) return e;
    const label = labelAbove(text, e.equation.offset);
    if (label === undefined) return e;
    const chains = parse.chains.map((c) => relabel(c, label));
    return chains.every((c, i) => c === parse.chains[i]) ? e : { ...e, parse: { ...parse, chains } };
  });
}

/** The key of the one name the label's math is, where the line above `offset` (indented less) is such a label. */
function labelAbove(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0].length;
  const m = LABEL.exec(lastLineBefore(text, lineStart));
  if (!m || m[1]!.length >= indent) return undefined;
  const words = m[2]!.replace(/\*\*|__/g, '').trim();
  const math = words.endsWith(':') ? ONE_MATH.exec(words) : null;
  if (!math) return undefined;
  const parsed = parseLatexMath(math[1]!);
  const side = parsed.skipped || parsed.chains.length !== 1 || parsed.chains[0]!.sides.length !== 1 ? undefined : parsed.chains[0]!.sides[0]!;
  return side?.node instanceof SymbolNode ? side.node.name : undefined;
}

/** The last non-blank line that ends before `lineStart`, found backwards (a long document is not split for each equation). */
function lastLineBefore(text: string, lineStart: number): string {
  for (let end = lineStart - 1; end > 0; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '') return line;
    end = start - 1;
  }
  return '';
}

/** Grad_1 → Grad_{label}; W_{new} → label_new where the label's letter is W; any other chain as it was. */
function relabel(chain: MathChain, label: string): MathChain {
  const first = chain.sides[0]!;
  const key = first.node instanceof SymbolNode ? nodeKey(first.node) : null;
  if (key === null) return chain;
  const p = parseCanonicalKey(key);
  if (p.marks.length > 0 || p.layer !== '') return chain;
  let named: string | undefined;
  if (GRADIENT_WORD.test(p.base) && /^\d*$/.test(p.sub)) named = canonicalKey({ ...p, sub: flattenSubscript(label) });
  const word = p.sub.toLowerCase();
  if ((NEW.has(word) || OLD.has(word)) && parseCanonicalKey(label).base === p.base && label !== p.base) named = `${label}_${word}`;
  return named === undefined ? chain : { ...chain, sides: [{ ...first, node: new SymbolNode(named) }, ...chain.sides.slice(1)] };
}
