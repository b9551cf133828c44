// Judges a formula written for a quantity: its value at the network's values and at other points, and, when wrong, the terms it lacks or adds.
import { ConstantNode, OperatorNode, ParenthesisNode, SymbolNode, type MathNode } from '../../../util/mathjs.js';
import { parseQuantityId } from '../../../derive/quantityRef.js';
import { leavesUnder } from '../../../graph/leavesUnder.js';
import type { Graph } from '../../../graph/types.js';
import { forEachNode } from '../../../util/walkTree.js';
import { nodeKey } from '../../read/canonicalName.js';
import type { MathSide } from '../../read/parseLatexMath.js';
import { evaluateSide } from '../../resolve/evaluateSide.js';
import type { Claim } from '../claim.js';
import type { JudgeContext } from '../judgeContext.js';
import { atDecimals, sameValue } from '../verdict.js';

type FormulaVerdict = Pick<Claim, 'verdict' | 'expected' | 'detail' | 'slip'>;

export function judgeFormula(side: MathSide, id: string, value: number, ctx: JudgeContext): FormulaVerdict {
  const expected = ctx.net.exact(id);
  const base = { expected: atDecimals(expected, 9) };
  const reason = (): string | undefined => differingTerms(side.node, id, ctx);
  if (!sameValue(value, expected) && !withinRounding(side, value, expected, ctx)) {
    const sign = sameValue(value, -expected) ? '; it has the opposite sign' : '';
    const why = reason();
    const other = sign ? undefined : otherQuantity(side, id, ctx);
    const swapped = why?.startsWith('the network has ') || (other !== undefined && other.replace(/\d+/g, '#') === id.replace(/\d+/g, '#'));
    const slip = sign ? { slip: 'sign' as const } : swapped ? { slip: 'swapped-index' as const } : why?.startsWith('the network also has') ? { slip: 'missing-term' as const } : other ? { slip: 'another-quantity' as const } : {};
    const is = other ? `it is ${ctx.net.nameOf(other)}, not ${ctx.net.nameOf(id)}; ` : '';
    return { verdict: 'erratum', ...base, ...slip, detail: `${is}${why ? `${why}; ` : ''}this formula gives ${atDecimals(value, 9)} at the network's values${sign}` };
  }
  // Printed numbers in a formula stand for the network's values, so only formulas over names move with the leaves.
  if (side.numbers.some((n) => n.decimals > 0)) return { verdict: 'exact', ...base };
  for (const point of ctx.net.points(movedLeaves(side, ctx))) {
    const there = evaluateSide(side.node, ctx.lookupAt(point)).value;
    const truth = point.value(id);
    if (there === undefined || truth === undefined || sameValue(there, truth)) continue;
    const why = reason();
    return {
      verdict: 'erratum', ...base,
      detail: `${why ? `${why}; ` : ''}it matches at the network's values only by coincidence: at other values of the inputs and parameters it gives ${atDecimals(there, 9)}, not ${atDecimals(truth, 9)}`,
    };
  }
  return { verdict: 'exact', ...base };
}

/**
 * Whether a formula that prints rounded numbers among its names (0.741365 · ∂out/∂net · 0.593270) misses the value
 * by no more than those numbers' rounding can move it: each moved by half a unit in its last place, the moves added.
 */
function withinRounding(side: MathSide, value: number, expected: number, ctx: JudgeContext): boolean {
  // a value worked to three places or more is rounded; one of one or two places is a given (w = 0.6, x = 0.05), exact
  const half = new Map(side.numbers.filter((n) => n.decimals >= 3).map((n) => [n.value, 0.5 * 10 ** -n.decimals]));
  let slack = 0;
  for (const [printed, by] of half) {
    const moved = side.node.transform((n) => (n instanceof ConstantNode && n.value === printed ? new ConstantNode(printed + by) : n));
    const there = evaluateSide(moved, ctx.lookup).value;
    if (there === undefined) return false;
    slack += Math.abs(there - value);
  }
  return half.size > 0 && Math.abs(value - expected) <= slack * 1.0001;
}

/**
 * Which leaves the other points move. A formula over names alone must hold for any leaves; one that also prints
 * numbers (−4(3 − 2w) for an input of 2 and a target of 3) has the document's given values built in, so only the
 * leaves its names are computed from move (all of them when it names anything but plain values).
 */
