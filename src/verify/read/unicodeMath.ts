// Unicode math written in Markdown and plain text: runs of sub- and superscript characters (x₁₂, e⁻¹) as scripts of the math grammar.
/** The fields of a token this module writes (latexTokens.ts owns the full type). */
interface ScriptToken {
  kind: 'number' | 'letters' | 'char' | string;
  text: string;
  start: number;
  end: number;
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉₊₋ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼ';
const SUBSCRIPT_TEXT = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '+', '-', 'a', 'e', 'o', 'x', 'h', 'k', 'l', 'm', 'n', 'p', 's', 't', 'i', 'j'];
// ᵀ (and ᵗ) is the transpose mark: a1ᵀ reads as a_1^T
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻ⁿᵀᵗ';
const SUPERSCRIPT_TEXT = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '+', '-', 'n', 'T', 'T'];

/** A run of Unicode subscript or superscript characters at `i`: the script it makes and its characters as ASCII. */
export function unicodeScript(src: string, i: number): { kind: '_' | '^'; chars: [string, number][]; end: number } | undefined {
  for (const [kind, set, text] of [['_', SUBSCRIPTS, SUBSCRIPT_TEXT], ['^', SUPERSCRIPTS, SUPERSCRIPT_TEXT]] as const) {
    const chars: [string, number][] = [];
    let k = i;
    for (let at = set.indexOf(src[k]!); k < src.length && at >= 0; at = set.indexOf(src[k]!)) chars.push([text[at]!, k++]);
    if (chars.length > 0) return { kind, chars, end: k };
  }
  return undefined;
}

/** One character of a Unicode script as a token: digits join into one number, letters into one run, signs are chars. */
export function pushScriptChar(tokens: ScriptToken[], text: string, at: number): void {
  const last = tokens[tokens.length - 1];
  const kind = /\d/.test(text) ? 'number' : /[a-zA-Z]/.test(text) ? 'letters' : 'char';
  if (last && last.kind === kind && kind !== 'char' && last.end === at) {
    last.text += text;
    last.end = at + 1;
  } else tokens.push({ kind, text, start: at, end: at + 1 });
}

