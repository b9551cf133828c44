// What a \text{…} token inside math is: a name (\text{total}), a logic word (\text{ AND }) or prose (\text{with }).
import { LOGIC_WORDS, PROSE_WORDS } from './mathCommands.js';
import type { Token } from './latexTokens.js';

/** \text{total} is a name, \text{ AND } a boolean operator, \text{with } or \text{already calculated} prose. */
export function classifyText(t: Token): 'word' | 'logic' | 'prose' {
  const s = t.text.trim();
  if (t.command === '\\operatorname' || t.command === '\\mathop') return 'word';
  if (s in LOGIC_WORDS) return 'logic';
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(s) || s !== t.text || PROSE_WORDS.has(s.toLowerCase())) return 'prose';
  return 'word';
}
