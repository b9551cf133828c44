// AsciiMath, MathJax's other input language (kramdown pages write it between escaped backticks: \`hat y_1 = [[0],[1]]\`), turned into the LaTeX the math grammar reads by the asciimath2tex library, each character of the result placed back in the source.
import * as asciimath from 'asciimath2tex';

type Parser = { parse(source: string): string };
type ParserClass = new () => Parser;

let parser: Parser | undefined;

/** The LaTeX for an AsciiMath expression, or undefined where the library cannot read it. */
export function asciiMathToTex(source: string): string | undefined {
  try {
    // the package is CommonJS: its class is the module itself under Node, `default` under a bundler
    const loaded = asciimath as unknown as ParserClass | { default: ParserClass };
    const Class = typeof loaded === 'function' ? loaded : loaded.default;
    parser ??= new Class();
    const tex = parser.parse(source);
    return tex.trim() === '' ? undefined : tex;
  } catch {
    return undefined;
  }
}

/**
 * Where each character of the converted text came from: spread evenly over the source's span (the library keeps no
 * map), so a number's place in the LaTeX points at about its place in the AsciiMath, never outside it.
 */
export function spreadOffsets(start: number, sourceLength: number, latexLength: number): number[] {
  const out: number[] = [];
  for (let k = 0; k <= latexLength; k++) out.push(start + Math.min(sourceLength, Math.floor((k * sourceLength) / Math.max(1, latexLength))));
  return out;
}
