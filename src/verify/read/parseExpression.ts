// Expression grammar for one side of an equation: logic words < sums < products (with juxtaposition) < unary minus < scripts and calls.
import { ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { BLANK_NAME, ELLIPSIS_NAME, canonicalKey, parseCanonicalKey, type NameParts } from './canonicalName.js';
import {
  DIVIDE_OPS, FUNCTION_BASES, IGNORED_COMMANDS, LOGIC_WORDS, MULTIPLY_OPS, RELATIONS, STATEMENT_SEPARATORS,
} from './mathCommands.js';
import type { MathCursor } from './mathCursor.js';
import type { Token } from './latexTokens.js';
import { classifyText } from './textTokens.js';
import { parsePrimary } from './parsePrimary.js';
import { parseEvalBar } from './parseEvalBar.js';
import { parseLogic } from './parseLogic.js';
import { binary, type Atom, type Grammar } from './grammar.js';
import { ELEMENTWISE } from './parseMatrix.js';
import { markGlued } from './gluedSpelling.js';
import { classifySuperscript, flattenTokens, functionPower, layerInBrackets, scriptRange, stateInParentheses, unitLabel } from './parseScripts.js';

/** One side of a relation: the loosest level, where \text{ AND } and \text{ OR } join boolean terms. */
export function parseSide(c: MathCursor): MathNode {
  return parseLogic(c, 0, parseSum);
}

export function parseSum(c: MathCursor): MathNode {
  let left = parseProduct(c);
  for (;;) {
    if (c.isChar('+')) left = (c.next(), binary('+', left, parseProduct(c)));
    else if (c.isChar('-')) left = (c.next(), binary('-', left, parseProduct(c)));
    else return left;
  }
}

/** Products: *, \cdot, \times, /, and juxtaposition (0.75(1 - 0.75), \delta_{h1} i_1), which is marked implicit. */
export function parseProduct(c: MathCursor): MathNode {
  const from = c.pos;
  let left = parseUnary(c);
  for (;;) {
    const t = c.peek();
    if (!t) return left;
    if ((t.kind === 'char' || t.kind === 'command') && MULTIPLY_OPS.has(t.text)) {
      left = (c.next(), binary('*', left, parseUnary(c)));
      if (t.text === '\\odot' || t.text === '\\circ') ELEMENTWISE.add(left);
    }
    else if ((t.kind === 'char' || t.kind === 'command') && DIVIDE_OPS.has(t.text)) left = (c.next(), binary('/', left, parseUnary(c)));
    else if (startsFactor(t)) markGlued(c, from, (left = binary('*', left, parsePostfix(c), true)));
    else return left;
  }
}

/** Unary minus; a minus written right before a number is part of the literal: -0.019 is one number, printed "-0.019". */
function parseUnary(c: MathCursor): MathNode {
  const t = c.peek();
  if (t?.kind !== 'char' || (t.text !== '-' && t.text !== '+')) return parsePostfix(c);
  c.next();
  const n = c.peek();
  const after = c.tokens[c.pos + 1];
  if (t.text === '-' && n?.kind === 'number' && !(after?.kind === 'char' && after.text === '^')) {
    c.next();
    return new ConstantNode(c.recordNumber(`-${n.text}`, t.start, n.end));
  }
  const inner = c.nest(() => parseUnary(c));
  return t.text === '-' ? new OperatorNode('-', 'unaryMinus', [inner]) : inner;
}

/** Whether the token can begin a factor that multiplies the previous one by juxtaposition. */
export function startsFactor(t: Token): boolean {
  switch (t.kind) {
    case 'number':
    case 'letters':
    case 'lbrace':
      return true;
    case 'open':
      return t.text !== '.';
    case 'text':
      return classifyText(t) !== 'logic' && classifyText(t) !== 'prose';
    case 'char':
      return t.text === '?' || t.text === '.';
    case 'command':
      return !(t.text in RELATIONS) && !MULTIPLY_OPS.has(t.text) && !DIVIDE_OPS.has(t.text) && !(t.text in LOGIC_WORDS)
        && t.text !== '\\partial' && t.text !== '\\\\' && !STATEMENT_SEPARATORS.has(t.text) && !IGNORED_COMMANDS.has(t.text);
    default:
      return false;
  }
}

/** A primary with its scripts, primes, calls and exponents: w_5^+, a_1^{(4)}, e^{-x}, g(x), out_{o1}(1 - out_{o1}), (…)^2. */
export function parsePostfix(c: MathCursor): MathNode {
  return c.nest(() => {
    const atom = parsePrimary(c, GRAMMAR);
    let node = atom.kind === 'name' ? finishName(c, atom.parts) : atom.kind === 'function' ? applyFunction(c, atom.name) : atom.node;
    while (c.isChar('^')) {
      c.next();
      const r = scriptRange(c);
      const s = classifySuperscript(c, r.from, r.to);
      const name = s.kind === 'mark' && s.mark !== 'T' ? groupedName(atom, node) : undefined;
      // {w_{10}^{(2)}}^{+}: a mark on a braced name belongs to the name (the layered notation's updated weight).
      if (name !== undefined && s.kind === 'mark') node = new SymbolNode(canonicalKey({ ...name, marks: [...name.marks, s.mark] }));
      else node = s.kind === 'mark' && s.mark === 'T'
        ? new FunctionNode(new SymbolNode('transpose'), [node])
        : binary('^', node, c.within(r.from, r.to, () => parseSide(c), c.pos));
    }
    for (let name = groupedName(atom, node); name !== undefined && c.isChar("'"); name = groupedName(atom, node)) {
      c.next();
      node = new SymbolNode(canonicalKey({ ...name, marks: [...name.marks, 'prime'] }));
    }
    if (c.isCommand('\\evalbar')) node = parseEvalBar(c, node, parseSide);
    if (c.isChar('_') || c.isChar("'")) c.fail(`"${c.peek()!.text}" after an expression that is not a name`);
    return node;
  });
}

/** The parts of a name written as a braced group ({w_{10}^{(2)}}), or undefined for anything else. */
function groupedName(atom: Atom, node: MathNode): NameParts | undefined {
  if (atom.kind !== 'node' || !(node instanceof SymbolNode)) return undefined;
  if (node.name === BLANK_NAME || node.name === ELLIPSIS_NAME || node.name === 'Infinity') return undefined;
  return parseCanonicalKey(node.name);
}

function finishName(c: MathCursor, parts: NameParts): MathNode {
  const glued = c.peek();
  const digit = glued?.kind === 'number' && glued.glued && parts.sub === '';
  if (digit) parts.sub = (c.next(), glued.text);
  for (;;) {
    if (c.isChar('_')) {
      const at = c.next();
      // h2_{out1}, W2_{00}: a digit glued to the name before a subscript is part of the name (layer 2's h), not an index
      if (digit && parts.sub === glued.text && parts.layer === '' && parts.marks.length === 0) parts = { ...parts, base: parts.base + parts.sub, sub: '' };
      if (parts.sub !== '') c.fail('a second subscript on the same name', at);
      const r = scriptRange(c);
      parts.sub = flattenTokens(c, r.from, r.to);
    } else if (c.isChar("'")) {
      c.next();
      parts.marks = [...parts.marks, 'prime'];
    } else if (parts.layer === '' && layerInBrackets(c)) {
      // W[1], dZ[4] written on the line: the layer, as W^{[1]}; after a number subscript (z_1[0], a row-vector
      // course's layer 1 and its entry 0) the subscript is the layer and the brackets index the entry
      const inBrackets = c.tokens[c.pos + 1]!.text;
      if (/^\d+$/.test(parts.sub)) parts = { ...parts, layer: parts.sub, sub: inBrackets };
      else parts.layer = inBrackets;
      c.pos += 3;
    } else if (c.isChar('^')) {
      const save = c.pos;
      c.next();
      const r = scriptRange(c);
      const s = classifySuperscript(c, r.from, r.to);
      if (s.kind === 'mark') parts.marks = [...parts.marks, s.mark];
      else if (s.kind === 'layer') {
        parts.layer = s.layer;
        if (s.mark) parts.marks = [...parts.marks, s.mark];
      }
      // z^2_1, w^l_{jk}, \delta^3_1 (Nielsen): a bare index before a subscript is the layer, never a power
      else if (parts.layer === '' && parts.sub === '' && !isEuler(parts) && bareIndex(c, r) && c.isChar('_')) parts.layer = c.tokens[r.from]!.text;
      else if (isEuler(parts)) return new FunctionNode(new SymbolNode('exp'), [c.within(r.from, r.to, () => parseSide(c), c.pos)]);
      else {
        c.pos = save; // an exponent: parsePostfix raises the finished name to it
        break;
      }
    } else break;
  }
  const state = stateInParentheses(c); // w_{2,3}(new): the value after the update, as w^{new}; w(old) is w itself
  if (state !== undefined) c.pos += 3;
  if (state !== undefined && state !== 'old') parts.marks = [...parts.marks, 'new'];
  const open = c.peek();
  const called = open?.kind === 'open' && open.text === '(';
  // σ_{h[0]}(s), f_{o}(s_o): a function letter's subscript before a call says whose function it is: σ, f
  const symbol = new SymbolNode(canonicalKey(called && FUNCTION_BASES.has(parts.base) && parts.layer === '' && parts.sub !== '' ? { ...parts, sub: '' } : parts));
  if (!called) return symbol;
  const args = parseArguments(c);
  // w(0), w(1), θ(2): a bare letter of a whole number up to 20 is the quantity at that step (Orr's w(t)), resolved or not
  const step = args.length === 1 && args[0] instanceof ConstantNode && /^\d{1,2}$/.test(String(args[0].value)) && Number(args[0].value) <= 20 && parts.sub === '' && parts.marks.length === 0 && /^(?:[A-Za-z]|theta)$/.test(parts.base);
  const isCall = step || FUNCTION_BASES.has(parts.base) || parts.marks.includes('prime') || args.length > 1 || args[0] instanceof SymbolNode;
  return isCall ? new FunctionNode(symbol, args) : binary('*', symbol, new ParenthesisNode(args[0]!), true);
}

/** A script of one whole number or one letter (2, l, L): what an index, not an exponent, looks like. */
function bareIndex(c: MathCursor, r: { from: number; to: number }): boolean {
  const t = c.tokens[r.from];
  return r.to - r.from === 1 && t !== undefined && ((t.kind === 'number' && /^\d{1,2}$/.test(t.text)) || (t.kind === 'letters' && /^[A-Za-z]$/.test(t.text)));
}

function isEuler(parts: NameParts): boolean {
  return parts.base === 'e' && parts.sub === '' && parts.marks.length === 0 && parts.layer === '';
}

const NOTHING_FOLLOWS = new Set(['=', ',', '&', ')', ']', '<', '>']);

/** \tanh(x), \max(0, x), or an argument without parentheses: \ln x. */
function applyFunction(c: MathCursor, called: string): MathNode {
  const name = unitLabel(c, called);
  // \exp = [e^{-1.9}, …], logits − \max = …: a function's name with nothing to apply it to names the values it gave
  const next = c.peek();
  if (!next || (next.kind === 'char' && NOTHING_FOLLOWS.has(next.text)) || (next.kind === 'command' && (next.text in RELATIONS || next.text === '\\\\'))) return new SymbolNode(name);
  const power = functionPower(c);
  const open = c.peek();
  const args = open?.kind === 'open' && open.text === '(' ? parseArguments(c) : [parsePostfix(c)];
  const call = new FunctionNode(new SymbolNode(name), args);
  return power === undefined ? call : binary('^', call, new ConstantNode(power));
}

function parseArguments(c: MathCursor): MathNode[] {
  return c.inside(() => {
    const args = [parseSide(c)];
    while (c.isChar(',')) args.push((c.next(), parseSide(c)));
    return args;
  });
}

const GRAMMAR: Grammar = { side: parseSide, sum: parseSum, product: parseProduct, postfix: parsePostfix };
