// A result printed right for the network whose printed operands give another number (a worked product printing a
// matrix that is not the given one): the slip is in the operands, so they are reported and the result is not.
import { SymbolNode, type ConstantNode, type MathNode, type OperatorNode } from '../../util/mathjs.js';
import type { NumberLiteral } from '../read/mathCursor.js';
import type { MathSide } from '../read/parseLatexMath.js';
import type { Claim } from './claim.js';
import type { JudgeContext } from './judgeContext.js';
import { atDecimals } from './verdict.js';

/** A factor of one of the network's terms: a parameter (what a page may print wrong) or another quantity's value. */
interface Factor {
  value: number;
  param?: string;
}

/**
 * For an arithmetic result printed as the network's value of a quantity defined as a sum of products, when the
 * printed sum pairs term by term with that definition (the other factors as printed) and only parameters differ:
 * an erratum for each parameter printed wrong, the result judged against the network, and the network's value (what
 * the result stands for when used later). Undefined otherwise.
 */
export function operandSlips(side: MathSide, result: NumberLiteral, ctx: JudgeContext): { claims: Claim[]; value: number } | undefined {
  const printed = printedTerms(side);
  if (!printed) return undefined;
  for (const id of quantitiesPrintedAs(result, ctx)) {
    const def = ctx.net.definition(id);
    const terms = def && networkTerms(def, ctx);
    const slips = terms && terms.length === printed.length ? pairTerms(printed, terms, ctx) : undefined;
    if (!slips || slips.length === 0) continue;
    const name = ctx.net.nameOf(id);
    const detail = `the network's value of ${name}; the printed operands give another number, because of the operands reported wrong`;
    const claims: Claim[] = slips.map((s) => ({ ...s, detail: `in the worked sum for ${name}, whose printed result ${result.text} is the network's` }));
    return { claims: [...claims, { kind: 'arithmetic', verdict: 'exact', start: result.start, printed: result.text, detail, quantity: id }], value: ctx.net.exact(id) };
  }
  return undefined;
}

/** The quantities whose value prints as the literal (three significant digits or more, one value among them). */
function quantitiesPrintedAs(literal: NumberLiteral, ctx: JudgeContext): string[] {
  if (literal.text.replace(/^[-0.]+/, '').replace('.', '').length < 3) return [];
  return ctx.net.doc.valuation.evaluation.program.ids.filter((id) => {
    const x = ctx.net.valueOf(id);
    return x !== undefined && roundsTo(literal, x);
  });
}

const roundsTo = (literal: NumberLiteral, x: number): boolean => Number(atDecimals(x, literal.decimals)) === literal.value;

/** The printed side as terms of printed factors, or undefined when it is not a sum of products of numbers. */
function printedTerms(side: MathSide): NumberLiteral[][] | undefined {
  const constants = side.node.filter((n) => n.type === 'ConstantNode' && typeof (n as ConstantNode).value === 'number');
  if (constants.length !== side.numbers.length) return undefined;
  const literalOf = new Map<MathNode, NumberLiteral>(constants.map((c, i) => [c, side.numbers[i]!]));
  const terms = operands(side.node, 'add').map((t) => operands(t, 'multiply').map((f) => literalOf.get(f)));
  return terms.every((t) => t.every((f) => f !== undefined)) ? (terms as NumberLiteral[][]) : undefined;
}

/** The network's definition as terms of factors, or undefined when a factor is not a plain quantity or number. */
function networkTerms(def: MathNode, ctx: JudgeContext): Factor[][] | undefined {
  const terms = operands(def, 'add').map((t) => operands(t, 'multiply').map((f): Factor | undefined => {
    if (f.type === 'ConstantNode') return { value: Number((f as ConstantNode).value) };
    if (!(f instanceof SymbolNode) && f.type !== 'SymbolNode') return undefined;
    const id = (f as SymbolNode).name;
    const value = ctx.net.exact(id);
    return ctx.net.nodeOf(id)?.kind === 'param' ? { value, param: id } : { value };
  }));
  return terms.every((t) => t.every((f) => f !== undefined)) ? (terms as Factor[][]) : undefined;
}

/** At most this many terms are paired (every pairing is tried). */
const MAX_TERMS = 8;

/**
 * Each printed term paired with a network term whose other factors it prints (x₃ = 0.7 in 0.7 × 0.5), one to one;
 * of the pairings, the one with the fewest parameters printed wrong, or, among equals, the one in the printed order.
 * The parameters that differ are the slips; undefined when no pairing exists or the best is not one.
 */
function pairTerms(printed: readonly NumberLiteral[][], terms: readonly Factor[][], ctx: JudgeContext): Claim[] | undefined {
  if (printed.length > MAX_TERMS) return undefined;
  const fits = printed.map((term) => terms.map((t) => paramsOf(term, t)));
  let best: { wrong: [NumberLiteral, Factor][]; inOrder: boolean; ties: number } | undefined;
  const walk = (k: number, used: readonly number[], wrong: [NumberLiteral, Factor][]): void => {
    if (k === printed.length) {
      const inOrder = used.every((u, i) => u === i);
      if (!best || wrong.length < best.wrong.length) best = { wrong, inOrder, ties: 0 };
      else if (wrong.length === best.wrong.length) best = inOrder ? { wrong, inOrder, ties: best.ties } : best.inOrder ? best : { ...best, ties: best.ties + 1 };
      return;
    }
    fits[k]!.forEach((params, i) => {
      if (params === undefined || used.includes(i)) return;
      walk(k + 1, [...used, i], [...wrong, ...params.filter(([l, p]) => !roundsTo(l, p.value))]);
    });
  };
  walk(0, [], []);
  const found = best as { wrong: [NumberLiteral, Factor][]; inOrder: boolean; ties: number } | undefined;
  if (!found || (!found.inOrder && found.ties > 0)) return undefined;
  return found.wrong.map(([literal, param]) => ({ kind: 'operand', verdict: 'erratum', start: literal.start, printed: literal.text, expected: atDecimals(param.value, literal.decimals), subject: ctx.net.nameOf(param.param!), quantity: param.param! }));
}

/** The printed factors standing for the term's parameters, when its other factors are printed as they are (in order). */
function paramsOf(printed: readonly NumberLiteral[], term: readonly Factor[]): [NumberLiteral, Factor][] | undefined {
  if (printed.length !== term.length) return undefined;
  const rest = [...printed];
  for (const f of term.filter((f) => f.param === undefined)) {
    const k = rest.findIndex((l) => roundsTo(l, f.value));
    if (k < 0) return undefined;
    rest.splice(k, 1);
  }
  const params = term.filter((f) => f.param !== undefined);
  return params.length === rest.length && params.length <= 1 ? params.map((p, i) => [rest[i]!, p]) : undefined;
}

/** The operands of a sum or product (left-deep or n-ary), through parentheses; a node that is neither is its own. */
function operands(node: MathNode, fn: 'add' | 'multiply'): MathNode[] {
  const m = node.type === 'ParenthesisNode' ? (node as unknown as { content: MathNode }).content : node;
  return m.type === 'OperatorNode' && (m as OperatorNode).fn === fn ? (m as OperatorNode).args.flatMap((a) => operands(a, fn)) : [m];
}
