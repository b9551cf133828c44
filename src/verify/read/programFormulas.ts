// A name a program assigns by a formula of other names (`err = y_true - y_hat`), for the value it prints under that
// name (`err:  0.115`): the formula that value is, where the name itself is no quantity of the network.
import { SymbolNode, type MathNode } from '../../util/mathjs.js';
import type { CodeRange } from './findMathRegions.js';
import { codeBlockBody, isProgram } from './codeBlocks.js';
import { parseLatexMath, type MathChain, type MathSide } from './parseLatexMath.js';
import { identifier } from './printedValues.js';

const ASSIGNMENT = /^[ \t]*([A-Za-z]\w*)[ \t]*=(?!=)[ \t]*([^#\n]*?)[ \t]*(?:#.*)?$/gm;
/** Names, numbers, + − * / and brackets: no call, index, attribute, power or matrix product. */
const FORMULA = /^[\w\s.+\-*/()]+$/;
const CALL_OR_POWER = /[A-Za-z_]\w*\s*\(|\*\*/;

/** Every name the programs in `blocks` assign once by a formula of names, as its key → the formula (in the math grammar). */
export function findProgramFormulas(text: string, blocks: readonly { start: number; end: number }[]): Map<string, MathNode> {
  const found = new Map<string, MathNode | null>();
  for (const block of blocks) {
    const body = codeBlockBody(text, block);
    const code = body && text.slice(body.start, body.end);
    if (!code || !isProgram(code)) continue;
    for (const m of code.matchAll(ASSIGNMENT)) {
      const name = asMath(latexOf(m[1]!));
      if (!(name instanceof SymbolNode)) continue;
      // a name assigned twice (a loop, a second example) has no one formula
      found.set(name.name, found.has(name.name) ? null : formulaOf(m[2]!) ?? null);
    }
  }
  return new Map([...found].filter((e): e is [string, MathNode] => e[1] !== null));
}

/** The right side as a formula of names, or undefined for anything else (a number alone, a call, a product of arrays). */
function formulaOf(code: string): MathNode | undefined {
  if (!FORMULA.test(code) || CALL_OR_POWER.test(code) || !/[A-Za-z]/.test(code)) return undefined;
  return asMath(latexOf(code).replace(/\*/g, ' \\cdot '));
}

/** Program names in the math grammar, as a printed value's label is read (`y_hat` → y_{hat}). */
const latexOf = (code: string): string => code.replace(/[A-Za-z_]\w*/g, (id) => identifier(id, 0).map((p) => p[0]).join(' '));

function asMath(latex: string): MathNode | undefined {
  const parse = parseLatexMath(latex);
  if (parse.skipped || parse.failed.length > 0 || parse.chains.length !== 1 || parse.chains[0]!.sides.length !== 1) return undefined;
  const node = parse.chains[0]!.sides[0]!.node;
  return parse.chains[0]!.sides[0]!.numbers.length === 0 || !(node instanceof SymbolNode) ? node : undefined;
}

/** The formulas of the names the document prints a number for (`err = -0.115`, a chain of the name and one number). */
export function printedFormulas(chains: readonly MathChain[], text: string, code: readonly CodeRange[]): Map<string, MathNode> {
  const printed = new Set(chains.flatMap((c) => (c.sides.length === 2 && c.sides[0]!.node instanceof SymbolNode && isNumber(c.sides[1]!) ? [c.sides[0]!.node.name] : [])));
  if (printed.size === 0 || !code.some((c) => !c.span && !c.comment)) return new Map();
  return new Map([...findProgramFormulas(text, code.filter((c) => !c.span && !c.comment))].filter(([name]) => printed.has(name)));
}

/** A side that is one number (−0.115 too). */
const isNumber = (s: MathSide): boolean => s.numbers.length === 1 && s.node.filter((n) => n instanceof SymbolNode).length === 0;

/** The names the formulas read. */
export function formulaNames(formulas: ReadonlyMap<string, MathNode>): string[] {
  const names: string[] = [];
  for (const f of formulas.values()) f.traverse((n, path) => void (n instanceof SymbolNode && path !== 'fn' && names.push(n.name)));
  return names;
}
