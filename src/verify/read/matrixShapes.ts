// Shapes in a matrix equation: printed matrices give them, names take them from the matrix printed in their place.
import { ArrayNode, ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { canonicalKey, isBlank, parseCanonicalKey } from './canonicalName.js';
import { ELEMENTWISE } from './parseMatrix.js';
import { traverseTree } from '../../util/walkTree.js';

/** Rows × columns; null is a scalar. */
export type Shape = { rows: number; cols: number } | null;
/** Names (their untransposed key) → shape. */
export type Shapes = Map<string, Shape>;

/** How the report names entry (i, j): [W]_{2,1}, or [a]_{2} for a vector. */
export const entryLabel = (shape: NonNullable<Shape>, i: number, j: number): string =>
  shape.rows === 1 || shape.cols === 1 ? `${Math.max(i, j) + 1}` : `${i + 1},${j + 1}`;

/** Thrown where a tree cannot be read entry by entry; its message is the reason shown in coverage. */
export class Unexpandable extends Error {}
export const cannot = (reason: string): never => {
  throw new Unexpandable(reason);
};

export const elementShape = (s: Shape): Shape => (s ? { rows: s.cols, cols: s.rows } : s);

/** Losses are scalars: ∂E/∂W has W's shape. */
const LOSS_BASES = new Set(['E', 'L', 'J', 'C', 'ell', 'loss', 'cost', 'Loss', 'l']);

/** Untransposed key and whether the name is written transposed (W^T, a^{(1)\top}). */
export function splitTranspose(name: string): { key: string; transposed: boolean } {
  const p = parseCanonicalKey(name);
  if (p.marks.at(-1) !== 'T') return { key: name, transposed: false };
  return { key: canonicalKey({ ...p, marks: p.marks.slice(0, -1) }), transposed: true };
}

/** Beside a document's shapes, the names it printed equal to one number (lr = 0.5): lr · [..] scales a matrix. */
const GIVEN_SCALARS = new WeakMap<Shapes, Set<string>>();

/** Notes the names a scalar equation sets to one number (lr = 0.5, η = 0.1), for the matrix equations after it. */
export function noteGivenScalars(sides: readonly { node: MathNode }[], names: Shapes): void {
  const value = sides.some((s) => s.node instanceof ConstantNode || (s.node instanceof OperatorNode && s.node.fn === 'unaryMinus' && s.node.args[0] instanceof ConstantNode));
  if (!value) return;
  const set = GIVEN_SCALARS.get(names) ?? new Set<string>();
  for (const s of sides) if (s.node instanceof SymbolNode && !isBlank(s.node)) set.add(s.node.name);
  GIVEN_SCALARS.set(names, set);
}

export function shapeOf(node: MathNode, names: Shapes): Shape {
  if (node instanceof ArrayNode) {
    const rows = node.items as ArrayNode[];
    return { rows: rows.length, cols: rows[0]!.items.length };
  }
  if (node instanceof ConstantNode) return null;
  if (node instanceof ParenthesisNode) return shapeOf(node.content, names);
  if (node instanceof SymbolNode) {
    if (isBlank(node)) return cannot('a blank in a matrix equation');
    const { key, transposed } = splitTranspose(node.name);
    if (!names.has(key)) return GIVEN_SCALARS.get(names)?.has(key) ? null : cannot(`the shape of ${node.name} is not printed`);
    return transposed ? elementShape(names.get(key)!) : names.get(key)!;
  }
  if (node instanceof FunctionNode) return shapeOfCall(node, names);
  if (node instanceof OperatorNode) return shapeOfOperator(node as OperatorNode, names);
  return cannot(`${node.type} in a matrix equation`);
}

function shapeOfCall(node: FunctionNode, names: Shapes): Shape {
  const name = node.fn.name;
  if (name === 'transpose') return elementShape(shapeOf(node.args[0]!, names));
  if (name === 'partial') {
    const [of, wrt] = node.args as [MathNode, MathNode];
    const wrtShape = shapeOf(wrt, names);
    if (wrtShape === null) return null;
    if (of instanceof SymbolNode && LOSS_BASES.has(parseCanonicalKey(of.name).base)) return wrtShape;
    return cannot('a derivative of one vector by another (a Jacobian)');
  }
  if (name === 'norm' && node.args.length === 1) return (shapeOf(node.args[0]!, names), null); // ‖v‖ is a number
  // max(0, x W1 + b1): ReLU entry by entry (numpy's np.maximum), a number against each entry or two matrices alike
  if ((name === 'max' || name === 'min') && node.args.length === 2) return entrywiseShape(name, node.args.map((a) => shapeOf(a, names)));
  if (name === 'abs' || name === 'sum_over' || node.args.length !== 1) return cannot(`${name} of a matrix`);
  return shapeOf(node.args[0]!, names);
}

function entrywiseShape(name: string, shapes: readonly Shape[]): Shape {
  const [a, b] = shapes as [Shape, Shape];
  if (a && b && (a.rows !== b.rows || a.cols !== b.cols)) return cannot(`${name} of matrices of two shapes`);
  return a ?? b;
}

function shapeOfOperator(node: OperatorNode, names: Shapes): Shape {
  if (node.fn === 'add' || node.fn === 'subtract') noteTermShape(node, names);
  const shapes = node.args.map((a) => shapeOf(a, names));
  if (node.fn === 'unaryMinus' || node.fn === 'unaryPlus') return shapes[0]!;
  const [a, b] = shapes as [Shape, Shape];
  if (node.fn === 'multiply' && a && b && !ELEMENTWISE.has(node)) {
    if (a.cols !== b.rows) return cannot(`a product of a ${a.rows}×${a.cols} and a ${b.rows}×${b.cols} matrix`);
    return { rows: a.rows, cols: b.cols };
  }
  if (node.fn === 'divide' && b) return cannot('a division by a matrix');
  // a vector has no matrix power: [.77; .62]^2 squares each entry, as numpy does (1 − Y^2 for tanh's slope)
  if (node.fn === 'pow') return a && b === null && (a.rows === 1 || a.cols === 1) ? a : a ? cannot('a power of a matrix') : null;
  if (!['add', 'subtract', 'multiply', 'divide'].includes(node.fn)) return cannot(`${node.op} on matrices`);
  if (a && b && (a.rows !== b.rows || a.cols !== b.cols)) {
    // Z = W X + b over a batch: a column (or row) vector is added to every column (row), as numpy broadcasts it
    const wide = node.fn === 'add' || node.fn === 'subtract' ? broadcast(a, b) : undefined;
    return wide ?? cannot(`${node.op} of a ${a.rows}×${a.cols} and a ${b.rows}×${b.cols} matrix`);
  }
  return a ?? b;
}

/**
 * Rule "terms of a sum of vectors are alike": in A − Y, where Y was printed as a vector and A's shape never was, A is
 * a vector of Y's shape (a page adds and subtracts vectors entry by entry; a number it gave A is a scalar, left so).
 */
function noteTermShape(node: OperatorNode, names: Shapes): void {
  const free = (a: MathNode): a is SymbolNode => a instanceof SymbolNode && !isBlank(a) && !names.has(splitTranspose(a.name).key) && !GIVEN_SCALARS.get(names)?.has(a.name);
  const [a, b] = node.args.map((x) => (x instanceof ParenthesisNode ? x.content : x));
  if (node.args.length !== 2 || free(a!) === free(b!)) return;
  const [name, other] = (free(a!) ? [a, b] : [b, a]) as [SymbolNode, MathNode];
  const shape = tryShapeOf(other, names);
  if (!shape || (shape.rows !== 1 && shape.cols !== 1) || shape.rows * shape.cols < 2) return;
  const { key, transposed } = splitTranspose(name.name);
  names.set(key, transposed ? elementShape(shape) : shape);
}

/** The shape of a sum whose one side is a vector repeated along the other's rows or columns, or undefined. */
function broadcast(a: NonNullable<Shape>, b: NonNullable<Shape>): Shape | undefined {
  const size = (x: number, y: number): number | undefined => (x === y || y === 1 ? x : x === 1 ? y : undefined);
  const [rows, cols] = [size(a.rows, b.rows), size(a.cols, b.cols)];
  return rows === undefined || cols === undefined ? undefined : { rows, cols };
}

/** Shapes of names, read off the matrices printed in their place on another side of the chain (W x + b = [..][..] + [..]). */
export function nameShapes(sides: readonly MathNode[], known: Shapes): Shapes {
  const names: Shapes = known;
  const note = (name: MathNode, shape: Shape): void => {
    if (name instanceof ParenthesisNode) note(name.content, shape);
    else if (name instanceof SymbolNode && !isBlank(name)) {
      const { key, transposed } = splitTranspose(name.name);
      if (!names.has(key)) names.set(key, transposed ? elementShape(shape) : shape);
    } else if (name instanceof FunctionNode && name.fn.name === 'partial') note(name.args[1]!, shape);
    else if (name instanceof FunctionNode && name.fn.name === 'transpose') note(name.args[0]!, elementShape(shape));
    else if (name instanceof FunctionNode && name.args.length === 1 && name.fn.name !== 'norm' && name.fn.name !== 'abs') note(name.args[0]!, shape); // σ(z) entry by entry
  };
  const pair = (f: MathNode, n: MathNode): void => {
    if (f instanceof ParenthesisNode) return pair(f.content, n);
    if (n instanceof ParenthesisNode) return pair(f, n.content);
    if (n instanceof ArrayNode) return note(f, shapeOf(n, names));
    if (n instanceof ConstantNode) return note(f, null);
    if (f instanceof OperatorNode && n instanceof OperatorNode && f.fn === n.fn && f.args.length === n.args.length) f.args.forEach((a, k) => pair(a, n.args[k]!));
    else if (f instanceof FunctionNode && n instanceof FunctionNode && f.fn.name === n.fn.name && f.args.length === n.args.length) f.args.forEach((a, k) => pair(a, n.args[k]!));
  };
  const literal = sides.filter((s) => s.filter((x) => x instanceof ArrayNode).length > 0);
  for (const f of sides) for (const n of literal) if (f !== n) pair(f, n);
  for (let pass = 0; pass < 3; pass++) for (const s of sides) fromSiblings(s, names);
  return names;
}

/** a − y, a ⊙ (1 − a): a name added to (or multiplied entry by entry with) a shaped term takes its shape. */
function fromSiblings(node: MathNode, names: Shapes): void {
  traverseTree(node, (n) => {
    if (!(n instanceof OperatorNode) || n.args.length !== 2) return;
    if (n.fn !== 'add' && n.fn !== 'subtract' && !(n.fn === 'multiply' && ELEMENTWISE.has(n))) return;
    const [a, b] = n.args.map((x) => (x instanceof ParenthesisNode ? x.content : x)) as [MathNode, MathNode];
    for (const [name, other] of [[a, b], [b, a]] as const) {
      if (!(name instanceof SymbolNode) || isBlank(name) || names.has(splitTranspose(name.name).key)) continue;
      const shape = tryShapeOf(other, names);
      if (shape) names.set(splitTranspose(name.name).key, splitTranspose(name.name).transposed ? elementShape(shape) : shape);
    }
  });
}

/** The shape of a tree, or undefined where it cannot be read entry by entry (the reason added to `why`). */
export function tryShapeOf(node: MathNode, names: Shapes, why: string[] = []): Shape | undefined {
  try {
    return shapeOf(node, names);
  } catch (e) {
    if (e instanceof Unexpandable) return (why.push(e.message), undefined);
    throw e;
  }
}

/** Whether a tree holds a name (not a function's name): [x_0, x_1] is notation. */
export function hasNames(node: MathNode): boolean {
  let found = false;
  traverseTree(node, (n, path) => {
    if (n instanceof SymbolNode && path !== 'fn') found = true;
  });
  return found;
}

/** Which sides are the vector `shape` printed the other way round (a row where it is a column): a list [a, b] has no orientation, so they are read entry by entry. */
export function turnedVectors(shapes: readonly (Shape | undefined)[], shape: NonNullable<Shape>): boolean[] {
  return shapes.map((s) => !!s && s.rows === shape.cols && s.cols === shape.rows && (s.rows === 1 || s.cols === 1) && s.rows !== s.cols);
}
