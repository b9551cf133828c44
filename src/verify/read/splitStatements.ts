// Splits one equation's tokens into statements at top-level separators ("a = 1, b = 2", "\quad", prose text) and finds its equation number.
import { IGNORED_COMMANDS, IGNORED_WITH_ARGUMENT, LEADING_ARROWS, STATEMENT_SEPARATORS } from './mathCommands.js';
import type { Token } from './latexTokens.js';
import { classifyText, operandWords } from './textTokens.js';

export interface StatementRange {
  from: number;
  to: number;
}

export interface Statements {
  statements: StatementRange[];
  /** The equation number: \tag{1}, or a trailing "\quad (5)". */
  tag?: string;
}

function isSeparator(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind === 'char') return t.text === ',' || t.text === ';';
  if (t.kind === 'command') return STATEMENT_SEPARATORS.has(t.text);
  return t.kind === 'text' && classifyText(t) === 'prose' && operandWords(tokens, k) === undefined;
}

const meaningful = (t: Token): boolean => !(t.kind === 'command' && IGNORED_COMMANDS.has(t.text));

export function splitStatements(tokens: readonly Token[], src: string): Statements {
  const parts: (StatementRange & { after?: Token })[] = [];
  let tag: string | undefined;
  let depth = 0;
  // inside \begin{…} … \end{…} (a case split's "if" and "otherwise", a matrix's commas) nothing separates statements
  let environments = 0;
  let start = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'command' && t.text === '\\begin') environments++;
    else if (t.kind === 'command' && t.text === '\\end') environments = Math.max(0, environments - 1);
    else if (t.kind === 'lbrace' || t.kind === 'open') depth++;
    else if (t.kind === 'rbrace' || t.kind === 'close') depth--;
    else if (depth === 0 && t.kind === 'command' && (t.text === '\\tag' || t.text === '\\tag*')) {
      const arg = tokens[k + 1];
      if (arg?.kind === 'lbrace' && arg.match !== undefined) tag = src.slice(arg.end, tokens[arg.match]!.start).trim();
    } else if (depth === 0 && environments === 0 && isSeparator(tokens, k)) {
      parts.push({ from: start, to: k, after: t });
      // \hspace{0.5in} separates statements; its argument belongs to neither.
      const arg = tokens[k + 1];
      if (IGNORED_WITH_ARGUMENT.has(t.text) && arg?.kind === 'lbrace' && arg.match !== undefined) k = arg.match;
      start = k + 1;
    }
  }
  parts.push({ from: start, to: tokens.length });
  const statements: StatementRange[] = [];
  const trimmed = parts.map((p) => trim(tokens, p));
  const nonEmpty = trimmed.filter((r) => r !== null).length;
  parts.forEach((p, i) => {
    const r = trimmed[i];
    if (!r) return;
    const number = equationNumber(tokens, r, src);
    const lone = nonEmpty === 1;
    const quadBefore = i > 0 && /^\\q?quad$/.test(parts[i - 1]!.after?.text ?? '');
    if (number !== undefined && i === parts.length - 1 && (quadBefore || lone)) tag ??= number;
    else statements.push(r);
  });
  return { statements, tag };
}

/** Drops spacing at both ends, a leading "→" (it follows that) and trailing punctuation. Null if nothing is left. */
function trim(tokens: readonly Token[], r: StatementRange): StatementRange | null {
  let { from, to } = r;
  const at = (k: number): Token => tokens[k]!;
  for (;;) {
    while (from < to && !meaningful(at(from))) from++;
    while (to > from && !meaningful(at(to - 1))) to--;
    if (from < to && at(from).kind === 'command' && LEADING_ARROWS.has(at(from).text)) from++;
    else if (to > from && at(to - 1).kind === 'char' && at(to - 1).text === '.' && !(to - 2 >= from && at(to - 2).text === '.')) to--;
    else if (to > from && at(to - 1).kind === 'char' && at(to - 1).text === ':') to--;
    else if (trailingLabel(tokens, from, to) !== undefined) to = trailingLabel(tokens, from, to)!;
    else break;
  }
  return from < to ? { from, to } : null;
}

/** Where a statement ends before a last `\label{…}` or `\tag{…}` (`= 0.082167. \label{eq:w5}`), if it ends with one. */
function trailingLabel(tokens: readonly Token[], from: number, to: number): number | undefined {
  if (to - 1 <= from || tokens[to - 1]!.kind !== 'rbrace') return undefined;
  let open = to - 2;
  while (open > from && tokens[open]!.match !== to - 1) open--;
  const command = tokens[open - 1];
  return open > from && command?.kind === 'command' && IGNORED_WITH_ARGUMENT.has(command.text) ? open - 1 : undefined;
}

/** "(5)" → "5" when the statement is only a parenthesized integer. */
function equationNumber(tokens: readonly Token[], r: StatementRange, src: string): string | undefined {
  if (r.to - r.from !== 3) return undefined;
  const [open, n, close] = [tokens[r.from]!, tokens[r.from + 1]!, tokens[r.from + 2]!];
  if (open.text !== '(' || n.kind !== 'number' || !/^\d+$/.test(n.text) || close.text !== ')') return undefined;
  return src.slice(n.start, n.end);
}
