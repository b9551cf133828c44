// \frac in the document grammar: a quotient, or a derivative ∂A/∂B or dA/dB, which becomes partial(A, B).
import { SymbolNode, type MathNode } from '../../util/mathjs.js';
import { partialNode } from './canonicalName.js';
import { RELATIONS } from './mathCommands.js';
import type { MathCursor } from './mathCursor.js';
import type { Token } from './latexTokens.js';
import { binary, type Grammar } from './grammar.js';
import { scriptRange } from './parseScripts.js';

/** \frac{a}{b} → a / b; \frac{\partial A}{\partial B} and \frac{dA}{dB} → partial(A, B); ∂²E/∂w_i∂w_j nests. */
export function parseFraction(c: MathCursor, g: Grammar): MathNode {
  const num = scriptRange(c);
  const den = scriptRange(c);
  const after = c.pos;
  const first = c.tokens[num.from];
  const denFirst = c.tokens[den.from];
  if (first?.kind === 'command' && first.text === '\\partial') {
    let from = num.from + 1;
    if (c.tokens[from]?.text === '^') from += 2; // the order: ∂^2 E
    const operator = from >= num.to; // ∂/∂a [ … ]: the operator applied to what follows the fraction
    const of = operator ? undefined : c.within(from, num.to, () => g.side(c), after);
    const wrts = c.within(den.from, den.to, () => {
      const list: MathNode[] = [];
      while (!c.atEnd()) {
        if (!c.isCommand('\\partial')) c.fail('expected ∂ in the denominator of a partial derivative');
        c.next();
        list.push(g.product(c));
      }
      return list;
    }, after);
    return wrts.reduce((acc, w) => partialNode(acc, w), of ?? operandOf(c, g, first));
  }
  if (first?.text === 'd' && num.to - num.from === 1 && isDifferential(c, denFirst, den)) {
    const wrt = c.within(stripD(c, den.from), den.to, () => g.sum(c), after);
    return partialNode(operandOf(c, g, first), wrt);
  }
  if (isDifferential(c, first, num) && isDifferential(c, denFirst, den)) {
    const of = c.within(stripD(c, num.from), num.to, () => g.side(c), after);
    const wrt = c.within(stripD(c, den.from), den.to, () => g.sum(c), after);
    skipEvaluationPoint(c, wrt);
    return partialNode(of, wrt);
  }
  const top = c.within(num.from, num.to, () => g.side(c), after);
  return binary('/', top, c.within(den.from, den.to, () => g.side(c), after));
}

/** What a derivative operator (∂/∂a, d/dx) written as a fraction applies to: the factor after it. */
function operandOf(c: MathCursor, g: Grammar, operator: Token): MathNode {
  const next = c.peek();
  if (next === undefined || ((next.kind === 'char' || next.kind === 'command') && next.text in RELATIONS)) return c.fail('a derivative operator (∂/∂a) applied to nothing', operator);
  return g.postfix(c);
}

function isDifferential(c: MathCursor, t: Token | undefined, r: { from: number; to: number }): boolean {
  return t?.kind === 'letters' && t.text.startsWith('d') && (t.text.length > 1 || r.to - r.from > 1) && c.tokens[r.from + 1]?.text !== '^';
}

/** Drops the d of a differential: "d" alone is skipped, "dnet" becomes "net". Returns where the rest starts. */
function stripD(c: MathCursor, at: number): number {
  const t = c.tokens[at]!;
  if (t.text === 'd') return at + 1;
  c.tokens[at] = { ...t, text: t.text.slice(1), start: t.start + 1 };
  return at;
}

/** \frac{d\sigma}{dz}(z): the (z) names the point, not a factor. */
function skipEvaluationPoint(c: MathCursor, wrt: MathNode): void {
  const [open, inner, close] = [c.tokens[c.pos], c.tokens[c.pos + 1], c.tokens[c.pos + 2]];
  if (c.pos + 2 < c.end && open?.kind === 'open' && open.text === '(' && close?.kind === 'close' && wrt instanceof SymbolNode && inner?.text.replace(/^\\/, '') === wrt.name) {
    c.pos += 3;
  }
}
