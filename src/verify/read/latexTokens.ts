// Tokenizer for one equation's LaTeX: numbers, letter runs, commands, raw \text{} contents and paired brackets, each with its offset.
import { scientificAt, UNREADABLE_EXPONENT, unreadableAt } from './scientificNumber.js';
import { GREEK, LOGIC_WORDS, TEXT_COMMANDS } from './mathCommands.js';
import { pushScriptChar, unicodeScript } from './unicodeMath.js';
import { fontAroundRelation, matchingBrace, OVERLAY_COMMANDS, overlaySpecLength, pairTokens, skipArguments, spreadBarGroups, STYLE_WRAPPERS, wrapsArgument } from './latexBraces.js';
import type { Token, TokenKind, Tokenized } from './tokenTypes.js';

export { matchingBrace } from './latexBraces.js';
export type { Token, TokenKind, Tokenized } from './tokenTypes.js';

const GREEK_LETTERS = 'αβγδεζηθικλμνξοπρστυφχψω';
const GREEK_NAMES = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi', 'rho', 'sigma', 'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega'];

/** Unicode characters that stand for a command or an ASCII character. */
const UNICODE: Readonly<Record<string, string>> = {
  '−': '-', '–': '-', '·': '\\cdot', '⋅': '\\cdot', '×': '\\times', '≈': '\\approx', '→': '\\to', '←': '\\leftarrow',
  '≤': '\\leq', '≥': '\\geq', '≠': '\\neq', '∂': '\\partial', '…': '\\dots', '∑': '\\sum', '∞': '\\infty', '′': "'",
  '⊙': '\\odot', '@': '\\cdot', '∘': '\\circ', 'ϵ': '\\epsilon', 'ϕ': '\\phi', 'Δ': '\\Delta', '√': '\\sqrt',
  // full-width punctuation of Chinese and Japanese text, typed inside math: its ASCII twin
  '，': ',', '；': ';', '：': ':',
  ...Object.fromEntries([...GREEK_LETTERS].map((c, i) => [c, `\\${GREEK_NAMES[i]}`])),
};

/** Two-letter names that texts and code use as one word: lr, the learning rate (never l·r); in_j, a unit's input (Russell and Norvig's), where subscripted. */
const CUSTOMARY_WORDS = new Set(['lr', 'LR']);

const DELIMITER = /\s*(\\[{}|]|\\langle|\\rangle|\\lVert|\\rVert|\\Vert|\\lvert|\\rvert|\\lbrack|\\rbrack|[()[\]|.])/y;
/**
 * 0.5, .5, the decimal comma LaTeX writes braced, 0{,}5 (German and French texts; a bare comma separates), and numpy's
 * whole float with a trailing point (0., 2.): the point is the number's where no digit or point follows.
 */
const NUMBER = /\d+(?:(?:\.|\{,\})\d+|\.(?![\d.]))?|\.\d+/y;
const LETTERS = /[A-Za-z]+/y;
const COMMAND = /\\(?:[A-Za-z]+\*?|[^A-Za-z])/y;
const SIZE_COMMAND = /^\\(?:big|Big|bigg|Bigg)[lr]?$/;
/** The fraction commands, one reading for all (\\cfrac is a continued fraction's, set larger). */
export const FRACTIONS = new Set(['\\frac', '\\dfrac', '\\tfrac', '\\cfrac']);

/** What a d glued to it differentiates the loss by: a capital (dZ, dW, dA) or a weight, bias, net or activation (dw, db, dz, da). */
const DIFFERENTIATED = /^[A-Zwbza]$/;

