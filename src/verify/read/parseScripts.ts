// Sub- and superscripts: subscripts flatten to text (out_{h1} → h1), superscripts are marks (^+), layer tags (^{(4)}) or exponents.
import { GREEK, GREEK_ALIASES, WRAPPERS } from './mathCommands.js';
import { MARK_OF_CHAR, flattenSubscript } from './canonicalName.js';
import type { MathCursor } from './mathCursor.js';
import type { Token } from './latexTokens.js';

/** The token range [from, to) of the script argument at the cursor: a braced group or one token. Moves past it. */
export function scriptRange(c: MathCursor): { from: number; to: number } {
  const t = c.next();
  if (t.kind === 'lbrace') return { from: c.pos, to: (c.pos = t.match! + 1) - 1 };
  if (t.kind === 'command' && WRAPPERS.has(t.text) && c.tokens[c.pos]?.kind === 'lbrace') {
    const open = c.pos;
    const close = c.tokens[open]!.match!;
    c.pos = close + 1;
    return { from: open + 1, to: close };
  }
  if (t.kind === 'open' || t.kind === 'close' || t.kind === 'rbrace') c.fail(`"${t.text}" cannot be a script`, t);
  return { from: c.pos - 1, to: c.pos };
}

/** The flattened text of tokens [from, to): letters, digits, Greek names and + - =; wrappers and braces vanish. */
export function flattenTokens(c: MathCursor, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const t = c.tokens[k]!;
    out += tokenText(c, t);
  }
  const flat = flattenSubscript(out);
  if (flat === '') c.fail('empty subscript', c.tokens[from]);
  return flat;
}

function tokenText(c: MathCursor, t: Token): string {
  switch (t.kind) {
    case 'letters':
    case 'number':
    case 'text':
      return t.text;
    case 'char':
      return t.text;
    case 'lbrace':
    case 'rbrace':
    case 'open':
    case 'close':
      return '';
    case 'command': {
      const name = t.text.slice(1);
      if (GREEK.has(name)) return GREEK_ALIASES[name] ?? name;
      if (WRAPPERS.has(t.text) || /^\\[,;:! ]$/.test(t.text)) return '';
      if (t.text === '\\prime') return 'prime';
      return c.fail(`"${t.text}" is not supported in a subscript`, t);
    }
  }
}

export type Superscript =
  | { kind: 'mark'; mark: string }
  | { kind: 'layer'; layer: string; mark?: string }
  | { kind: 'exponent' };

const LAYER = /^([A-Za-z0-9]+|[A-Za-z][+-][0-9A-Za-z]+)$/;

/** Reads a superscript range on a name: ^+ and ^{\prime} are marks, ^{(4)} and ^{[l]} are layer tags, the rest exponents. */
export function classifySuperscript(c: MathCursor, from: number, to: number): Superscript {
  const tokens = c.tokens.slice(from, to);
  if (tokens.length === 1) {
    const t = tokens[0]!;
    const mark = MARK_OF_CHAR[t.text];
    if (mark && (t.kind === 'char' || t.kind === 'command' || (t.kind === 'letters' && t.text === 'T'))) return { kind: 'mark', mark };
    if (t.kind === 'text' && /^[A-Za-z]+$/.test(t.text.trim())) return { kind: 'mark', mark: t.text.trim() };
    if (t.kind === 'letters' && t.text.length >= 3) return { kind: 'mark', mark: t.text };
  }
  if (tokens.length >= 1 && tokens.every((t) => t.kind === 'char' && MARK_OF_CHAR[t.text] === 'prime')) {
    return { kind: 'mark', mark: tokens.map(() => 'prime').join('_') };
  }
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first?.kind === 'open' && (first.text === '(' || first.text === '[') && first.match === to - 1 && last) {
    const inner = tokens.slice(1, -1).map((t) => t.text).join('');
    if (LAYER.test(inner)) return { kind: 'layer', layer: inner };
  }
  // a^{(1)T}, W^{[2]\top}, W^{(2)+}: a layer tag and a mark in one superscript.
  if (first?.kind === 'open' && first.match === to - 2 && MARK_OF_CHAR[last!.text] !== undefined) {
    const inner = tokens.slice(1, -2).map((t) => t.text).join('');
    if (LAYER.test(inner)) return { kind: 'layer', layer: inner, mark: MARK_OF_CHAR[last!.text]! };
  }
  return { kind: 'exponent' };
}

/** `[4]` glued to the name before it (no space), one whole number inside: a layer written on the line. */
export function layerInBrackets(c: MathCursor): boolean {
  const [open, n, close] = [c.tokens[c.pos], c.tokens[c.pos + 1], c.tokens[c.pos + 2]];
  const before = c.tokens[c.pos - 1];
  return open?.kind === 'open' && open.text === '[' && before !== undefined && before.end === open.start && n?.kind === 'number' && /^\d+$/.test(n.text) && close?.kind === 'close' && close.text === ']' && c.pos + 2 < c.end;
}

const STATE_WORDS = new Set(['new', 'updated', 'next', 'old']);

/** `(new)`, `(old)`, `(\text{updated})` right after a name: which state of it the text means, if that is all the parentheses hold. */
export function stateInParentheses(c: MathCursor): string | undefined {
  const [open, word, close] = [c.tokens[c.pos], c.tokens[c.pos + 1], c.tokens[c.pos + 2]];
  if (open?.kind !== 'open' || open.text !== '(' || close?.kind !== 'close' || close.text !== ')') return undefined;
  const text = word?.kind === 'letters' || word?.kind === 'text' ? word.text.trim().toLowerCase() : '';
  return STATE_WORDS.has(text) ? text : undefined;
}

/** \tanh^2(z) = (\tanh z)^2: a whole power of 2 or more written on the function's name (not ^{-1}, an inverse). */
export function functionPower(c: MathCursor): number | undefined {
  if (!c.isChar('^')) return undefined;
  const at = c.pos;
  c.next();
  const r = scriptRange(c);
  const t = c.tokens[r.from];
  if (r.to - r.from === 1 && t?.kind === 'number' && /^\d+$/.test(t.text) && Number(t.text) >= 2) return Number(t.text);
  c.pos = at;
  return undefined;
}

/** \tanh_{o}(s_o), \tanh_{h[0]}'(s): a subscript that says whose function it is, before a call, is read past (tanh, tanh_prime). */
export function unitLabel(c: MathCursor, name: string): string {
  if (!c.isChar('_') || name.endsWith('_prime')) return name;
  const at = c.pos;
  c.next();
  scriptRange(c);
  const prime = c.isChar("'");
  if (prime) c.next();
  if (c.peek()?.kind === 'open' && c.peek()!.text === '(') return prime ? `${name}_prime` : name;
  c.pos = at;
  return name;
}
