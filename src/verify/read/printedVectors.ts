// A vector printed with nothing beside it to compare it with (a column under a label line `l1_error:`, a notebook's
// `dw_ho = [0.008 0.005]` whose name reads nothing entry by entry): its entries in order, with the name or label it
// stands under, for the judge to tie to a quantity by its values (judge/identifiedVectors.ts).
import { ArrayNode, ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import type { MathChain, MathParse, NumberLiteral } from './parseLatexMath.js';
import type { DocumentEquation } from './readEquations.js';

export interface PrintedVector {
  /** The name the chain gives the vector (`h(x)`, `dw_{ho}`), as printed. */
  name?: string;
  /** For a vector with no name: the plain-text label line right above its math (`l1_error`, `Sigmoid derivative (update weight)`). */
  label?: string;
  entries: NumberLiteral[];
  /** Read entry by entry under its name (`weights_1 = 0.39`): judged by value only where that name reads nothing. */
  named?: true;
}

const strip = (n: MathNode): MathNode => (n instanceof ParenthesisNode ? strip(n.content) : n);

/** A number as an entry: 0.5 or −0.5, nothing worked out. */
const isNumberEntry = (n: MathNode): boolean => {
  const x = strip(n);
  if (x instanceof ConstantNode) return typeof x.value === 'number';
  return x instanceof OperatorNode && x.fn === 'unaryMinus' && isNumberEntry(x.args[0]!);
};

/**
 * A name standing for the vector: a symbol, a function of symbols (h(x)), or letters juxtaposed as a word of code
 * splits (dw_ho read d·w_ho); never a formula (h(x) − y is worked out).
 */
const isNameSide = (n: MathNode): boolean => {
  const x = strip(n);
  if (x instanceof OperatorNode && x.fn === 'multiply' && x.implicit) return x.args.every((a) => strip(a) instanceof SymbolNode);
  return x instanceof SymbolNode || (x instanceof FunctionNode && x.args.every((a) => strip(a) instanceof SymbolNode));
};

/** The entries of a vector of numbers, row or column, or undefined for anything else (a matrix, entries worked out). */
function vectorEntries(node: MathNode): MathNode[] | undefined {
  if (!(node instanceof ArrayNode)) return undefined;
  const rows = node.items.map((r) => (r instanceof ArrayNode ? r.items : [r]));
  const entries = rows.length === 1 ? rows[0]! : rows.every((r) => r.length === 1) ? rows.map((r) => r[0]!) : undefined;
  return entries && entries.length >= 2 && entries.every(isNumberEntry) ? entries : undefined;
}

/** The chain as a lone vector (`[..]` alone, or `name = [..]`), or undefined. */
export function loneVector(chain: MathChain): PrintedVector | undefined {
  if (chain.sides.length > 2) return undefined;
  const k = chain.sides.findIndex((s) => vectorEntries(strip(s.node)) !== undefined);
  if (k < 0) return undefined;
  const side = chain.sides[k]!;
  const other = chain.sides[1 - k];
  if (other && (other.numbers.length > 0 || !isNameSide(other.node))) return undefined;
  if (side.numbers.length !== vectorEntries(strip(side.node))!.length) return undefined;
  return { ...(other ? { name: other.source.trim() } : {}), entries: side.numbers };
}

/** Why a lone vector's entries are not judged, where the judge finds no one quantity its values are. */
export const UNTIED_VECTOR = 'in a vector that no name ties to a quantity, nor its values to one alone';

/**
 * The parse with the lone vectors of the chains that read none of their numbers (their entries' reason said so), and
 * of the chains read entry by entry under a name.
 */
export function withLoneVectors(parse: MathParse, unread: readonly MathChain[], read: readonly MathChain[] = []): MathParse {
  if (parse.skipped) return parse;
  const lone = unread.map(loneVector).filter((v): v is PrintedVector => v !== undefined);
  const named = read.map(loneVector).filter((v): v is PrintedVector => v?.name !== undefined).map((v): PrintedVector => ({ ...v, named: true }));
  if (lone.length + named.length === 0) return parse;
  const entries = new Set(lone.flatMap((v) => v.entries.map((e) => e.start)));
  return { ...parse, vectors: [...lone, ...named], unread: parse.unread?.map((u) => (entries.has(u.number.start) ? { ...u, reason: UNTIED_VECTOR } : u)) };
}

/** A label line: plain words (no math), bold or not, ending in a colon, short. */
const LABEL_LINE = /^[ \t]*(?:[*_]{1,2})?([^$\\`|]{1,60}?):?(?:[*_]{1,2})?:?[ \t]*$/;

/** Unnamed vectors get the label written on the line right above their math (one blank line between at most). */
export function withVectorLabels(equations: readonly DocumentEquation[], text: string): DocumentEquation[] {
  return equations.map((e) => {
    const parse = e.parse;
    if (parse.skipped || !parse.vectors?.some((v) => v.name === undefined)) return e;
    const label = labelAbove(text, e.equation.regionOpen ?? e.equation.offset);
    if (label === undefined) return e;
    return { ...e, parse: { ...parse, vectors: parse.vectors.map((v) => (v.name === undefined ? { ...v, label } : v)) } };
  });
}

function labelAbove(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lines = text.slice(0, Math.max(0, lineStart - 1)).split('\n').slice(-2);
  if (lines.length === 0) return undefined;
  const last = lines[lines.length - 1]!.trim() === '' ? lines[lines.length - 2] : lines[lines.length - 1];
  if (last === undefined || !/:(?:[*_]{1,2})?[ \t]*$/.test(last)) return undefined;
  const m = LABEL_LINE.exec(last);
  return m ? m[1]!.trim() : undefined;
}
