// \nabla in the document grammar: ∇_a E is the derivative ∂E/∂a; ∇L, with respect to nothing written, a name of its own.
import { FunctionNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { nodeKey, parseCanonicalKey, partialNode } from './canonicalName.js';
import type { Grammar } from './grammar.js';
import type { MathCursor } from './mathCursor.js';
import type { Token } from './latexTokens.js';
import { scriptRange } from './parseScripts.js';

/**
 * \nabla_{a} E: the gradient of E with respect to a, read as ∂E/∂a (entry by entry when a is a vector), and so is
 * \nabla E(a), E written as a function of the one name a. \nabla L says not with respect to what: it is a name of its
 * own, nablaL, which the document may define (∇L = ∂L/∂w_1).
 */
export function parseNabla(c: MathCursor, g: Grammar, at: Token): MathNode {
  if (!c.isChar('_')) {
    if (c.atEnd()) return c.fail('\\nabla with nothing after it', at);
    const of = g.postfix(c);
    // ∇J(θ), the loss written as a function of one parameter: its gradient by that parameter, as ∇_θ J
    const by = of instanceof FunctionNode && of.args.length === 1 && of.args[0] instanceof SymbolNode ? of.args[0] : undefined;
    const fn = of instanceof FunctionNode ? of.fn.name : '';
    if (by && parseCanonicalKey(by.name).layer === '' && /^[A-Za-z]+$/.test(fn)) return partialNode(new SymbolNode(fn), by);
    const key = gradientKey(of);
    if (key === undefined) return c.fail('\\nabla of an expression (not a name) is not read', at);
    return new SymbolNode(key);
  }
  c.next();
  const r = scriptRange(c);
  const wrt = c.within(r.from, r.to, () => g.side(c), c.pos);
  return partialNode(g.postfix(c), wrt);
}

/**
 * The name of ∇L: nablaL, one word (its entries are nablaL_1, nablaL_2). ∇L(w, b), the loss written with all it
 * depends on, is ∇L; ∇J(θ^{(1)}), at the point of a step, keeps that step (nablaJ^(1)): two steps, two names.
 */
function gradientKey(of: MathNode): string | undefined {
  let point = '';
  if (of instanceof FunctionNode && of.args.every((a) => a instanceof SymbolNode)) {
    const steps = of.args.map((a) => parseCanonicalKey((a as SymbolNode).name).layer).filter((l) => l !== '');
    if (steps.length > 1) return undefined;
    point = steps.length === 1 ? `^(${steps[0]})` : '';
    of = new SymbolNode(of.fn.name);
  }
  const key = nodeKey(of);
  if (key === null || key.includes('∂') || key.startsWith('Δ') || (point !== '' && key.includes('^'))) return undefined;
  return `nabla${key}${point}`;
}
