// A matrix equation (z = W x + b = [..][..] + [..] = [..]) → one scalar chain per entry (z_1 = W_11 x_1 + … = 0.15·0.05 + … = 0.3775).
// Written by hand: it is syntax only (shapes from the printed matrices, names indexed by position), so the reader
// stays network-free and every entry is then judged by the scalar machinery, which names the wrong entry.
import { ArrayNode, ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { changeOf, isBlank, partialNode } from './canonicalName.js';
import { NO_INDEX_BASE, type IndexBase } from './indexBase.js';
import type { MathChain, MathParse, MathSide, NumberLiteral } from './parseLatexMath.js';
import { ELEMENTWISE } from './parseMatrix.js';
import { elementName } from './matrixEntryNames.js';
import { asProducts } from './matrixProducts.js';
import { tuplesAsVectors } from './tupleVectors.js';
import { isNumber, literalsOf } from './sideLiterals.js';
import { withLoneVectors, type ExpandedChain } from './printedVectors.js';
import { cannot, entryLabel, elementShape, hasNames, nameShapes, noteGivenScalars, shapeOf, splitTranspose, tryShapeOf, turnedVectors, Unexpandable, type Shape, type Shapes } from './matrixShapes.js';

export type MatrixExpansion = { chains: MathChain[]; unread: NumberLiteral[] } | { reason: string; unread: NumberLiteral[] };

/** A parsed equation with each matrix statement replaced by its entries' chains; what cannot be read so is listed as unread. */
export function expandMatrices(parse: MathParse, known: Shapes, indexBase: IndexBase = NO_INDEX_BASE): MathParse {
  if (parse.skipped) return parse;
  parse = { ...parse, chains: parse.chains.map(tuplesAsVectors) };
  INDEX_BASE.set(known, indexBase);
  if (!parse.chains.some(hasMatrix)) {
    for (const chain of parse.chains) noteGivenScalars(chain.sides, known);
    return byKnownShapes(parse, known);
  }
  const chains: MathChain[] = [];
  const unread: { number: NumberLiteral; reason: string }[] = [];
  const matrices: ExpandedChain[] = []; // each matrix chain with how many of its numbers no entry's chain reads
  for (const chain of parse.chains) {
    if (!hasMatrix(chain)) {
      noteGivenScalars(chain.sides, known);
      chains.push(chain);
      continue;
    }
    const entries = expandMatrixChain(chain, known);
    if ('chains' in entries) chains.push(...entries.chains);
    const reason = 'reason' in entries ? `skipped: ${entries.reason}` : 'in a matrix, with no entry of another side to compare it with';
    unread.push(...entries.unread.map((number) => ({ number, reason })));
    matrices.push({ chain, unread: entries.unread.length });
  }
  return withLoneVectors({ ...parse, chains, unread }, matrices);
}

/**
 * A[4] = Z[4], Z = W X + b: an equation of names alone whose matrices were printed before reads entry by entry too
 * (A_1 = Z_1, …), so its formula is judged; kept whole when any side has no known shape or a number is left over.
 */
function byKnownShapes(parse: MathParse, known: Shapes): MathParse {
  if (parse.skipped || known.size === 0) return parse;
  const shaped = (chain: MathChain): boolean => {
    const shapes = chain.sides.map((s) => tryShapeOf(s.node, known));
    return shapes.some((x) => x) && shapes.every((x, k) => x !== undefined || (chain.sides[k]!.node instanceof SymbolNode && !isBlank(chain.sides[k]!.node)));
  };
  let changed = false;
  const chains = parse.chains.flatMap((chain) => {
    const entries = shaped(chain) ? expandMatrixChain(chain, known) : undefined;
    if (!entries || !('chains' in entries) || entries.chains.length === 0 || entries.unread.length > 0) return [chain];
    changed = true;
    return entries.chains;
  });
  return changed ? { ...parse, chains } : parse;
}

/** Beside a document's shapes, how it counts indices (indexBase.ts). */
const INDEX_BASE = new WeakMap<Shapes, IndexBase>();

export const hasMatrix = (chain: MathChain): boolean => chain.sides.some((s) => s.node.filter((n) => n instanceof ArrayNode).length > 0);

/** The chain's scalar chains, one per entry, or why it cannot be read entry by entry. */
export function expandMatrixChain(chain: MathChain, known: Shapes = new Map()): MatrixExpansion {
  const all = chain.sides.flatMap((s) => s.numbers);
  chain = { ...chain, sides: chain.sides.map((s) => ({ ...s, node: asProducts(s.node) })) };
  try {
    const literalOf = new Map<MathNode, NumberLiteral>();
    for (const s of chain.sides) {
      const own = literalsOf(s);
      if (!own) return { reason: 'a matrix whose numbers could not be placed', unread: all };
      own.forEach((literal, c) => literalOf.set(c, literal));
    }
    // [x_1 x_2] = [0.05 0.1] reads entry by entry (x_1 = 0.05); a matrix of names with no number beside it is notation
    if (all.length === 0 && chain.sides.some((s) => s.node.filter((n) => n instanceof ArrayNode && hasNames(n)).length > 0)) return { reason: 'a matrix of names is notation, not numbers', unread: all };
    const names = nameShapes(chain.sides.map((s) => s.node), known);
    const why: string[] = [];
    const shapes = chain.sides.map((s) => tryShapeOf(s.node, names, why));
    // E = ½‖y − a‖² = ½‖[..] − [..]‖² = 0.2984: every side a number, the bare name on the left included
    const bare = (k: number): boolean => chain.sides[k]!.node instanceof SymbolNode && !isBlank(chain.sides[k]!.node);
    const scalar = !shapes.some((s) => s) && shapes.some((s) => s === null) && shapes.every((s, k) => s !== undefined || bare(k));
    const shape = shapes.find((s): s is Shape => s !== undefined && s !== null) ?? (scalar ? { rows: 1, cols: 1 } : undefined);
    if (!shape) return { reason: why.find((m) => !m.startsWith('the shape of')) ?? why[0] ?? 'a matrix equation whose shape could not be read', unread: all };
    chain.sides.forEach((s, k) => {
      // a bare name takes the shape of the equation, and so does the name a change is of (ΔW = −0.1 · G = [..]), and
      // every name of a sum or difference of bare names (softmax - one_hot = [0.09, 0.24, -0.33]: entry by entry)
      const bareName = s.node instanceof SymbolNode ? s.node : changeOf(s.node);
      const summed = shapes[k] === undefined && !(bareName instanceof SymbolNode) && !scalar ? namesSummed(s.node) : undefined;
      if (summed?.every((n) => !names.has(n.name))) return void (summed.forEach((n) => names.set(n.name, shape)), (shapes[k] = shape));
      if (shapes[k] !== undefined || !(bareName instanceof SymbolNode) || isBlank(bareName)) return;
      const { key, transposed } = splitTranspose(bareName.name);
      const own = scalar ? null : shape;
      names.set(key, transposed ? elementShape(own) : own);
      shapes[k] = own;
    });
    // θᵀx = 0·1 + 0·50 + 0·40 = 0 (θ, x printed as lists: an outer product): one number where the others are matrices
    const single = (k: number): boolean => shapes[k] === null && chain.sides[k]!.numbers.length > 0 && shape.rows * shape.cols > 1;
    const turned = scalar ? shapes.map(() => false) : turnedVectors(shapes, shape);
    if (shapes.some((s, k) => (s && !scalar && !turned[k] && (s.rows !== shape.rows || s.cols !== shape.cols)) || (!scalar && single(k)))) return { reason: 'the sides of this matrix equation have different shapes', unread: all };
    const chains: MathChain[] = [];
    for (let i = 0; i < shape.rows; i++) {
      for (let j = 0; j < shape.cols; j++) {
        const c = entryChain(chain, shapes, names, literalOf, i, j, entryLabel(shape, i, j), turned);
        if (c) chains.push(c);
      }
    }
    const used = new Set(chains.flatMap((c) => c.sides.flatMap((s) => s.numbers.map((n) => n.start))));
    return { chains, unread: all.filter((n) => !used.has(n.start)) };
  } catch (e) {
    if (e instanceof Unexpandable) return { reason: e.message, unread: all };
    throw e;
  }
}

function entryChain(chain: MathChain, shapes: (Shape | undefined)[], names: Shapes, literalOf: Map<MathNode, NumberLiteral>, i: number, j: number, label: string, turned: readonly boolean[]): MathChain | undefined {
  const sides: MathSide[] = [];
  const relations: MathChain['relations'] = [];
  chain.sides.forEach((s, k) => {
    if (shapes[k] === undefined) return;
    const node = turned[k] ? entry(s.node, j, i, names) : entry(s.node, i, j, names);
    const numbers = node.filter(isNumber).map((c) => literalOf.get(c)).filter((n): n is NumberLiteral => n !== undefined);
    const one = node instanceof ConstantNode && numbers.length === 1 ? numbers[0]! : undefined;
    if (sides.length > 0) relations.push(chain.relations[k - 1] ?? '=');
    const printed = s.node.filter((x) => x instanceof ArrayNode).length > 0 ? node.toString() : `[${s.source.trim()}]_{${label}}`;
    sides.push({ node, source: one?.text ?? printed, start: one?.start ?? s.start, end: one?.end ?? s.end, numbers, blank: s.blank });
  });
  if (sides.length < 2) return undefined;
  return { sides, relations, source: chain.source, start: chain.start, end: chain.end };
}

/** Entry (i, j) of a matrix-valued tree, as a scalar tree. */
function entry(node: MathNode, i: number, j: number, names: Shapes): MathNode {
  // the change of a matrix (ΔW): the change of its entry
  const of = changeOf(node);
  if (of) return new OperatorNode('*', 'multiply', [(node as OperatorNode).args[0]!, entry(of, i, j, names)], true);
  const shape = shapeOf(node, names);
  if (shape === null) return scalarEntries(node, names);
  // a vector broadcast over a batch (b in W X + b) gives its one entry along the repeated side
  if (shape.rows === 1) i = 0;
  if (shape.cols === 1) j = 0;
  if (node instanceof ArrayNode) {
    const rows = node.items as ArrayNode[];
    return rows[i]!.items[j]!;
  }
  if (node instanceof ParenthesisNode) return entry(node.content, i, j, names);
  if (node instanceof SymbolNode) return elementName(node.name, shape, i, j, INDEX_BASE.get(names));
  if (node instanceof FunctionNode) {
    if (node.fn.name === 'transpose') return entry(node.args[0]!, j, i, names);
    if (node.fn.name === 'partial') return partialNode(node.args[0]!, entry(node.args[1]!, i, j, names));
    return new FunctionNode(node.fn, node.args.map((a) => entry(a, i, j, names)));
  }
  if (node instanceof OperatorNode) return entryOfOperator(node as OperatorNode, i, j, names);
  return cannot(`${node.type} in a matrix equation`);
}

/** A scalar that holds matrices: ‖v‖ becomes √(square(v_1) + square(v_2) + …); anything else keeps its shape-free parts as they are. */
function scalarEntries(node: MathNode, names: Shapes): MathNode {
  if (node instanceof FunctionNode && node.fn.name === 'norm') {
    const s = shapeOf(node.args[0]!, names)!;
    let sum: MathNode | undefined;
    for (let i = 0; i < s.rows; i++) {
      for (let j = 0; j < s.cols; j++) {
        // square(x), not x^2: an exponent would be a number of its own that no printed number stands for
        const square = new FunctionNode(new SymbolNode('square'), [entry(node.args[0]!, i, j, names)]);
        sum = sum ? new OperatorNode('+', 'add', [sum, square]) : square;
      }
    }
    return new FunctionNode(new SymbolNode('sqrt'), [sum!]);
  }
  if (node instanceof ParenthesisNode) return new ParenthesisNode(scalarEntries(node.content, names));
  if (node instanceof FunctionNode) return new FunctionNode(node.fn, node.args.map((a) => scalarEntries(a, names)));
  if (node instanceof OperatorNode) return new OperatorNode(node.op as never, node.fn as never, node.args.map((a) => scalarEntries(a, names)) as never, node.implicit);
  return node;
}

function entryOfOperator(node: OperatorNode, i: number, j: number, names: Shapes): MathNode {
  const [a, b] = node.args as [MathNode, MathNode | undefined];
  if (node.fn === 'multiply' && b && !ELEMENTWISE.has(node)) {
    const sa = shapeOf(a, names);
    const sb = shapeOf(b, names);
    if (sa && sb) {
      let sum: MathNode | undefined;
      for (let k = 0; k < sa.cols; k++) {
        const term = new OperatorNode('*', 'multiply', [entry(a, i, k, names), entry(b, k, j, names)]);
        sum = sum ? new OperatorNode('+', 'add', [sum, term]) : term;
      }
      return sum!;
    }
  }
  return new OperatorNode(node.op as never, node.fn as never, node.args.map((x) => entry(x, i, j, names)) as never);
}

/** The names of a sum or difference of two bare names or more (a − b, a + b − c), or undefined for anything else. */
function namesSummed(node: MathNode): SymbolNode[] | undefined {
  if (node instanceof ParenthesisNode) return namesSummed(node.content);
  if (node instanceof SymbolNode) return isBlank(node) || node.name.includes('^') ? undefined : [node];
  const [a, b] = node instanceof OperatorNode && (node.fn === 'add' || node.fn === 'subtract') && node.args.length === 2 ? node.args.map(namesSummed) : [];
  return a && b ? [...a, ...b] : undefined;
}
