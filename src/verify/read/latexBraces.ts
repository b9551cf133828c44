// Brace and bracket bookkeeping for the tokenizer: pairing tokens, finding a brace's partner, stepping over arguments.
import type { Token, Tokenized } from './tokenTypes.js';

/** Wrappers that only style what they wrap, by the number of style arguments before it (\bbox's [..] is skipped too). */
export const STYLE_WRAPPERS: Readonly<Record<string, number>> = { '\\textcolor': 1, '\\colorbox': 1, '\\class': 1, '\\cssId': 1, '\\style': 1, '\\bbox': 0, '\\boxed': 0, '\\fbox': 0, '\\alert': 0, '\\structure': 0 };

/** Bold and other font commands around a whole statement (\mathbf{\frac{\partial L}{\partial c} = (-2) \times (1) = -2}) style
 * it as \boxed does: 0 style arguments to drop; around a name (\mathbf{W}) they stay a name's font. */
export function fontAroundRelation(command: string, src: string, end: number): number | undefined {
  if (!BOLD_FONTS.has(command)) return undefined;
  const open = src.slice(end).search(/\S/);
  const close = open >= 0 && src[end + open] === '{' ? matchingBrace(src, end + open) : -1;
  return close > 0 && /=|\\approx/.test(src.slice(end + open + 1, close)) ? 0 : undefined;
}
const BOLD_FONTS: ReadonlySet<string> = new Set(['\\mathbf', '\\boldsymbol', '\\bm', '\\pmb']);

/** Beamer's overlays (\only<2>{…}, \uncover<3->{…}, \pause) say when, not what. */
export const OVERLAY_COMMANDS: ReadonlySet<string> = new Set(['\\only', '\\uncover', '\\visible', '\\onslide', '\\pause', '\\invisible']);

/** An overlay command that wraps a brace argument (\pause and \onslide wrap none). */
export const wrapsArgument = (command: string): boolean => OVERLAY_COMMANDS.has(command) && command !== '\\pause' && command !== '\\onslide';

/** The length of an overlay specification (<2->, <1,3>) at `from`, 0 where there is none. */
export function overlaySpecLength(src: string, from: number): number {
  return /^<[0-9,\- ]*>/.exec(src.slice(from))?.[0].length ?? 0;
}

/** Past `count` brace arguments (and an optional [..] one before them) starting at `from`; where they stop when one is missing. */
export function skipArguments(src: string, from: number, count: number): number {
  let i = from;
  const optional = /^\s*\[[^\]]*\]/.exec(src.slice(i));
  if (optional) i += optional[0].length;
  for (let k = 0; k < count; k++) {
    const open = /^\s*\{/.exec(src.slice(i));
    const close = open ? matchingBrace(src, i + open[0].length - 1) : -1;
    if (close < 0) return i;
    i = close + 1;
  }
  return i;
}

/** Links each opening bracket to its closing one: braces with braces, any ( [ \{ with any ) ] \}. */
export function pairTokens(tokens: Token[]): Tokenized['error'] {
  const stack: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'lbrace' || t.kind === 'open') stack.push(k);
    else if (t.kind === 'rbrace' || t.kind === 'close') {
      const o = stack.pop();
      const want = t.kind === 'rbrace' ? 'lbrace' : 'open';
      if (o === undefined) return { message: `unbalanced "${t.text}": nothing opens it`, offset: t.start };
      if (tokens[o]!.kind !== want) return { message: `"${tokens[o]!.text}" is closed by "${t.text}"`, offset: tokens[o]!.start };
      tokens[o]!.match = k;
      t.match = o;
    }
  }
  const o = stack.pop();
  return o === undefined ? undefined : { message: `unbalanced "${tokens[o]!.text}": never closed`, offset: tokens[o]!.start };
}

/** Index of the brace closing the one at `open`, honouring nesting and \{ \}; -1 if none. */
export function matchingBrace(src: string, open: number): number {
  let depth = 0;
  for (let k = open; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') k++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return k;
  }
  return -1;
}

/**
 * An evaluation bar some equation editors write as a group after \left| (\left| {_{x = 1} = \frac{9}{2}} \right.),
 * where TeX prints f|_{x=1} = 9/2: rewritten to \big|_{x = 1} = \frac{9}{2}, blanks keeping every offset.
 */
export function spreadBarGroups(src: string): string {
  let out = src;
  for (const m of src.matchAll(/\\left\|(\s*)\{\s*_/g)) {
    const open = m.index + 6 + m[1]!.length;
    const close = matchingBrace(src, open);
    const right = close < 0 ? null : /^\s*\\right\./.exec(src.slice(close + 1));
    if (!right) continue;
    const blank = (from: number, to: number): void => void (out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to));
    out = out.slice(0, m.index) + '\\big| ' + out.slice(m.index + 6);
    blank(open, open + 1);
    blank(close, close + 1 + right[0].length);
  }
  return out;
}
