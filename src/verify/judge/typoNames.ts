// A formula with one name the network lacks that holds when that name is read as the one network name a character
// away from it (b_i for b_1, i_i for i_1): a misprinted name, reported on its line with the name it stands for.
import { SymbolNode, type MathNode } from '../../util/mathjs.js';
import { forEachNode } from '../../util/walkTree.js';
import type { MathSide } from '../read/parseLatexMath.js';
import { evaluateSide, type Lookup } from '../resolve/evaluateSide.js';
import { editDistance } from '../../util/editDistance.js';
import type { Claim } from './claim.js';
import type { JudgeContext } from './judgeContext.js';
import { atDecimals, sameValue } from './verdict.js';

/** A plain name with a subscript (b_i, w_{h1} read as w_h1): what a misprinted index looks like. */
const INDEXED = /^[\p{L}]+_[\p{L}\p{N}]+$/u;

/**
 * The erratum for a formula of `id` whose one unresolved name is a misprint: exactly one network name one edit from
 * it (one character changed), with the same letters before the subscript, makes the formula hold at the network's values, and the formula
 * names at least one other quantity, every other subscripted name in it has a digit in its subscript (w_1 i_1 + w_2
 * i_2 + b_i; in `w_{new} = w_{old} − η v_t`, a rule over generic names, v_t is no misprint). Undefined otherwise:
 * the formula stays unresolved.
 */
export function typoNameClaim(side: MathSide, unresolved: readonly string[], subject: { source: string; id: string }, at: string, ctx: JudgeContext): Claim | undefined {
  if (unresolved.length !== 1 || !INDEXED.test(unresolved[0]!)) return undefined;
  const name = unresolved[0]!;
  if (!concreteOtherwise(side.node, name)) return undefined;
  const expected = ctx.net.exact(at);
  const holds = candidates(name, ctx).filter((key) => {
    const r = evaluateSide(side.node, withName(ctx.lookup, name, key));
    return r.value !== undefined && r.names >= 2 && sameValue(r.value, expected);
  });
  if (holds.length !== 1) return undefined;
  const meant = holds[0]!;
  return {
    kind: 'formula', verdict: 'erratum', slip: 'typo-name', start: side.start, printed: side.source, subject: subject.source, quantity: subject.id,
    expected: atDecimals(expected, 9), detail: `${name} is not a name of this network; read as ${meant}, one character changed, the formula holds`,
  };
}

/**
 * The network's names one character changed from `name` (changed or two swapped, never added or dropped: δ_o on a
 * page with one output is its generic name for δ_o1, not a misprint), with the same letters before the subscript.
 */
function candidates(name: string, ctx: JudgeContext): string[] {
  const base = name.slice(0, name.indexOf('_'));
  const out: string[] = [];
  for (const [key, b] of ctx.table.entries()) {
    if (!('id' in b) || key.length !== name.length || !key.startsWith(`${base}_`) || editDistance(name, key) !== 1) continue;
    out.push(key);
  }
  return out;
}

/** The lookup with `name` standing for the network name `key`. */
function withName(lookup: Lookup, name: string, key: string): Lookup {
  return { ...lookup, value: (k) => lookup.value(k === name ? key : k), constant: (k) => lookup.constant(k), units: (i) => lookup.units(i) };
}

/** Whether every subscripted name of the formula but `name` names a numbered unit or parameter (a digit in its subscript). */
function concreteOtherwise(node: MathNode, name: string): boolean {
  let generic = false;
  forEachNode(node, (n) => {
    if (n instanceof SymbolNode && n.name !== name && n.name.includes('_') && !/\d/.test(n.name.slice(n.name.indexOf('_')))) generic = true;
  });
  return !generic;
}
