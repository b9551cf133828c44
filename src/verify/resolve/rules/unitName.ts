// Rule unit-name: a unit's name alone stands for its output (o_1 for out_o1, h for out_h; h1_out its output, h1_in its net), unless the document marks it updated (o_1^+) or says otherwise; δ_5 is the δ of the unit the page writes y_5.
import { qid } from '../../../derive/quantityRef.js';
import { FunctionNode, OperatorNode, ParenthesisNode, SymbolNode, type MathNode } from '../../../util/mathjs.js';
import { nodeKey } from '../../read/canonicalName.js';
import type { MathChain } from '../../read/parseLatexMath.js';
import { chainsOf, type ReadDocument } from '../../read/readDocument.js';
import type { BindingTable } from '../bindingTable.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import { substitutedValues } from '../substitutedValues.js';

export const unitName: NameRule = {
  name: 'unit-name',
  apply(table, { net, read }) {
    // the document's statements by the name they start with, gathered once for all the units
    let stated: Map<string | null, MathChain[]> | undefined;
    const statementsOf = (key: string): readonly MathChain[] => (stated ??= byFirstName(chainsOf(read))).get(key) ?? [];
    for (const n of net.graph.nodes.values()) {
      const m = n.kind === 'activation' && n.unit ? /^([A-Za-z]+)(\d*)$/.exec(n.unit) : null;
      // o1 is written o_1; a unit named by letters alone (h, o) is written so.
      const key = m ? (m[2] ? `${m[1]}_${m[2]}` : m[1]) : undefined;
      const linear = n.activation?.id === 'linear';
      if (key && !saysOtherwise(read, statementsOf(key), key, m![1]!, m![2]!, linear) && !(TARGET_LETTERS.test(m![1]!) && namesTarget(statementsOf(key), substitutedValues(read, key), net, n.id))) table.bind(key, { id: qid.value(n.id), rule: 'unit-name' });
      if (n.kind === 'activation' && n.unit) bindRoleSuffixes(table, net, read, n.unit, n.id, n.parents);
    }
    bindNumberedDeltas(table, net, read);
  },
};

/** The words code and worked lines append to a unit's name for its output and for its net input (h1_out, o2_in). */
const OUT_WORDS = ['out', 'output', 'act', 'activation'];
const NET_WORDS = ['in', 'input', 'net', 'sum'];

/**
 * h1_out, h1_output: unit h1's output; h1_in, h1_net: its net input (the one parent of its activation), where the page
 * writes them (a_{h1} and z_{h1} are rule split-name's, which asks the printed values first).
 */
function bindRoleSuffixes(table: BindingTable, net: RuleContext['net'], read: ReadDocument, unit: string, activation: string, parents: readonly string[]): void {
  const sum = parents.length === 1 ? net.graph.nodes.get(parents[0]!) : undefined;
  const netId = sum?.kind === 'net' ? sum.id : undefined;
  const roles: [readonly string[], string | undefined][] = [[OUT_WORDS.map((w) => `${unit}_${w}`), activation], [NET_WORDS.map((w) => `${unit}_${w}`), netId]];
  for (const [keys, id] of roles) {
    for (const key of keys) {
      if (id !== undefined && read.names.has(key) && table.get(key) === undefined) table.bind(key, { id: qid.value(id), rule: 'unit-name' });
    }
  }
}

/**
 * Units numbered across the whole network (y3, y4 hidden, y5 the output: each number one unit's), whose outputs the
 * page writes by that number (y_5): δ_5 is the δ of unit y5, in whichever sign convention (rule opposite-sign decides).
 */
