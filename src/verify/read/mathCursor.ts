// The parser's position in a token list: peeking past spacing, bounded groups, a nesting limit, and the numbers it has read.
import { IGNORED_COMMANDS, IGNORED_WITH_ARGUMENT, RELATIONS } from './mathCommands.js';
import type { Token } from './latexTokens.js';

/** A numeric literal as printed: "0.0821" keeps its 4 decimals, "-0.019" its sign. Offsets are into the equation's LaTeX. */
export interface NumberLiteral {
  text: string;
  value: number;
  decimals: number;
  start: number;
  end: number;
}

export class ParseError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/** Nesting deeper than this is refused (hostile input must not exhaust the stack). */
export const MAX_DEPTH = 60;

/** Why a token cannot stand where it is, naming what the document wrote (words, a relation, a bracket), not the parser's token. */
export function notRead(t: Token): string {
  if (t.kind === 'text') return `the words "${t.text.trim()}" inside the math are not read`;
  if (t.kind === 'command') return t.text in RELATIONS ? `a relation (${t.text}) where a formula was expected` : `${t.text} is not read yet`;
  if (t.kind === 'close' || t.kind === 'rbrace') return `an unmatched "${t.text}"`;
  if (t.kind === 'char' && t.text in RELATIONS) return `a relation (${t.text}) where a formula was expected`;
  return CHARACTERS[t.text.trim()] ?? `"${t.text.trim()}" is not read here`;
}

/** What a character that cannot stand where it is usually is, as a skip names it. */
const CHARACTERS: Readonly<Record<string, string>> = {
  ':': 'a colon (a label such as "NOR:" before the equation, or a ratio) is not read here',
  '_': 'a subscript with nothing before it is not read here',
  '^': 'a superscript with nothing before it is not read here',
  '&': 'an alignment mark (&) outside an aligned environment is not read here',
  ';': 'a semicolon inside the formula is not read here',
  '!': 'a factorial (!) is not read yet',
};

/** An empty group `{}` that is no argument (of a command, ^ or _): editors write it as a spacer (`\sum_{i}{}z_i`,
 * `= {}x`); it means nothing. */
function isLooseEmptyGroup(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'lbrace' || t.match !== k + 1) return false;
  const prev = tokens[k - 1];
  return !(prev?.kind === 'command' || (prev?.kind === 'char' && (prev.text === '^' || prev.text === '_')));
}

export class MathCursor {
  pos: number;
  end: number;
  private depth = 0;
  readonly numbers: NumberLiteral[] = [];

  constructor(readonly tokens: Token[], readonly src: string, from: number, to: number) {
    this.pos = from;
    this.end = to;
  }

  /** The next meaningful token (spacing and \label{} are skipped), or undefined at the end of the current range. */
  peek(): Token | undefined {
    for (;;) {
      const t = this.tokens[this.pos];
      if (this.pos >= this.end || !t) return undefined;
      if (t.kind === 'command' && IGNORED_COMMANDS.has(t.text)) this.pos++;
      else if (isLooseEmptyGroup(this.tokens, this.pos)) this.pos += 2;
      else if (t.kind === 'command' && IGNORED_WITH_ARGUMENT.has(t.text)) {
        const arg = this.tokens[this.pos + 1];
        this.pos = arg?.kind === 'lbrace' && arg.match !== undefined ? arg.match + 1 : this.pos + 1;
      } else return t;
    }
  }

  next(): Token {
    const t = this.peek();
    if (!t) this.fail(this.endReason());
    this.pos++;
    return t;
  }

  /** Why the formula ends too soon: after an operator (\cdot with the words \text{W update} after it) or inside a group. */
  private endReason(): string {
    const last = this.tokens[Math.min(this.pos, this.end) - 1];
    const after = this.tokens[this.end];
    const words = after?.kind === 'text' ? ` (the words "${after.text.trim()}" after it are not read as a name)` : '';
    if (last?.kind === 'lbrace') return 'an empty group {} where a formula was expected';
    return last ? `the formula stops after "${last.text.trim()}"${words}` : 'the formula is empty';
  }

  atEnd(): boolean {
    return this.peek() === undefined;
  }

  isChar(c: string): boolean {
    const t = this.peek();
    return t?.kind === 'char' && t.text === c;
  }

  isCommand(name: string): boolean {
    const t = this.peek();
    return t?.kind === 'command' && t.text === name;
  }

  /** The offset where the next token starts (or the end of the range). */
  offset(): number {
    return this.peek()?.start ?? this.tokens[this.end - 1]?.end ?? 0;
  }

  fail(message: string, at?: Token): never {
    // A statement that does not parse is a reason to skip it, never shown as a fault: no stack trace is captured
    // (reading a document's prose and figure code as plain-text equations fails on most of its lines).
    const offset = at?.start ?? this.offset();
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    const error = new ParseError(message, offset);
    Error.stackTraceLimit = limit;
    throw error;
  }

  /** Runs `read` on the inside of the bracket or brace at the cursor, then steps past its partner. */
  inside<T>(read: () => T): T {
    const open = this.next();
    if (open.match === undefined || (open.kind !== 'lbrace' && open.kind !== 'open')) this.fail(`expected a group, found "${open.text}"`, open);
    return this.within(this.pos, open.match, read, open.match + 1);
  }

  /** Runs `read` on tokens [from, to), requires it to consume them all, then continues at `after`. */
  within<T>(from: number, to: number, read: () => T, after = to): T {
    const saved = this.end;
    if (++this.depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
    this.pos = from;
    this.end = to;
    const result = read();
    const left = this.peek();
    if (left) this.fail(notRead(left), left);
    this.depth--;
    this.end = saved;
    this.pos = after;
    return result;
  }

  /** Guards recursion that does not go through `within` (unary minus chains, nested scripts). */
  nest<T>(read: () => T): T {
    if (++this.depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
    try {
      return read();
    } finally {
      this.depth--;
    }
  }

  recordNumber(text: string, start: number, end: number): number {
    const value = Number(text);
    const dot = text.indexOf('.');
    this.numbers.push({ text, value, decimals: dot < 0 ? 0 : text.length - dot - 1, start, end });
    return value;
  }
}
