// An activation written as a function of a net the table knows (σ(z_1^{(2)}), σ'(z_1^{(2)}), f'(net_{o1})): the unit's
// output, or the local partial ∂out/∂net, so a number substituted for it is judged as that quantity.
import { parseQuantityId, qid } from '../../derive/quantityRef.js';
import { ConstantNode, FunctionNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import type { NetworkView } from '../network/networkView.js';
import { nodeKey, parseCanonicalKey } from '../read/canonicalName.js';
import { EVAL_AT } from '../read/parseEvalBar.js';
import { finiteValue } from '../../util/mathNodes.js';
import type { BindingTable } from './bindingTable.js';
import { stepsOf } from './rules/iteration.js';
import { editDistance } from '../../util/editDistance.js';

/** Letters documents write an activation with. */
// h is Bishop's (z_j = h(a_j)), read only as a call on a net the table knows
const ACTIVATIONS = new Set(['sigma', 'sigmoid', 'f', 'g', 'h', 'phi', 'varphi', 'relu', 'ReLU', 'tanh', 'act']);

/** The quantity id of `σ(z)` / `σ'(z)` where z is bound to a net node whose activation is one node, else undefined. */
export function callQuantity(node: MathNode, table: BindingTable, net: NetworkView): string | undefined {
  if (node instanceof FunctionNode && node.fn.name === EVAL_AT) return atOwnPoint(node, table, net);
  const stepped = node instanceof FunctionNode ? afterSteps(node, table, net) : undefined;
  if (stepped !== undefined) return stepped;
  if (!(node instanceof FunctionNode) || node.args.length !== 1 || !(node.args[0] instanceof SymbolNode)) return undefined;
  const steps = stepsOf(table, node.args[0].name);
  if (steps !== undefined) return lossAfter(node.fn.name, steps, table, net);
  const fn = parseCanonicalKey(node.fn.name);
  const prime = fn.marks.length === 1 && fn.marks[0] === 'prime';
  const known = ACTIVATIONS.has(fn.base);
  if ((fn.marks.length > 0 && !prime) || (!known && fn.base.length < 4)) return undefined;
  const ref = parseQuantityId(table.idOf(node.args[0].name) ?? '');
  const inner = ref?.kind === 'value' ? net.graph.nodes.get(ref.node) : undefined;
  if (inner?.kind !== 'net') return undefined;
  const outs = (net.graph.children.get(inner.id) ?? []).filter((c) => net.graph.nodes.get(c)?.kind === 'activation');
  if (outs.length !== 1) return undefined;
  // the unit's own activation misspelt as pages do (sigmod, sigmoind) names it too
  const own = net.graph.nodes.get(outs[0]!)?.activation?.id;
  if (!known && !(own && editDistance(fn.base.toLowerCase(), own) <= 1)) return undefined;
  const id = prime ? qid.partial(outs[0]!, inner.id) : qid.value(outs[0]!);
  return net.valueOf(id) === undefined ? undefined : id;
}

/** The steps a page counts with w(t): w(0) … w(20); a wider counter is no worked example. */
const MAX_STEP = 20;

/**
 * w(0), w(1), w(2) (Orr's lecture: the weight at the t-th iteration) of a name bound to a trainable parameter: that
 * parameter after that many updates under the file's optimizer, w(0) its start. A function of a node (σ(2)) is not
 * a parameter, and keeps its reading as a call.
 */
function afterSteps(node: FunctionNode, table: BindingTable, net: NetworkView): string | undefined {
  const arg = node.args.length === 1 ? finiteValue(node.args[0]!) : undefined;
  if (arg === undefined || !Number.isInteger(arg) || arg < 0 || arg > MAX_STEP || !(node.args[0] instanceof ConstantNode)) return undefined;
  const ref = parseQuantityId(table.idOf(node.fn.name) ?? '');
  const param = ref?.kind === 'value' ? net.graph.nodes.get(ref.node) : undefined;
  if (param?.kind !== 'param' || !param.trainable) return undefined;
  const id = net.inRounds(qid.value(param.id), arg);
  return id === undefined || net.valueOf(id) === undefined ? undefined : id;
}

/** f|_{z=2} where 2 is the network's own z: the quantity f names (∂s/∂z, σ'(z)), else undefined. */
function atOwnPoint(node: FunctionNode, table: BindingTable, net: NetworkView): string | undefined {
  const [expression, variable, point] = node.args as [MathNode, MathNode, MathNode];
  const own = variable instanceof SymbolNode ? net.valueOf(table.idOf(variable.name) ?? '') : undefined;
  const at = finiteValue(point);
  if (own === undefined || at === undefined || !samePoint(own, at)) return undefined;
  const key = nodeKey(expression);
  return key === null ? callQuantity(expression, table, net) : table.idOf(key);
}

/** The network's value and a printed point: equal, or the point is the value rounded to its two or more decimals. */
export function samePoint(own: number, at: number): boolean {
  if (Math.abs(own - at) <= 1e-9 * Math.max(1, Math.abs(own))) return true;
  const decimals = (String(at).split('.')[1] ?? '').length;
  return decimals >= 2 && Math.abs(own - at) <= 0.5 * 10 ** -decimals + 1e-12;
}

/** J(θ^{(2)}): the loss the table reads J as, after that many steps of gradient descent. */
function lossAfter(name: string, steps: number, table: BindingTable, net: NetworkView): string | undefined {
  const ref = parseQuantityId(table.idOf(name) ?? '');
  if (ref?.kind !== 'value' || net.graph.nodes.get(ref.node)?.kind !== 'loss') return undefined;
  const id = steps === 0 ? qid.value(ref.node) : net.inRounds(qid.value(ref.node), steps);
  return id === undefined || net.valueOf(id) === undefined ? undefined : id;
}


/** Letters pages write the activation function with, whatever it is (Ng's g(z), φ): never f, which pages define for their own functions. */
const ACTIVATION_LETTERS = new Set(['g', 'phi', 'varphi']);

/**
 * The network's activation for `g` and `φ` when every unit has the same one (g(10) ≈ 1 in a truth table of sigmoid
 * units): its value at any argument, so a value of the function at a printed number is judged with no quantity at all.
 */
export function pageActivation(net: NetworkView, table?: BindingTable): (name: string) => ((x: number) => number) | undefined {
  const own = table === undefined ? () => undefined : (name: string) => nodeFunction(name, table, net);
  const ids = new Set([...net.graph.nodes.values()].flatMap((n) => (n.kind === 'activation' && n.activation ? [n.activation] : [])));
  const [one, ...others] = [...ids];
  const evaluate = others.every((a) => a.id === one?.id) ? one?.call?.evaluate ?? (one?.id === 'relu' ? (x: number) => Math.max(0, x) : undefined) : undefined;
  return (name) => own(name) ?? (evaluate && ACTIVATION_LETTERS.has(name) ? evaluate : undefined);
}

/**
 * A graph node the name is bound to whose formula reads one other node (sigma: 1 / (1 + exp(-z))), as the function of
 * that node: σ(2) is its formula at z = 2.
 */
function nodeFunction(name: string, table: BindingTable, net: NetworkView): ((x: number) => number) | undefined {
  return unitFunction(table.idOf(name), net);
}

/** The function of its one input a node's value is (a unit's activation of its net), for the quantity id of that value. */
export function unitFunction(id: string | undefined, net: NetworkView): ((x: number) => number) | undefined {
  const ref = parseQuantityId(id ?? '');
  const node = ref?.kind === 'value' ? net.graph.nodes.get(ref.node) : undefined;
  if (node?.expr === undefined || node.parents.length !== 1) return undefined;
  const formula = node.expr.compile();
  const parent = node.parents[0]!;
  return (x) => {
    try {
      const v: unknown = formula.evaluate({ [parent]: x });
      return typeof v === 'number' ? v : Number.NaN;
    } catch {
      return Number.NaN;
    }
  };
}
