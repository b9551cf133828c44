// Walks and rebuilds mathjs trees with an explicit stack, so no tree walk grows the call stack with a tree's depth.
import { ConditionalNode, FunctionNode, OperatorNode, ParenthesisNode, type MathNode } from './mathjs.js';

type AnyNode = MathNode & Record<string, unknown>;

/** A node's children in order (a FunctionNode's name is not a child: it is never renamed or visited). */
export function childrenOf(node: MathNode): MathNode[] {
  const n = node as AnyNode;
  if (n.isOperatorNode || n.isFunctionNode) return n.args as MathNode[];
  if (n.isParenthesisNode) return [n.content as MathNode];
  if (n.isConditionalNode) return [n.condition as MathNode, n.trueExpr as MathNode, n.falseExpr as MathNode];
  return [];
}

/** A copy of `node` with new children (the node itself when they are the same objects). */
export function withChildren(node: MathNode, kids: readonly MathNode[]): MathNode {
  const old = childrenOf(node);
  if (old.length === kids.length && old.every((k, i) => k === kids[i])) return node;
  const n = node as AnyNode;
  if (n.isOperatorNode) {
    const copy = new OperatorNode(n.op as '+', n.fn as 'add', [...kids], n.implicit as boolean);
    if (n.isPercentage) (copy as unknown as { isPercentage: boolean }).isPercentage = true;
    if (n.subtracted) (copy as unknown as { subtracted: boolean }).subtracted = true;
    return copy;
  }
  if (n.isFunctionNode) return new FunctionNode(n.fn as MathNode & { name: string }, [...kids]);
  if (n.isParenthesisNode) return new ParenthesisNode(kids[0]!);
  if (n.isConditionalNode) return new ConditionalNode(kids[0]!, kids[1]!, kids[2]!);
  return node;
}

/**
 * Bottom-up rebuild: `visit` sees each node after its children were rebuilt and returns its replacement.
 * Shared subtrees are rebuilt once. Iterative: a left-deep sum of 10^5 terms needs no call stack.
 */
export function rebuild(root: MathNode, visit: (node: MathNode) => MathNode): MathNode {
  const done = new Map<MathNode, MathNode>();
  const stack: { node: MathNode; expanded: boolean }[] = [{ node: root, expanded: false }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (done.has(top.node)) {
      stack.pop();
      continue;
    }
    const kids = childrenOf(top.node);
    if (!top.expanded) {
      top.expanded = true;
      for (let i = kids.length - 1; i >= 0; i--) if (!done.has(kids[i]!)) stack.push({ node: kids[i]!, expanded: false });
      continue;
    }
    stack.pop();
    done.set(top.node, visit(withChildren(top.node, kids.map((k) => done.get(k)!))));
  }
  return done.get(root)!;
}

/** Calls `visit` on every node, parents before children, in left-to-right order (iteratively). */
export function forEachNode(root: MathNode, visit: (node: MathNode) => void): void {
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    visit(n);
    const kids = childrenOf(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/** The greatest depth of a tree (a leaf has depth 1), iteratively. */
export function treeDepth(root: MathNode): number {
  let max = 0;
  const stack: [MathNode, number][] = [[root, 1]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > max) max = d;
    for (const k of childrenOf(n)) stack.push([k, d + 1]);
  }
  return max;
}
