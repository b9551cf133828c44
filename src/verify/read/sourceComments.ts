// A program's source file (.cs, .py, .js, …) read for the working its comments show: the code is blanked, so `new(-2f)` is never read as an equation.

/** Extensions of source files, with the comment forms of their language. */
const LINE_COMMENT: ReadonlyArray<readonly [RegExp, readonly string[], boolean]> = [
  // C-like: // and /* */
  [/\.(cs|c|h|cc|cpp|hpp|cxx|java|js|mjs|cjs|ts|go|rs|swift|kt|kts|scala|dart|php)$/i, ['//'], true],
  // # comments
  [/\.(py|r|jl|sh|rb|pl)$/i, ['#'], false],
];

/** Whether `file` is a program's source, whose code is not the document. */
export function isSourceFile(file: string | undefined): boolean {
  return file !== undefined && LINE_COMMENT.some(([re]) => re.test(file));
}

/**
 * The text with everything outside comments replaced by spaces (line breaks kept, so every offset and line stays
 * where it was), except the name a line assigns when its comment works out that value (`z1 = x * w1 + b1  # 2.0 * 0.5
 * + 0.1 = 1.1` reads `z1 = … 2.0 * 0.5 + 0.1 = 1.1`). String literals are stepped over, so a `//` inside "http://…"
 * opens no comment.
 */
export function commentsOnly(source: string, file: string): string {
  return keepAssignedNames(source, blankCode(source, file));
}

/** `name =` at the start of a line of code, the whole target a plain name. */
const ASSIGNMENT = /^\s*[A-Za-z_][A-Za-z0-9_]*\s*=(?!=)/;
/** A comment that is arithmetic with its result (numbers or a call first, a relation and a digit in it, no name of its own before its relation), or a value. */
// (or the value alone: `dloss_db2 = dloss_dz2 * dz2_db2  # -0.189`)
const WORKED = (comment: string): boolean => /^[-−]?\d*\.?\d+$/.test(comment) || (/^(?:[-−(\d.]|[A-Za-z_]\w*\()/.test(comment) && /\d/.test(comment) && /=|≈/.test(comment) && !/^[A-Za-z_]\w*\s*(?:=|≈)/.test(comment));

/** The blanked lines of `blanked` given back the `name =` of their code (from `source`) where their comment works out that name's value. */
function keepAssignedNames(source: string, blanked: string): string {
  const [lines, kept] = [source.split('\n'), blanked.split('\n')];
  for (let k = 0; k < kept.length; k++) {
    const target = ASSIGNMENT.exec(lines[k] ?? '');
    if (!target || kept[k]!.slice(0, target[0].length).trim() !== '') continue;
    if (WORKED(kept[k]!.trim())) kept[k] = target[0] + kept[k]!.slice(target[0].length);
    else if (FORMULA.test(lines[k]!.slice(target[0].length)) && workedBelow(lines[k + 1], kept[k + 1])) {
      // the working on the comment line under the assignment (`# Calcolo: sigmoide(0.9 * 0.8) = 0.672`): the name,
      // then the comment as its chain continued (its marker read as "=", its label dropped)
      kept[k] = target[0] + ' '.repeat(kept[k]!.length - target[0].length);
      kept[k + 1] = continued(lines[k + 1]!, kept[k + 1]!);
    }
  }
  return kept.join('\n');
}

/** Code that computes (a call or an operator on a name), not a literal (`lr = 0.1`, `y = 0.666  # given`). */
const FORMULA = /[A-Za-z_]\w*\s*\(|[A-Za-z_]\w*\s*[-+*/]|[-+*/]\s*[A-Za-z_(]/;
/** A label before a comment's working (`Calcolo:`, `Check:`, `Step 2:`). */
const LABEL = /^(\s*)([\p{L}][\p{L}\p{N} ]{0,20}:)(?!=)/u;

/** A line that is a comment alone (its code blank), whose text, past a label, works out a value. */
function workedBelow(line: string | undefined, blankedLine: string | undefined): boolean {
  if (line === undefined || blankedLine === undefined || blankedLine.trim() === '' || line.trim() === '') return false;
  const marker = line.search(/\S/);
  if (blankedLine.slice(0, marker).trim() !== '' || /^[\w(]/.test(line.slice(marker))) return false;
  return WORKED(blankedLine.replace(LABEL, '$1').trim());
}

/** The comment line with its marker replaced by "=" and its label blanked, every other character where it was. */
function continued(line: string, blankedLine: string): string {
  const marker = line.search(/\S/);
  const text = blankedLine.replace(LABEL, (_, space: string, label: string) => space + ' '.repeat(label.length));
  return `${text.slice(0, marker)}=${text.slice(marker + 1)}`;
}

function blankCode(source: string, file: string): string {
  const language = LINE_COMMENT.find(([re]) => re.test(file));
  if (!language) return source;
  const [, markers, blocks] = language;
  let out = '';
  let i = 0;
  const blank = (s: string): string => s.replace(/[^\n]/g, ' ');
  while (i < source.length) {
    const c = source[i]!;
    if (c === '"' || c === "'" || c === '`') {
      const end = stringEnd(source, i);
      out += blank(source.slice(i, end));
      i = end;
    } else if (markers.some((m) => source.startsWith(m, i))) {
      const end = source.indexOf('\n', i);
      const stop = end < 0 ? source.length : end;
      const marker = markers.find((m) => source.startsWith(m, i))!;
      out += ' '.repeat(marker.length) + source.slice(i + marker.length, stop);
      i = stop;
    } else if (blocks && source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      const body = source.slice(i + 2, end < 0 ? source.length : end);
      out += `  ${body}${end < 0 ? '' : '  '}`;
      i = end < 0 ? source.length : end + 2;
    } else {
      out += c === '\n' ? '\n' : ' ';
      i++;
    }
  }
  return out;
}

/** The index just past the string literal opened at `start` (the line's end if it is never closed). */
function stringEnd(source: string, start: number): number {
  const quote = source[start]!;
  for (let k = start + 1; k < source.length; k++) {
    if (source[k] === '\\') k++;
    else if (source[k] === quote) return k + 1;
    else if (source[k] === '\n' && quote !== '`') return k;
  }
  return source.length;
}

/** The runs of non-blank lines of a text, as ranges. */
export function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /(?:^|\n)((?:[^\n]*\S[^\n]*(?:\n|$))+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.replace(/\n$/, '').length });
  }
  return out;
}
