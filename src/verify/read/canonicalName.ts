// Canonical keys for names, shared by the document parser and the resolver: w_5^+, w_{5}^{+} and \mathit{w}_5^{+} all key to "w_5_plus".
import { ConstantNode, FunctionNode, OperatorNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { gluedKeyOf } from './gluedSpelling.js';

/**
 * A printed name, taken apart.
 *  - base:  the letters or Greek name, wrappers dropped: \mathit{out} → out, \text{out} → out, \delta → delta,
 *           \hat{y} → yhat, \mathbf{z} → z.
 *  - sub:   the subscript flattened to its letters, digits and + - = signs: {h1} → h1, {\text{total}} → total,
 *           {5_{new}} → 5new, {o,c} → oc, {ij} → ij. A plain "o1" (letters then digits) means o_1.
 *  - marks: superscript marks in order: ^+ → plus, ^- → minus, ^* → star, ' or ^\prime → prime, ^T → T,
 *           ^{new} (a word) → new.
 *  - layer: a parenthesized superscript index: a_1^{(4)} → 4, \delta_i^{(l+1)} → l+1, a^{[2]} → 2.
 * The key is base, then _sub, then _mark for each mark, then ^(layer):
 *   w_5^+ → w_5_plus, a_1^{(4)} → a_1^(4), E_{total} → E_total, \hat{y} → yhat, z'(s) → z_prime.
 */
export interface NameParts {
  base: string;
  sub: string;
  marks: readonly string[];
  layer: string;
}

/** Blank placeholders (?, ???, a missing side) are this symbol; no canonical key can equal it. */
export const BLANK_NAME = '?';
/** \dots, \ldots, \cdots and … are this symbol. */
export const ELLIPSIS_NAME = '…';

/** The single-character superscripts that are marks rather than exponents. */
export const MARK_OF_CHAR: Readonly<Record<string, string>> = {
  '+': 'plus',
  '-': 'minus',
  '*': 'star',
  "'": 'prime',
  '\\ast': 'star',
  '\\star': 'star',
  '\\prime': 'prime',
  '\\dagger': 'dagger',
  '\\top': 'T',
  '\\intercal': 'T',
  T: 'T',
};

const KNOWN_MARKS = new Set(Object.values(MARK_OF_CHAR));

export function canonicalKey(parts: NameParts): string {
  let key = parts.base;
  if (parts.sub !== '') key += `_${parts.sub}`;
  for (const m of parts.marks) key += `_${m}`;
  if (parts.layer !== '') key += `^(${parts.layer})`;
  return key;
}

/** Each key taken apart once (frozen, so no caller can change what the next one gets): verify asks for the parts of the same names tens of thousands of times. */
const partsOf = new Map<string, NameParts>();
/** Past this many keys the cache starts again (a long-lived process reads many documents). */
const MAX_CACHED = 50_000;

/** Best-effort inverse of canonicalKey: a trailing part is a mark when it is a known mark (plus, prime, star, T...). */
export function parseCanonicalKey(key: string): NameParts {
  const known = partsOf.get(key);
  if (known !== undefined) return known;
  if (partsOf.size >= MAX_CACHED) partsOf.clear();
  const parts = splitKey(key);
  Object.freeze(parts.marks);
  partsOf.set(key, Object.freeze(parts));
  return parts;
}

function splitKey(key: string): NameParts {
  let rest = key;
  let layer = '';
  const layerMatch = /\^\(([^()]*)\)$/.exec(rest);
  if (layerMatch) {
    layer = layerMatch[1]!;
    rest = rest.slice(0, layerMatch.index);
  }
  const [base = '', ...parts] = rest.split('_');
  const marks: string[] = [];
  while (parts.length > 0 && KNOWN_MARKS.has(parts[parts.length - 1]!)) marks.unshift(parts.pop()!);
  return { base, sub: parts.join(''), marks, layer };
}

/** Flattens subscript text to the characters that identify it: "h_1" → h1, "o, c" → oc, "5 new" → 5new. */
export function flattenSubscript(text: string): string {
  // w_{11,1} and w_{1,11} are two weights: a comma between whole numbers stays where one of them has two digits or more
  const indices = /^\s*\d+(?:\s*,\s*\d+)+\s*$/.test(text) ? text.split(',').map((n) => n.trim()) : [];
  if (indices.some((n) => n.length > 1)) return indices.join(',');
  return foldLetters(text).replace(/[^A-Za-z0-9+\-=]/g, '');
}

/** Words for new and old in scripts without Latin letters, spelt so the update rules read them (W_{新} → W_new). */
const UNLATIN_WORDS: readonly [RegExp, string][] = [
  [/新しい|新的|新/g, 'new'],
  [/古い|旧的|旧|舊/g, 'old'],
  [/нов(?:ый|ое|ая|ые|ого)/gi, 'new'],
  [/стар(?:ый|ое|ая|ые|ого)/gi, 'old'],
];

/** Latin letters without their accents (trái → trai, mới → moi, đ → d), and the words above spelt in Latin letters. */
export function foldLetters(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  const words = UNLATIN_WORDS.reduce((t, [re, word]) => t.replace(re, word), text);
  return words.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/ß/g, 'ss');
}

