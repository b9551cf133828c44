// What a \text{…} token inside math is: a name (\text{total}), a logic word (\text{ AND }) or prose (\text{with }).
import { DIVIDE_OPS, IGNORED_COMMANDS, LOGIC_WORDS, MULTIPLY_OPS, PROSE_WORDS } from './mathCommands.js';
import type { Token } from './latexTokens.js';

/** \text{total} is a name, \text{ AND } a boolean operator, \text{with } or \text{already calculated} prose. */
export function classifyText(t: Token): 'word' | 'logic' | 'prose' {
  const s = t.text.trim();
  if (t.command === '\\operatorname' || t.command === '\\mathop') return 'word';
  if (s in LOGIC_WORDS) return 'logic';
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(s) || s !== t.text || PROSE_WORDS.has(s.toLowerCase())) return 'prose';
  return 'word';
}

/**
 * The name a text of several words is where an operand must stand, right after +, −, ·, ×, /
 * (w − \text{learning rate} × \text{gradient}): its letters and digits run together ("learningrate"); a sentence
 * elsewhere, or one that starts with punctuation (\text{, see above}), separates statements. Undefined when the text is not one.
 */
export function operandWords(tokens: readonly Token[], k: number): string | undefined {
  const t = tokens[k];
  if (t?.kind !== 'text' || classifyText(t) !== 'prose') return undefined;
  let j = k - 1;
  while (j >= 0 && tokens[j]!.kind === 'command' && IGNORED_COMMANDS.has(tokens[j]!.text)) j--;
  const before = tokens[j];
  const operator = before !== undefined && (before.kind === 'char' || before.kind === 'command') && (before.text === '+' || before.text === '-' || MULTIPLY_OPS.has(before.text) || DIVIDE_OPS.has(before.text));
  const name = t.text.replace(/[^A-Za-z0-9]/g, '');
  return operator && /^[A-Za-z]/.test(t.text.trim()) ? name : undefined;
}