function bindNumberedDeltas(table: BindingTable, net: RuleContext['net'], read: ReadDocument): void {
  const byNumber = new Map<string, string[]>();
  for (const n of net.graph.nodes.values()) {
    const m = n.kind === 'activation' && n.unit ? /^([A-Za-z]+)(\d+)$/.exec(n.unit) : null;
    if (m) byNumber.set(m[2]!, [...(byNumber.get(m[2]!) ?? []), n.id]);
  }
  // h1 beside o1 numbers units within their layers: δ_1 could be either's
  if ([...byNumber.values()].some((ids) => ids.length > 1)) return;
  for (const [digits, [id]] of byNumber) {
    const unit = net.graph.nodes.get(id!)!;
    const key = `${/^[A-Za-z]+/.exec(unit.unit!)![0]}_${digits}`;
    const sum = unit.parents.length === 1 ? net.graph.nodes.get(unit.parents[0]!) : undefined;
    if (!read.names.has(key) || table.get(key)?.rule !== 'unit-name' || sum?.kind !== 'net' || !read.names.has(`delta_${digits}`)) continue;
    table.bind(`delta_${digits}`, { id: qid.delta(sum.id), rule: 'unit-name' });
  }
}

/**
 * Where the document gives the bare name a meaning of its own, the custom yields: o_1^{+} (a weight-like name),
 * \hat{y}_1 beside y_1 (the hat is the prediction, the bare letter the truth), or, for a unit that is not linear, a
 * weighted sum of names that defines it (h1 = w1 i1 + w2 i2 on a page that writes out_h1 = σ(h1)): a sum with no
 * function applied is a net input, which rule defined-by-formula then reads.
 */
function saysOtherwise(read: ReadDocument, statements: readonly MathChain[], key: string, letters: string, digits: string, linear: boolean): boolean {
  if (read.names.has(`${key}_plus`)) return true;
  if (read.names.has(digits ? `${letters}hat_${digits}` : `${letters}hat`)) return true;
  return !linear && definedAsWeightedSum(statements, key);
}

/** Letters pages use for the true value as often as for an output (y, and t, d for target and desired). */
const TARGET_LETTERS = /^[ytd]$/i;

/**
 * An output unit's target is filed under the unit's own name (targets: { y: 0.8 }): where the unit's letter is one
 * pages use for the truth and every number the page sets the bare name to or substitutes for it is the target's and not
 * the output's (y = 0.8, or (y − a^{(4)}_1)² = (0.8 − 0.0289)²), the name is the target. (o_1 = 0.01 for a target stays a label slip: o is an
 * output's letter.)
 */
function namesTarget(statements: readonly MathChain[], substituted: readonly number[], net: RuleContext['net'], activation: string): boolean {
  const target = [...net.graph.nodes.values()].find((t) => t.kind === 'target' && t.unit === net.graph.nodes.get(activation)?.unit && t.example === net.graph.nodes.get(activation)?.example);
  if (target?.value === undefined) return false;
  const output = net.valueOf(qid.value(activation));
  const stated = statements.flatMap((c) => (c.sides.length === 2 ? c.sides[1]!.numbers : []));
  const numbers = [...stated.map((x) => ({ value: x.value, near: 0.5 * 10 ** -x.decimals })), ...substituted.map((value) => ({ value, near: 0 }))];
  return numbers.length > 0 && numbers.every((x) => x.value === target.value && (output === undefined || Math.abs(output - x.value) > x.near));
}

/** Whether a statement `key = …` (`statements`: those whose first side is `key`) has a side that is a sum of two or more terms of names, with no function applied. */
function definedAsWeightedSum(statements: readonly MathChain[], key: string): boolean {
  return statements.some((chain) => chain.sides.slice(1).some((s) => isWeightedSum(s.node, key)));
}

/** The chains by the key of their first side. */
function byFirstName(chains: readonly MathChain[]): Map<string | null, MathChain[]> {
  const out = new Map<string | null, MathChain[]>();
  for (const c of chains) {
    const key = nodeKey(c.sides[0]!.node);
    (out.get(key) ?? out.set(key, []).get(key)!).push(c);
  }
  return out;
}

function isWeightedSum(node: MathNode, key: string): boolean {
  const top = node instanceof ParenthesisNode ? node.content : node;
  if (!(top instanceof OperatorNode) || top.fn !== 'add') return false;
  if (top.filter((n) => n instanceof FunctionNode).length > 0) return false;
  const names = top.filter((n) => n instanceof SymbolNode).map((n) => (n as SymbolNode).name);
  return names.length >= 2 && !names.includes(key) && !names.includes('e');
}
