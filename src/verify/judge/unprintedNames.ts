// A bias name the document never gives a value for, written where the network has another bias (`H₂ net = … + b₂`
// where the network's H2 takes b1: a page with a bias per unit against a network with one per layer): the reading
// under which the formula holds is the document's own. Weights are left out: a weight with another index is a slip.
import { ConstantNode, OperatorNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { forEachNode } from '../../util/walkTree.js';
import { nodeKey } from '../read/canonicalName.js';
import type { MathSide } from '../read/parseLatexMath.js';
import type { ReadDocument } from '../read/readDocument.js';
import type { BindingTable } from '../resolve/bindingTable.js';
import { evaluateSide } from '../resolve/evaluateSide.js';
import type { NetworkView } from '../network/networkView.js';
import type { Subject } from './chainState.js';
import type { Claim } from './claim.js';
import type { JudgeContext } from './judgeContext.js';
import { sameValue } from './verdict.js';

/** How a formula reads when one of its names is taken for another parameter: the name, that parameter and the value. */
export interface OwnReading {
  name: string;
  as: string;
  value: number;
}

/** The ids of the parameters the document states a value for (`b_1 = 0.35`, `w₅=0.40`). */
export function printedParameters(read: ReadDocument, table: BindingTable, net: NetworkView): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const e of read.equations) {
    if (e.parse.skipped) continue;
    for (const chain of e.parse.chains) {
      const key = chain.sides[0] ? nodeKey(chain.sides[0].node) : null;
      const id = key === null ? undefined : table.idOf(key);
      if (id !== undefined && net.nodeOf(id)?.kind === 'param' && chain.sides.slice(1).some((s) => isNumber(s.node))) ids.add(id);
    }
  }
  return ids;
}

const isNumber = (n: MathNode): boolean => n instanceof ConstantNode || (n instanceof OperatorNode && n.fn === 'unaryMinus' && n.args[0] instanceof ConstantNode);

/**
 * For a formula that does not give the network's value of `id`: one bias name in it whose value the document never
 * prints, read as a bias of `id`'s definition the formula does not name, when that reading gives the network's value.
 * Undefined when no such single reading exists.
 */
export function ownReading(side: MathSide, id: string, ctx: JudgeContext): OwnReading | undefined {
  const def = ctx.net.definition(id);
  if (!def) return undefined;
  const named = new Map<string, string>();
  forEachNode(side.node, (n: MathNode) => {
    const key = n instanceof SymbolNode ? n.name : null;
    const leaf = key === null ? undefined : ctx.table.idOf(key);
    if (key !== null && leaf !== undefined) named.set(key, leaf);
  });
  const used = new Set(named.values());
  const free = definitionParameters(def, ctx).filter((p) => !used.has(p) && !ctx.printedParameters.has(p) && isBias(p, ctx));
  const readings: OwnReading[] = [];
  for (const [name, leaf] of named) {
    if (!isBias(leaf, ctx) || ctx.printedParameters.has(leaf) || definitionParameters(def, ctx).includes(leaf)) continue;
    for (const as of free) {
      const value = evaluateSide(side.node, { ...ctx.lookup, value: (key) => (key === name ? ctx.net.exact(as) : ctx.lookup.value(key)) }).value;
      if (value !== undefined && sameValue(value, ctx.net.exact(id))) readings.push({ name, as, value });
    }
  }
  return readings.length === 1 ? readings[0] : undefined;
}

/** Such a formula is neither right nor wrong; what follows it is judged against the network. */
export function ownReadingClaim(side: MathSide, subject: Subject, own: OwnReading, ctx: JudgeContext): Claim {
  const as = ctx.net.nameOf(own.as);
  const detail = `${own.name} stands where the network has ${as}, and the document gives no value for it: read as its name for ${as}, the formula gives the network's value`;
  return { kind: 'formula', verdict: 'unresolved', start: side.start, printed: side.source, detail, subject: subject.source, quantity: subject.id };
}

/** The parameters a definition names directly (w3, w4, b1 in net_H2 = w3·x1 + w4·x2 + b1). */
function definitionParameters(def: MathNode, ctx: JudgeContext): string[] {
  const out: string[] = [];
  forEachNode(def, (n: MathNode) => {
    if (n instanceof SymbolNode && ctx.net.nodeOf(n.name)?.kind === 'param' && !out.includes(n.name)) out.push(n.name);
  });
  return out;
}

/** A parameter some unit's net input adds on its own (b1 in w1·x1 + w2·x2 + b1). */
function isBias(id: string, ctx: JudgeContext): boolean {
  const node = ctx.net.nodeOf(id);
  if (node?.kind !== 'param') return false;
  return [...ctx.net.graph.nodes.values()].some((n) => n.kind === 'net' && n.expr !== undefined && addends(n.expr).some((t) => t.type === 'SymbolNode' && (t as SymbolNode).name === node.id));
}

/** The terms of a sum; the graph's trees are built by another mathjs instance, so node types are told by name. */
function addends(node: MathNode): MathNode[] {
  return node.type === 'OperatorNode' && (node as OperatorNode).fn === 'add' ? (node as OperatorNode).args.flatMap(addends) : [node];
}
