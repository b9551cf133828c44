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

/** mathjs' path of the i-th argument ('args[0]', …), made once rather than at every node of every walk. */
const ARG_PATHS = Array.from({ length: 16 }, (_, i) => `args[${i}]`);
const argPath = (i: number): string => ARG_PATHS[i] ?? `args[${i}]`;

type Visit = (node: MathNode, path: string | null, parent: MathNode | null) => void;

/**
 * What mathjs' `node.traverse(visit)` does, the same nodes in the same order with the same paths and parents (a
 * FunctionNode's name included, as 'fn'), without the closure and the path string it makes at every node: the
 * walks of verify's hot loops. Node kinds other than operators, calls, parentheses, names and numbers are walked by
 * mathjs' own forEach.
 */
export function traverseTree(root: MathNode, visit: Visit): void {
  visit(root, null, null);
  walkBelow(root, visit);
}

function walkBelow(node: MathNode, visit: Visit): void {
  const n = node as AnyNode;
  if (n.isSymbolNode || n.isConstantNode) return;
  if (n.isOperatorNode) return walkArgs(node, n.args as MathNode[], visit);
  if (n.isFunctionNode) {
    visit(n.fn as MathNode, 'fn', node);
    walkBelow(n.fn as MathNode, visit);
    return walkArgs(node, n.args as MathNode[], visit);
  }
  if (n.isParenthesisNode) {
    visit(n.content as MathNode, 'content', node);
    walkBelow(n.content as MathNode, visit);
    return;
  }
  node.forEach((child, path, parent) => {
    visit(child, path, parent);
    walkBelow(child, visit);
  });
}

function walkArgs(node: MathNode, args: readonly MathNode[], visit: Visit): void {
  for (let i = 0; i < args.length; i++) {
    visit(args[i]!, argPath(i), node);
    walkBelow(args[i]!, visit);
  }
}

/** What mathjs' `node.filter(test)` gives (every node that passes, in traverse order), walked by traverseTree. */
export function filterTree(root: MathNode, test: (node: MathNode, path: string | null, parent: MathNode | null) => boolean): MathNode[] {
  const out: MathNode[] = [];
  traverseTree(root, (node, path, parent) => {
    if (test(node, path, parent)) out.push(node);
  });
  return out;
}
