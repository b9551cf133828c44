// Turns the left-deep chains a parser makes of long formulas (a0*x + a1*x + … + a999*x) into n-ary nodes.
import { OperatorNode, type MathNode } from './mathjs.js';
import { LONG_CHAIN, subtractedTerm } from './mathNodes.js';
import { rebuild, treeDepth } from './walkTree.js';

type Op = MathNode & { isOperatorNode?: boolean; fn?: string; args?: MathNode[]; flat?: boolean };

const FAMILY: Record<string, 'add' | 'multiply' | undefined> = { add: 'add', subtract: 'add', multiply: 'multiply' };

/**
 * A tree no deeper than LONG_CHAIN is returned as it is (every fixture's formula). Deeper trees get each run of
 * + and − (or of ·) as one n-ary node, operands in the written order: a − b becomes a + (−b) marked as
 * subtracted, which prints as a − b and rounds the same (IEEE: a − b = a + (−b)). Iterative throughout.
 */
export function flattenChains(root: MathNode): MathNode {
  if (treeDepth(root) <= LONG_CHAIN) return root;
  return rebuild(root, (node) => {
    const n = node as Op;
    const family = n.isOperatorNode && n.args!.length === 2 ? FAMILY[n.fn!] : undefined;
    if (!family) return node;
    const [a, b] = n.args! as [Op, MathNode];
    const right = n.fn === 'subtract' ? subtractedTerm(b) : b;
    // The left operand was rebuilt first: a chain of our own making grows in place (it is shared with nothing).
    if (a.flat && a.fn === family) {
      a.args!.push(right);
      return a;
    }
    const chain = new OperatorNode(family === 'add' ? '+' : '*', family, [a, right]) as Op;
    chain.flat = true;
    return chain;
  });
}
