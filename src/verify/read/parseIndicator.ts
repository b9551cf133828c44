// The indicator (Iverson bracket) 𝟙[a > b], written \mathbb{1}[…], \mathbb{1}_{…} or \mathbb{I}(…): 1 when the condition holds, else 0.
import { ConstantNode, FunctionNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { binary, type Grammar } from './grammar.js';
import { RELATIONS } from './mathCommands.js';
import type { MathCursor } from './mathCursor.js';
import type { Token } from './latexTokens.js';
import { scriptRange } from './parseScripts.js';

/** The symbols of an indicator: \mathbb{1}, \mathbb{I}. */
const INDICATOR_SYMBOLS = new Set(['1', 'I']);

/**
 * After \mathbb: the indicator of one comparison, as the step of a difference (relu_prime, 1 for a positive argument):
 * [a > b] = step(a − b), [a < b] = step(b − a), [a ≥ b] = 1 − step(b − a), [a ≤ b] = 1 − step(a − b). So ReLU'(z) = 𝟙[z > 0]
 * has the value the network's ReLU derivative has.
 */
export function parseIndicator(c: MathCursor, g: Grammar, command: Token): MathNode {
  const symbol = scriptRange(c);
  const text = c.tokens.slice(symbol.from, symbol.to).map((t) => t.text).join('');
  if (!INDICATOR_SYMBOLS.has(text)) return c.fail(`\\mathbb{${text}} is not read yet`, command);
  if (c.isChar('_')) {
    c.next();
    const r = scriptRange(c);
    return c.within(r.from, r.to, () => comparison(c, g), c.pos);
  }
  const open = c.peek();
  if (open?.kind !== 'open' || (open.text !== '[' && open.text !== '(' && open.text !== '\\{')) return c.fail('an indicator 𝟙 with no condition', command);
  return c.inside(() => comparison(c, g));
}

function comparison(c: MathCursor, g: Grammar): MathNode {
  const left = g.side(c);
  const t = c.next();
  const relation = t.kind === 'char' || t.kind === 'command' ? RELATIONS[t.text] : undefined;
  if (relation !== '>' && relation !== '<' && relation !== '\\geq' && relation !== '\\leq') return c.fail('an indicator of something other than one comparison', t);
  const right = g.side(c);
  const step = (a: MathNode, b: MathNode): MathNode => new FunctionNode(new SymbolNode('relu_prime'), [binary('-', a, b)]);
  const one = new ConstantNode(1);
  if (relation === '>') return step(left, right);
  if (relation === '<') return step(right, left);
  return binary('-', one, relation === '\\geq' ? step(right, left) : step(left, right));
}