/** `lossLetter`: where given, dZ, dW, db … are read as ∂L/∂Z, ∂L/∂W, ∂L/∂b with that letter for L. */
export function tokenize(written: string, words: ReadonlySet<string> = new Set(), lossLetter?: string): Tokenized {
  const src = spreadBarGroups(written);
  const tokens: Token[] = [];
  let i = 0;
  let singleChars = 0; // TeX reads one character as the argument of ^, _ and \frac12
  let braceDepth = 0;
  let unreadable: number | undefined;
  /** Depths of the braces of overlay commands, whose closing brace is dropped with them. */
  const dropped: number[] = [];
  const push = (kind: TokenKind, text: string, start: number, end: number, extra?: Partial<Token>): void => {
    tokens.push(extra ? { kind, text, start, end, ...extra } : { kind, text, start, end });
  };
  // (a sticky match starts at i and ends at lastIndex: no match array made for each token)
  const sticky = (re: RegExp): string | null => {
    re.lastIndex = i;
    return re.test(src) ? src.slice(i, re.lastIndex) : null;
  };
  while (i < src.length) {
    const c = src[i]!;
    // by character code (this loop runs once per character of every equation): ASCII blanks, ~, then any other \s
    const code = c.charCodeAt(0);
    if (code === 32 || code === 126 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(c))) { i++; continue; }
    const single = singleChars > 0;
    if (singleChars > 0) singleChars--;
    const number = (code >= 48 && code <= 57) || code === 46 ? sticky(NUMBER) : null;
    if (number) {
      const text = single ? c : number.replace('{,}', '.');
      const prev = tokens[tokens.length - 1];
      // a1, and δ2 or θ1 (a Greek letter with a whole number right after it), name the number as a subscript
      const greek = prev?.kind === 'command' && GREEK.has(prev.text.slice(1)) && /^\d+$/.test(text);
      const glued = (prev?.kind === 'letters' || greek) && prev!.end === i;
      // 4.3857e-4, 5.9\text{E-}01, 3.51 \times 10^{-5}: one number (not after a division: 3/4 \times 10^{-1})
      const sci = single || glued || src[i - 1] === '#' ? undefined : scientificAt(src, i + number.length, text, prev?.text !== '/' && prev?.text !== '\\div');
      if (sci && unreadableAt(src, i, number, sci)) unreadable ??= i;
      const end = sci?.text !== undefined ? sci.end : i + (single ? 1 : number.length);
      push('number', sci?.text ?? text, i, end, glued ? { glued: true } : undefined);
      i = end;
    } else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      const run = single ? c : sticky(LETTERS)!;
      // A run of three or more letters is one name (net, out, target); two letters are a product (wx) unless listed.
      if (run.length === 2 && !words.has(run) && !CUSTOMARY_WORDS.has(run) && !(run === 'in' && src[i + 2] === '_')) {
        const differential = lossLetter !== undefined && run[0] === 'd' && DIFFERENTIATED.test(run[1]!);
        push('letters', run[0]!, i, i + 1, differential ? { differential: lossLetter } : undefined);
        push('letters', run[1]!, i + 1, i + 2);
      } else push('letters', run, i, i + run.length);
      i += run.length;
    } else if (c === '\\') {
      const cmd = sticky(COMMAND) ?? '\\';
      const end = i + cmd.length;
      // z_i \mid_{x_i = 1}: a bar written as the relation \mid, with the point after it, is an evaluation bar too
      if (cmd === '\\mid' && /^\s*_/.test(src.slice(end, end + 8))) {
        push('command', '\\evalbar', i, end);
        i = end;
        continue;
      }
      if (cmd === '\\left' || cmd === '\\right' || SIZE_COMMAND.test(cmd)) {
        DELIMITER.lastIndex = end;
        const m = DELIMITER.exec(src);
        if (m && m[1] === '|' && cmd !== '\\left' && /^\s*_/.test(src.slice(DELIMITER.lastIndex))) {
          // \bigg|_{x=1}: the value at a stated point.
          push('command', '\\evalbar', i, DELIMITER.lastIndex);
          i = DELIMITER.lastIndex;
          continue;
        }
        if (m) {
          const d = m[1]!;
          const opening = cmd === '\\left' || cmd.endsWith('l') || (cmd !== '\\right' && !cmd.endsWith('r') && /[([]|\\\{|\\langle|\\lbrack/.test(d));
          push(opening ? 'open' : 'close', d === '\\lvert' || d === '\\rvert' ? '|' : /^\\[lr]?Vert$/.test(d) ? '\\|' : d, i, DELIMITER.lastIndex);
          i = DELIMITER.lastIndex;
          continue;
        }
      }
      if (TEXT_COMMANDS.has(cmd)) {
        const open = src.slice(end).search(/\S/);
        if (open >= 0 && src[end + open] === '{') {
          const close = matchingBrace(src, end + open);
          if (close > 0) {
            const content = src.slice(end + open + 1, close);
            // \text{ AND NOT } is two operators.
            const words = content.trim().split(/\s+/);
            if (/^\s*[-−–]\s*$/.test(content)) push('char', '-', i, close + 1); // \text{-}: a minus sign typed as text
            else if (words.length > 1 && words.every((w) => w in LOGIC_WORDS)) {
              for (const w of words) push('text', ` ${w} `, i, close + 1, { command: cmd });
            } else push('text', content, i, close + 1, { command: cmd });
            i = close + 1;
            continue;
          }
        }
      }
      if (cmd === '\\{' || cmd === '\\}') push(cmd === '\\{' ? 'open' : 'close', cmd, i, end);
      else push('command', cmd === '\\newline' ? '\\\\' : cmd, i, end); // \newline breaks a row as \\ does
      // Beamer's overlays (\only<2>{…}, \uncover<3->{…}, \pause) say when, not what: the command, its
      // specification and its braces go, what they enclose stays.
      // Colour and box wrappers (\textcolor{#hex}{x_1 = 0.5}, MathJax's \class{…}{…}, \boxed{0.5}) say how it looks:
      // the command and its style argument go, what it wraps stays, relations included.
      const style = STYLE_WRAPPERS[cmd] ?? fontAroundRelation(cmd, src, end);
      if (style !== undefined) {
        tokens.pop();
        i = skipArguments(src, end + overlaySpecLength(src, end), style); // Beamer's \alert<2>{…}
        const open = /^\s*\{/.exec(src.slice(i));
        if (open) {
          i += open[0].length;
          dropped.push(braceDepth);
          braceDepth++;
        }
        continue;
      }
      if (OVERLAY_COMMANDS.has(cmd)) {
        tokens.pop();
        i = end + overlaySpecLength(src, end);
        const open = /^\s*\{/.exec(src.slice(i));
        if (open && wrapsArgument(cmd)) {
          i += open[0].length;
          dropped.push(braceDepth);
          braceDepth++;
        }
        continue;
      }
      if (FRACTIONS.has(cmd) && /^\s*[0-9A-Za-z]/.test(src.slice(end, end + 8))) singleChars = 2;
      i = end;
    } else if (c === '{' || c === '}') {
      braceDepth += c === '{' ? 1 : -1;
      if (c === '}' && dropped[dropped.length - 1] === braceDepth) dropped.pop();
      else push(c === '{' ? 'lbrace' : 'rbrace', c, i, i + 1);
      i++;
    } else if (c === '(' || c === '[' || c === ')' || c === ']') {
      push(c === '(' || c === '[' ? 'open' : 'close', c, i, i + 1);
      i++;
    } else {
      const cp = String.fromCodePoint(src.codePointAt(i)!);
      // (every sub- and superscript character is outside ASCII: an ASCII character starts no script)
      const script = code > 127 ? unicodeScript(src, i) : undefined;
      if (script) {
        // x₁₂ → x_{12}, e⁻¹ → e^{-1}: a run of Unicode sub- or superscripts is one braced script.
        const open = tokens.length + 1;
        push('char', script.kind, i, i);
        push('lbrace', '{', i, i);
        for (const [text, at] of script.chars) pushScriptChar(tokens, text, at);
        push('rbrace', '}', script.end, script.end);
        tokens[open]!.match = tokens.length - 1;
        i = script.end;
        continue;
      }
      if (cp === '½') {
        for (const [kind, text] of [['command', '\\frac'], ['lbrace', '{'], ['number', '1'], ['rbrace', '}'], ['lbrace', '{'], ['number', '2'], ['rbrace', '}']] as const) push(kind, text, i, i + 1);
        i += 1;
        continue;
      }
      if (cp === ':' && src[i + 1] === '=') {
        push('char', ':=', i, i + 2);
        i += 2;
        continue;
      }
      if (cp === '-' && src[i + 1] === '>') {
        push('command', '\\to', i, i + 2); // an arrow typed in ASCII, as code comments and notes write it
        i += 2;
        continue;
      }
      const mapped = UNICODE[cp];
      if (mapped?.startsWith('\\')) push('command', mapped, i, i + cp.length);
      else push('char', mapped ?? cp, i, i + cp.length);
      if (cp === '^' || cp === '_') singleChars = 1;
      i += cp.length;
    }
  }
  return { tokens, error: unreadable !== undefined ? { message: UNREADABLE_EXPONENT, offset: unreadable } : pairTokens(tokens) };
}
