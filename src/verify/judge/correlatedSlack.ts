// How far arithmetic on printed numbers can be from the unrounded arithmetic when some numbers are functions of others:
// in σ(z)(1 − σ(z)) = 0.6028 × 0.3972 only σ(z) was rounded, and 0.3972 is 1 − 0.6028, so the two errors cancel in part
// instead of adding up. Written by hand: it pairs the formula's parts with the numbers that replace them (syntax only).
import { SymbolNode, type MathNode } from '../../util/mathjs.js';
import type { MathSide } from '../read/parseLatexMath.js';
import { replacedParts, unwrap, type ReplacedPart } from './replacedParts.js';
import { finiteValue } from '../../util/mathNodes.js';
import { traverseTree } from '../../util/walkTree.js';


/**
 * Σ |∂f/∂v|·½·10^(−d) over the formula's distinct parts v that numbers replace, every other number computed from them;
 * undefined when the numbers do not replace parts of the formula one for one, or when no part is written twice.
 */
export function correlatedSlack(formula: MathNode, side: MathSide, exactValues: ReadonlySet<number>): number | undefined {
  const found = replacedParts(formula, side);
  if (!found?.whole) return undefined;
  const pairs = found.parts;
  pairs.sort((a, b) => size(a.part) - size(b.part));
  const vars = new Map<string, { name: string; pair: ReplacedPart }>();
  const replaced = new Map<MathNode, MathNode>();
  // the parts are subtrees of one formula, so the larger ones hold the smaller ones' nodes: each is printed once
  const printed = new Map<MathNode, string>();
  const text = (n: MathNode): string => printed.get(n) ?? printed.set(n, unwrap(n).toString()).get(n)!;
  for (const p of pairs) {
    const expr = vars.size === 0 ? p.part : p.part.transform((n) => {
      const v = vars.get(text(n));
      return v ? new SymbolNode(v.name) : n;
    });
    if (onlyVariables(expr, vars)) replaced.set(p.node, expr);
    else {
      const name = `v${vars.size}`;
      vars.set(text(p.part), { name, pair: p });
      replaced.set(p.node, new SymbolNode(name));
    }
  }
  if (replaced.size === vars.size) return undefined; // nothing is computed from anything else: the plain bound holds
  const f = side.node.transform((n) => replaced.get(n) ?? n);
  const scope = Object.fromEntries([...vars.values()].map((v) => [v.name, v.pair.literal.value]));
  const base = finiteValue(f, scope);
  if (base === undefined) return undefined;
  // every number computed from the others must be what they give, or the numbers are not these parts
  for (const p of pairs) {
    const expr = replaced.get(p.node)!;
    if (expr instanceof SymbolNode) continue;
    const v = finiteValue(expr, scope);
    if (v === undefined || Math.abs(v - p.literal.value) > 0.5 * 10 ** -p.literal.decimals + 0.5 * 10 ** -Math.min(...[...vars.values()].map((x) => x.pair.literal.decimals)) + 1e-12) return undefined;
  }
  let slack = 0;
  for (const { name, pair } of vars.values()) {
    if (pair.literal.decimals === 0 || exactValues.has(Math.abs(pair.literal.value))) continue;
    const h = Math.max(1e-7, Math.abs(pair.literal.value) * 1e-7);
    const moved = finiteValue(f, { ...scope, [name]: pair.literal.value + h });
    if (moved === undefined) return undefined;
    slack += (Math.abs(moved - base) / h) * 0.5 * 10 ** -pair.literal.decimals;
  }
  return slack;
}

function onlyVariables(node: MathNode, vars: ReadonlyMap<string, { name: string }>): boolean {
  const names = new Set([...vars.values()].map((v) => v.name));
  let ok = names.size > 0;
  let uses = false;
  traverseTree(node, (n, path) => {
    if (n instanceof SymbolNode && path !== 'fn') {
      if (names.has(n.name)) uses = true;
      else ok = false;
    }
  });
  return ok && uses;
}

const size = (n: MathNode): number => n.filter(() => true).length;

