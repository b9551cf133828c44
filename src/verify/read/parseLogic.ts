// Logic words joining boolean terms of a side (\text{ AND }, \lor, \neg): or and xor loosest, then and, then not.
import { FunctionNode, OperatorNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { LOGIC_WORDS } from './mathCommands.js';
import type { MathCursor } from './mathCursor.js';
import type { Token } from './latexTokens.js';

const LOGIC_LEVELS: readonly (readonly string[])[] = [['or', 'xor', 'nor', 'xnor'], ['and', 'nand']];

function logicOp(t: Token | undefined): string | undefined {
  if (t?.kind === 'text' && t.command !== '\\operatorname') return LOGIC_WORDS[t.text.trim()];
  return t?.kind === 'command' ? LOGIC_WORDS[t.text] : undefined;
}

/** The terms of one level of logic words (or, then and), down to `sum` below `not`. */
export function parseLogic(c: MathCursor, level: number, sum: (c: MathCursor) => MathNode): MathNode {
  if (level >= LOGIC_LEVELS.length) return parseNot(c, sum);
  let left = parseLogic(c, level + 1, sum);
  for (;;) {
    const o = logicOp(c.peek());
    if (!o || !LOGIC_LEVELS[level]!.includes(o)) return left;
    c.next();
    const right = parseLogic(c, level + 1, sum);
    left = o === 'and' || o === 'or' || o === 'xor' ? new OperatorNode(o, o, [left, right]) : new FunctionNode(new SymbolNode(o), [left, right]);
  }
}

function parseNot(c: MathCursor, sum: (c: MathCursor) => MathNode): MathNode {
  if (logicOp(c.peek()) !== 'not') return sum(c);
  c.next();
  return new OperatorNode('not', 'not', [c.nest(() => parseNot(c, sum))]);
}
