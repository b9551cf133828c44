// A cost printed below zero for the loss at a point verify cannot evaluate (J(θ) on another set of examples): an
// erratum all the same, since the network's loss (squared error, cross-entropy with targets in [0, 1]) is never negative.
import { FunctionNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { parseQuantityId } from '../../derive/quantityRef.js';
import type { NetworkView } from '../network/networkView.js';
import type { MathChain } from '../read/parseLatexMath.js';
import { nodeKey } from '../read/canonicalName.js';
import type { BindingTable } from '../resolve/bindingTable.js';
import type { Claim } from './claim.js';

const SQUARED = new Set(['half-sse', 'sse', 'mse']);
const LOGS = new Set(['cross-entropy', 'binary-cross-entropy']);

/**
 * The claims for a chain `J(θ) = … = -138.16` whose head names the network's loss and whose printed negative value
 * no other claim judged (`judged`: the offsets already judged in its equation).
 */
export function negativeLossClaims(chain: MathChain, table: BindingTable, net: NetworkView, judged: ReadonlySet<number>): Claim[] {
  const head = lossHead(chain.sides[0]!.node, table, net);
  if (head === undefined) return [];
  const claims: Claim[] = [];
  for (const side of chain.sides.slice(1)) {
    const only = side.numbers.length === 1 ? side.numbers[0]! : undefined;
    if (!only || side.source.trim() !== only.text || only.value >= 0 || judged.has(only.start)) continue;
    claims.push({ kind: 'value', verdict: 'erratum', start: only.start, printed: only.text, subject: chain.sides[0]!.source, detail: `a ${head} is never negative` });
  }
  return claims;
}

/** The kind of loss (for the report) where `node` is the loss or a call of its name, and that loss is never negative. */
function lossHead(node: MathNode, table: BindingTable, net: NetworkView): string | undefined {
  const name = node instanceof FunctionNode ? node.fn : node;
  const key = name instanceof SymbolNode ? nodeKey(name) : null;
  const ref = parseQuantityId((key === null ? undefined : table.idOf(key)) ?? '');
  const loss = ref?.kind === 'value' ? net.graph.nodes.get(ref.node) : undefined;
  if (loss?.kind !== 'loss' || !loss.loss) return undefined;
  const kind = loss.loss.id;
  if (SQUARED.has(kind)) return 'squared error';
  const targets = [...net.graph.nodes.values()].filter((n) => n.kind === 'target').map((n) => n.value ?? NaN);
  return LOGS.has(kind) && targets.every((t) => t >= 0 && t <= 1) ? kind.replace(/-/g, ' ') : undefined;
}