/** The structural key of a parsed name or derivative: a symbol's name, or "∂A/∂B" for partial(A, B) of names. */
export function nodeKey(node: MathNode): string | null {
  if (node instanceof SymbolNode) return node.name;
  if (node instanceof FunctionNode) return partialKey(node);
  const change = changeOf(node);
  return change ? `Δ${nodeKey(change)}` : null;
}

/** Each derivative's key, made once: verify asks for the key of the same parsed ∂A/∂B many times over. */
const partialKeys = new WeakMap<FunctionNode, string | null>();

function partialKey(node: FunctionNode): string | null {
  if (node.fn.name !== 'partial' || node.args.length !== 2) return null;
  const known = partialKeys.get(node);
  if (known !== undefined) return known;
  // (∂o/∂x1w1: a glued juxtaposition is differentiated by under its spelling's key, which resolve may bind to a node)
  const [of, wrt] = [nodeKey(node.args[0]!) ?? gluedKeyOf(node.args[0]!), nodeKey(node.args[1]!) ?? gluedKeyOf(node.args[1]!)];
  const key = of && wrt ? `∂${of}/∂${wrt}` : null;
  partialKeys.set(node, key);
  return key;
}

/**
 * The name a change is written of: Δw_5 (\Delta w_{5}, read as the juxtaposition Δ·w_5) → w_5. Whether the document
 * means a change or a product with its own Δ is the resolver's to say (a document that defines Δ alone multiplies).
 */
export function changeOf(node: MathNode): MathNode | undefined {
  if (!(node instanceof OperatorNode) || node.fn !== 'multiply' || !node.implicit || node.args.length !== 2) return undefined;
  const [delta, of] = node.args as [MathNode, MathNode];
  return delta instanceof SymbolNode && delta.name === 'Delta' && !(of instanceof OperatorNode) && nodeKey(of) !== null ? of : undefined;
}

/** The mathjs node for a derivative: partial(A, B), read ∂A/∂B. */
export function partialNode(of: MathNode, wrt: MathNode): MathNode {
  return new FunctionNode(new SymbolNode('partial'), [withoutArguments(of), wrt]);
}

/** The letters and words of a loss, which documents also write with what it depends on: J(W, b), L(θ), E(w). */
const LOSS_NAMES = new Set(['E', 'L', 'J', 'C', 'ell', 'loss', 'Loss', 'cost', 'Cost']);

/** ∂J(W, b)/∂W is ∂J/∂W: a loss written with the names it depends on is still the loss. */
function withoutArguments(of: MathNode): MathNode {
  if (!(of instanceof FunctionNode) || !LOSS_NAMES.has(parseCanonicalKey(of.fn.name).base)) return of;
  return of.args.every((a) => a instanceof SymbolNode && !isBlank(a)) ? new SymbolNode(of.fn.name) : of;
}

/** The mathjs node for a sum over an index: sum_over('o', body) or sum_over('k', body, lower, upper). */
export function sumOverNode(index: string, body: MathNode, lower?: MathNode, upper?: MathNode): MathNode {
  const args: MathNode[] = [new ConstantNode(index), body];
  if (lower || upper) args.push(lower ?? new ConstantNode(''), upper ?? new ConstantNode(''));
  return new FunctionNode(new SymbolNode('sum_over'), args);
}

export function isBlank(node: MathNode): boolean {
  return node instanceof SymbolNode && node.name === BLANK_NAME;
}
