// A vector printed with nothing beside it to compare it with (a column under a label line `l1_error:`, a notebook's
// `dw_ho = [0.008 0.005]` whose name reads nothing entry by entry): its entries in order, with the name or label it
// stands under, for the judge to tie to a quantity by its values (judge/identifiedVectors.ts).
import { ArrayNode, ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import type { MathChain, MathParse, PrintedVector } from './parseLatexMath.js';

export type { PrintedVector };

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

/** A matrix chain, and how many of its numbers no entry's chain reads. */
export interface ExpandedChain {
  chain: MathChain;
  unread: number;
}

/**
 * The parse with the lone vectors of the chains that read none of their numbers (their entries' reason said so), and
 * of the chains read entry by entry under a name (which may read nothing).
 */
export function withLoneVectors(parse: MathParse, matrices: readonly ExpandedChain[]): MathParse {
  if (parse.skipped) return parse;
  const count = (c: MathChain): number => c.sides.reduce((n, s) => n + s.numbers.length, 0);
  const lone = matrices.filter((m) => m.unread > 0 && m.unread === count(m.chain)).map((m) => loneVector(m.chain)).filter((v): v is PrintedVector => v !== undefined);
  const named = matrices.filter((m) => m.unread === 0).map((m) => loneVector(m.chain)).filter((v): v is PrintedVector => v?.name !== undefined).map((v): PrintedVector => ({ ...v, named: true }));
  if (lone.length + named.length === 0) return parse;
  const entries = new Set(lone.flatMap((v) => v.entries.map((e) => e.start)));
  return { ...parse, vectors: [...lone, ...named], unread: parse.unread?.map((u) => (entries.has(u.number.start) ? { ...u, reason: UNTIED_VECTOR } : u)) };
}
