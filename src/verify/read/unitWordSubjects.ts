// A subject written as a unit's name and a word for its net input or output ("Y₂ net =", "net H₁ =", "H1 output =")
// names that quantity of that unit (net_{Y2}, out_{H1}), as net_{h1} does, instead of a product with an unknown name.
import { OperatorNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { canonicalKey, flattenSubscript, parseCanonicalKey } from './canonicalName.js';
import type { MathChain } from './parseLatexMath.js';
import type { DocumentEquation } from './readEquations.js';

/** The words for a unit's net input and for its output, and the name each gives. */
const ROLE_WORDS: Readonly<Record<string, string>> = { net: 'net', input: 'net', out: 'out', output: 'out', activation: 'out' };

/** Equations whose chains start with such a two-word subject get it read as the one quantity. */
export function withUnitWordSubjects(equations: readonly DocumentEquation[]): DocumentEquation[] {
  return equations.map((e) => {
    const parse = e.parse;
    if (parse.skipped) return e;
    const chains = parse.chains.map(renameSubject);
    return chains.every((c, i) => c === parse.chains[i]) ? e : { ...e, parse: { ...parse, chains } };
  });
}

function renameSubject(chain: MathChain): MathChain {
  const first = chain.sides[0];
  const name = first && unitWordName(first.node);
  return name === undefined ? chain : { ...chain, sides: [{ ...first!, node: new SymbolNode(name) }, ...chain.sides.slice(1)] };
}

/** net_{Y2} for the implicit product `Y_2 net` or `net Y_2`; undefined for anything else. */
export function unitWordName(node: MathNode): string | undefined {
  if (!(node instanceof OperatorNode) || node.fn !== 'multiply' || !node.implicit || node.args.length !== 2) return undefined;
  const [a, b] = node.args;
  if (!(a instanceof SymbolNode) || !(b instanceof SymbolNode)) return undefined;
  const role = (s: SymbolNode): string | undefined => ROLE_WORDS[s.name.toLowerCase()];
  if ((role(a) === undefined) === (role(b) === undefined)) return undefined;
  const [unit, word] = role(a) === undefined ? [a, b] : [b, a];
  const parts = parseCanonicalKey(unit.name);
  // only a plain name is a unit's: a marked or layered one (w_1^+, a^{(2)}) is something else
  if (parts.marks.length > 0 || parts.layer !== '' || !/^[A-Za-z]+$/.test(parts.base)) return undefined;
  return canonicalKey({ base: role(word)!, sub: flattenSubscript(parts.base + parts.sub), marks: [], layer: '' });
}
