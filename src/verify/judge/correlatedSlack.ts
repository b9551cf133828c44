// How far arithmetic on printed numbers can be from the unrounded arithmetic when some numbers are functions of others:
// in σ(z)(1 − σ(z)) = 0.6028 × 0.3972 only σ(z) was rounded, and 0.3972 is 1 − 0.6028, so the two errors cancel in part
// instead of adding up. Written by hand: it pairs the formula's parts with the numbers that replace them (syntax only).
import { ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import type { MathSide, NumberLiteral } from '../read/parseLatexMath.js';

interface Pair { part: MathNode; node: MathNode; literal: NumberLiteral }

/**
 * Σ |∂f/∂v|·½·10^(−d) over the formula's distinct parts v that numbers replace, every other number computed from them;
 * undefined when the numbers do not replace parts of the formula one for one, or when no part is written twice.
 */
export function correlatedSlack(formula: MathNode, side: MathSide, exactValues: ReadonlySet<number>): number | undefined {
  const pairs = pairParts(formula, side);
  if (!pairs) return undefined;
  pairs.sort((a, b) => size(a.part) - size(b.part));
  const vars = new Map<string, { name: string; pair: Pair }>();
  const replaced = new Map<MathNode, MathNode>();
  for (const p of pairs) {
    const expr = p.part.transform((n) => vars.get(unwrap(n).toString()) ? new SymbolNode(vars.get(unwrap(n).toString())!.name) : n);
    if (onlyVariables(expr, vars)) replaced.set(p.node, expr);
    else {
      const name = `v${vars.size}`;
      vars.set(unwrap(p.part).toString(), { name, pair: p });
      replaced.set(p.node, new SymbolNode(name));
    }
  }
  if (replaced.size === vars.size) return undefined; // nothing is computed from anything else: the plain bound holds
  const f = side.node.transform((n) => replaced.get(n) ?? n);
  const scope = Object.fromEntries([...vars.values()].map((v) => [v.name, v.pair.literal.value]));
  const base = evaluate(f, scope);
  if (base === undefined) return undefined;
  // every number computed from the others must be what they give, or the numbers are not these parts
  for (const p of pairs) {
    const expr = replaced.get(p.node)!;
    if (expr instanceof SymbolNode) continue;
    const v = evaluate(expr, scope);
    if (v === undefined || Math.abs(v - p.literal.value) > 0.5 * 10 ** -p.literal.decimals + 0.5 * 10 ** -Math.min(...[...vars.values()].map((x) => x.pair.literal.decimals)) + 1e-12) return undefined;
  }
  let slack = 0;
  for (const { name, pair } of vars.values()) {
    if (pair.literal.decimals === 0 || exactValues.has(Math.abs(pair.literal.value))) continue;
    const h = Math.max(1e-7, Math.abs(pair.literal.value) * 1e-7);
    const moved = evaluate(f, { ...scope, [name]: pair.literal.value + h });
    if (moved === undefined) return undefined;
    slack += (Math.abs(moved - base) / h) * 0.5 * 10 ** -pair.literal.decimals;
  }
  return slack;
}

/** The formula's parts each number replaces, walking both trees where their shapes agree; undefined where they do not. */
function pairParts(formula: MathNode, side: MathSide): Pair[] | undefined {
  const constants = side.node.filter((n) => n instanceof ConstantNode && typeof n.value === 'number');
  if (constants.length !== side.numbers.length) return undefined;
  const literalOf = new Map<MathNode, NumberLiteral>(constants.map((c, k) => [c, side.numbers[k]!]));
  const pairs: Pair[] = [];
  const stack: [MathNode, MathNode][] = [[formula, side.node]];
  while (stack.length > 0) {
    const [a0, b0] = stack.pop()!;
    const [a, b] = [unwrap(a0), unwrap(b0)];
    const literal = literalOf.get(b);
    if (literal) {
      if (a instanceof ConstantNode) {
        if (Number(a.value) !== literal.value) return undefined;
      } else pairs.push({ part: a, node: b, literal });
      continue;
    }
    const same = (a instanceof OperatorNode && b instanceof OperatorNode && a.fn === b.fn) || (a instanceof FunctionNode && b instanceof FunctionNode && a.fn.name === b.fn.name);
    const [xs, ys] = [(a as OperatorNode).args ?? [], (b as OperatorNode).args ?? []];
    if (!same || xs.length !== ys.length) return undefined;
    xs.forEach((x, i) => stack.push([x, ys[i]!]));
  }
  return pairs;
}

function onlyVariables(node: MathNode, vars: ReadonlyMap<string, { name: string }>): boolean {
  const names = new Set([...vars.values()].map((v) => v.name));
  let ok = names.size > 0;
  let uses = false;
  node.traverse((n, path) => {
    if (n instanceof SymbolNode && path !== 'fn') {
      if (names.has(n.name)) uses = true;
      else ok = false;
    }
  });
  return ok && uses;
}

const size = (n: MathNode): number => n.filter(() => true).length;
const unwrap = (n: MathNode): MathNode => (n instanceof ParenthesisNode ? unwrap(n.content) : n);

function evaluate(node: MathNode, scope: Record<string, number>): number | undefined {
  try {
    const v: unknown = node.evaluate(scope);
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  } catch {
    return undefined;
  }
}