function movedLeaves(side: MathSide, ctx: JudgeContext): ReadonlySet<string> | undefined {
  if (side.numbers.length === 0) return undefined;
  const nodes: string[] = [];
  let plain = true;
  forEachNode(side.node, (n: MathNode) => {
    if ((n as { fn?: { name?: string } }).fn?.name === 'partial') plain = false;
    if (!(n instanceof SymbolNode)) return;
    const ref = parseQuantityId(ctx.table.idOf(n.name) ?? '');
    if (ref?.kind === 'value') nodes.push(ref.node);
    else plain = false;
  });
  return plain && nodes.length > 0 ? leavesOf(ctx.net.graph, nodes) : undefined;
}

/** Each graph's leaves under a set of its nodes, found once: the same object each time, so the points drawn for it are found by it too. */
const leavesFound = new WeakMap<Graph, Map<string, ReadonlySet<string>>>();

function leavesOf(graph: Graph, nodes: readonly string[]): ReadonlySet<string> {
  const found = leavesFound.get(graph) ?? leavesFound.set(graph, new Map()).get(graph)!;
  const key = [...new Set(nodes)].sort().join(' ');
  return found.get(key) ?? found.set(key, leavesUnder(graph, nodes)).get(key)!;
}

/** The quantity a wrong formula is, everywhere: a_2 − y is ∂E/∂net_a2 (written for ∂E/∂out_a2), a conceptual error. */
function otherQuantity(side: MathSide, id: string, ctx: JudgeContext): string | undefined {
  if (side.numbers.some((n) => n.decimals > 0)) return undefined;
  return ctx.identify(side.node).find((x) => x !== id);
}

/** A sum of products as sorted factor ids per term, or undefined when a factor is not a plain quantity or number. */
function termsOf(node: MathNode, idOf: (n: MathNode) => string | undefined, shown: Map<string, string>): string[] | undefined {
  const terms: string[] = [];
  const sum = (n: MathNode, negated: boolean): boolean => {
    const m = n instanceof ParenthesisNode ? n.content : n;
    if (m instanceof OperatorNode && (m.fn === 'add' || m.fn === 'subtract') && m.args.length === 2) {
      return sum(m.args[0]!, negated) && sum(m.args[1]!, m.fn === 'subtract' ? !negated : negated);
    }
    if (m instanceof OperatorNode && m.fn === 'unaryMinus') return sum(m.args[0]!, !negated);
    const factors: string[] = [];
    if (!product(m, factors)) return false;
    terms.push(`${negated ? '-' : ''}${[...factors].sort().join(' · ') || '1'}`);
    shown.set(terms[terms.length - 1]!, `${negated ? '-' : ''}${factors.join(' · ') || '1'}`);
    return true;
  };
  const product = (n: MathNode, factors: string[]): boolean => {
    const m = n instanceof ParenthesisNode ? n.content : n;
    if (m instanceof OperatorNode && m.fn === 'multiply') return m.args.every((a) => product(a, factors));
    if (m instanceof ConstantNode) {
      if (Number(m.value) !== 1) factors.push(String(m.value));
      return true;
    }
    const id = idOf(m);
    if (id === undefined) return false;
    factors.push(id);
    return true;
  };
  return sum(node, false) ? terms : undefined;
}

/** "the network has w2 · i2, not w3 · i2": the terms of the network's definition the formula lacks, and those it adds. */
function differingTerms(claimed: MathNode, id: string, ctx: JudgeContext): string | undefined {
  const def = ctx.net.definition(id);
  if (!def) return undefined;
  const byKey = (n: MathNode): string | undefined => {
    const key = n instanceof SymbolNode || (n as { fn?: { name?: string } }).fn?.name === 'partial' ? nodeKey(n) : null;
    return key === null ? undefined : ctx.table.idOf(key);
  };
  const written = new Map<string, string>();
  const ours = termsOf(def, (n) => (n instanceof SymbolNode ? n.name : undefined), written);
  const writtenThere = new Map<string, string>();
  const theirs = termsOf(claimed, byKey, writtenThere);
  if (!ours || !theirs || ours.length < 2) return undefined;
  const missing = without(ours, theirs);
  const extra = without(theirs, ours);
  if (missing.length === 0 && extra.length === 0) return undefined;
  const show = (terms: string[], how = written): string => terms.map((t) => (how.get(t) ?? t).replace(/[^\s·-][^\s·]*/g, (x) => ctx.net.nameOf(x))).join(' + ');
  if (missing.length > 0 && extra.length > 0) return `the network has ${show(missing)}, not ${show(extra, writtenThere)}`;
  return missing.length > 0 ? `the network also has ${show(missing)}` : `the network has no ${show(extra, writtenThere)}`;
}

/** Multiset difference. */
function without(a: readonly string[], b: readonly string[]): string[] {
  const rest = [...b];
  return a.filter((x) => {
    const i = rest.indexOf(x);
    if (i < 0) return true;
    rest.splice(i, 1);
    return false;
  });
}
