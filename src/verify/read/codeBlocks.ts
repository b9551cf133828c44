// Worked equations a page writes in a code block (`z = 0.5*0.7 + 0.1 = 0.45`, `weights = [0.7, -0.4], bias = 0.1`): read as plain text where the block is no program; in a program's fence, only the working in its comments.
import { findPlainEquations, type PlainEquation } from './plainText.js';
import { PROGRAM } from './plainStatements.js';
import { ORG_BLOCK } from './markdownBlocks.js';
import { commentsOnly } from './sourceComments.js';

/** Fence languages that say the block is a worked example in plain text, not a program. */
const TEXT_FENCES = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'output', 'none']);

/** A line of a program: a keyword, a module call, braces, a string or a comment (besides what PROGRAM finds in code spans). */
// (a quote after a letter and before no letter is a prime, y' as numpy's output labels it, not a string)
const PROGRAM_LINE = /[{}"#]|(?<![A-Za-z0-9])'|'(?=[A-Za-z0-9])|^\s*(?:\/\/|%)|\b(?:class|const|let|var|double|int|float|void|public)\b|\w\(\s*\)/;

/**
 * The equations of the code blocks `blocks` (fenced without a language or as text, or indented) of a Markdown text, each
 * line read like a plain-text line; a block with any line of a program in it (def, for, import, return, print(…),
 * np.…, braces, strings) is left whole to the coverage as numbers in code. `name = …, name = …` on one line are
 * separate statements.
 */
export function findCodeBlockEquations(text: string, blocks: readonly { start: number; end: number }[]): PlainEquation[] {
  const out: PlainEquation[] = [];
  for (const block of blocks) {
    const body = blockBody(text, block);
    if (!body) continue;
    const lines = text.slice(body.start, body.end);
    if (!/[=≈]/.test(lines) || !/\d/.test(lines) || isProgram(lines)) continue;
    for (const eq of findPlainEquations(splitAssignments(lines), [], { all: true })) {
      out.push({ latex: eq.latex, offsets: eq.offsets.map((k) => body.start + k), lineEnd: body.start + eq.lineEnd });
    }
  }
  return out;
}

/** Fence languages whose comments are read, as the file extension `commentsOnly` knows each language by. */
const COMMENTED_FENCES: Readonly<Record<string, string>> = {
  python: 'py', py: 'py', python3: 'py', ipython: 'py', ipython3: 'py', r: 'r', julia: 'jl', javascript: 'js', js: 'js',
  typescript: 'ts', ts: 'ts', java: 'java', c: 'c', cpp: 'cpp', 'c++': 'cpp', csharp: 'cs', cs: 'cs', go: 'go', rust: 'rs',
};

/**
 * The equations in the comments of the code blocks `blocks` fenced in a program language (```python … `# 2.0 * 0.5 + 0.1
 * = 1.1`): the code is blanked as in a program's source file, the comments read like plain-text lines.
 */
export function findCommentEquations(text: string, blocks: readonly { start: number; end: number }[]): PlainEquation[] {
  const out: PlainEquation[] = [];
  for (const block of blocks) {
    const extension = COMMENTED_FENCES[(languageOf(text.slice(block.start, block.end).split('\n', 1)[0]!) ?? '').toLowerCase()];
    const body = extension === undefined ? undefined : codeBlockBody(text, block);
    if (!body) continue;
    const comments = commentsOnly(text.slice(body.start, body.end), `block.${extension}`);
    if (!/=/.test(comments) || !/\d/.test(comments)) continue;
    for (const eq of findPlainEquations(comments, [])) {
      out.push({ latex: eq.latex, offsets: eq.offsets.map((k) => body.start + k), lineEnd: body.start + eq.lineEnd });
    }
  }
  return out;
}

/** Whether any line of a block's text is a line of a program (def, for, print(…), np.…, braces, strings, comments). */
export function isProgram(lines: string): boolean {
  return lines.split('\n').some((l) => PROGRAM.test(l) || PROGRAM_LINE.test(l));
}

/**
 * The text inside a block (past its opening line and before its closing one), or undefined for a block of a program
 * language. A block fenced as a program that no line of can be one (`a = sigmoid(1.0) = 1 / 1.368`, `= 0.7311`,
 * `∂a/∂z = 0.7311 × 0.2689`) is worked text whatever its fence says.
 */
function blockBody(text: string, block: { start: number; end: number }): { start: number; end: number } | undefined {
  const language = languageOf(text.slice(block.start, block.end).split('\n', 1)[0]!);
  if (language === undefined || TEXT_FENCES.has(language.toLowerCase())) return codeBlockBody(text, block);
  const body = codeBlockBody(text, block);
  return body && workedText(text.slice(body.start, body.end)) ? body : undefined;
}

/** Characters of written math that no program language has as an operator. */
const MATH_SIGNS = /[×÷·∂≈√σ²³−∑]/;

/**
 * Whether a block's lines are worked arithmetic, not code: no line of a program in it, and some line that no language
 * parses as code: a chain whose second side is a formula (`a = f(1.0) = 0.73`, where code only chains names), a line
 * that starts with its relation, or the signs of written math.
 */
function workedText(lines: string): boolean {
  if (isProgram(lines)) return false;
  return lines.split('\n').some((line) => {
    const sides = line.split(/(?<![=<>!])=(?!=)/);
    return MATH_SIGNS.test(line) || /^\s*=/.test(line) || (sides.length >= 3 && sides.slice(1, -1).some((s) => /[()+\-*/^]/.test(s)));
  });
}

/** The text inside a block of any language (past its opening line and before its closing one); an indented block whole. */
export function codeBlockBody(text: string, block: { start: number; end: number }): { start: number; end: number } | undefined {
  const first = text.slice(block.start, block.end).split('\n', 1)[0]!;
  if (languageOf(first) === undefined) return block;
  const start = block.start + first.length + 1;
  const close = text.lastIndexOf('\n', block.end - 1);
  const end = close > start && /^\s*(`{3,}|~{3,}|#\+end_\w+)\s*$/i.test(text.slice(close + 1, block.end)) ? close : block.end;
  return start < end ? { start, end } : undefined;
}

/** The language an opening line gives: a fence's info string, org's #+begin_src LANG ('' for #+begin_example); undefined for no opening line. */
function languageOf(line: string): string | undefined {
  const fence = /^ {0,3}(?:`{3,}|~{3,})[ \t]*([^\s`{]*)/.exec(line);
  if (fence) return fence[1]!;
  const org = ORG_BLOCK.exec(line);
  return org ? (org[1]!.toLowerCase() === 'example' ? '' : org[2] || 'src') : undefined;
}

/** `a = [1, 2], b = 0.1` → `a = [1, 2]; b = 0.1`: a comma outside brackets before another `name =` ends a statement (lengths kept). */
function splitAssignments(lines: string): string {
  const chars = lines.split('');
  let depth = 0;
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k]!;
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth = Math.max(0, depth - 1);
    else if (c === '\n') depth = 0;
    else if (c === ',' && depth === 0 && /^\s*[A-Za-z][\w]*\s*=(?!=)/.test(lines.slice(k + 1, k + 60))) chars[k] = ';';
  }
  return chars.join('');
}
