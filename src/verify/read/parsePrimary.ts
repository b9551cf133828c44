// Primaries of the document grammar: numbers, names, groups, \frac (and ∂A/∂B, dA/dB), \sqrt, \sum, functions, wrappers, blanks.
import { ConstantNode, FunctionNode, ParenthesisNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { BLANK_NAME, ELLIPSIS_NAME, parseCanonicalKey, partialNode, sumOverNode, type NameParts } from './canonicalName.js';
import { parseNabla } from './parseNabla.js';
import {
  ACCENTS, BLANKS, ELLIPSES, FUNCTION_COMMANDS, GREEK, GREEK_ALIASES, LOGIC_WORDS, PROSE_WORDS, TRANSPARENT, WRAPPERS,
} from './mathCommands.js';
import { notRead, type MathCursor } from './mathCursor.js';
import { FRACTIONS, type Token } from './latexTokens.js';
import { classifyText, operandWords } from './textTokens.js';
import type { Atom, Grammar } from './grammar.js';
import { parseFraction } from './parseFraction.js';
import { gradientName } from './gradientNames.js';
import { parseIndicator } from './parseIndicator.js';
import { bracketVector, parseMatrixEnvironment } from './parseMatrix.js';
import { flattenTokens, scriptRange } from './parseScripts.js';

const nameAtom = (base: string): Atom => ({ kind: 'name', parts: { base, sub: '', marks: [], layer: '' } });
const nodeAtom = (node: MathNode): Atom => ({ kind: 'node', node });

export function parsePrimary(c: MathCursor, g: Grammar): Atom {
  const t = c.next();
  switch (t.kind) {
    case 'number':
      return nodeAtom(new ConstantNode(c.recordNumber(t.text, t.start, t.end)));
    case 'letters':
      return (t.differential !== undefined && gradientName(c, g, t.differential)) || nameAtom(t.text);
    case 'text': {
      const words = classifyText(t) === 'word' ? undefined : operandWords(c.tokens, c.pos - 1);
      if (words !== undefined) return nameAtom(words);
      if (classifyText(t) !== 'word') c.fail(`text "${t.text}" inside an expression`, t);
      // \operatorname{ReLU}(z) is a function; \operatorname{out}_{h_1} a name with a subscript.
      if ((t.command === '\\operatorname' || t.command === '\\mathop') && !c.isChar('_') && !c.isChar('^')) return { kind: 'function', name: t.text.trim() };
      return nameAtom(t.text.trim());
    }
    case 'lbrace':
      c.pos--;
      return nodeAtom(c.inside(() => g.side(c)));
    case 'open':
      c.pos--;
      return nodeAtom(parseBracketed(c, g, t));
    case 'char':
      return nodeAtom(parseChar(c, g, t));
    case 'command':
      return parseCommand(c, g, t);
    default:
      return c.fail(notRead(t), t);
  }
}

function parseBracketed(c: MathCursor, g: Grammar, t: Token): MathNode {
  if (t.text === '(' || t.text === '[') {
    // (0.05, 0.10) is a tuple and [0, 1] an interval; one item is a parenthesized expression.
    const items = c.inside(() => {
      const list = [g.side(c)];
      while (c.isChar(',')) list.push((c.next(), g.side(c)));
      return list;
    });
    if (t.text === '[') return bracketVector(items);
    if (items.length === 1) return new ParenthesisNode(items[0]!);
    return new FunctionNode(new SymbolNode('tuple'), items);
  }
  if (t.text === '|') return new FunctionNode(new SymbolNode('abs'), [c.inside(() => g.side(c))]);
  if (t.text === '\\|') return new FunctionNode(new SymbolNode('norm'), [c.inside(() => g.side(c))]); // \left\lVert … \right\rVert
  if (t.text === '.') return c.inside(() => g.side(c));
  return c.fail(t.text === '\\{' ? 'set braces \\{ \\} are not supported' : `unsupported bracket "${t.text}"`, t);
}

/** \partial E_{total} / \partial w_5, written inline: partial(E_total, w_5), as \frac{\partial E_{total}}{\partial w_5}. */
function parseInlinePartial(c: MathCursor, g: Grammar, t: Token): MathNode {
  const of = g.postfix(c);
  if (!c.isChar('/')) return c.fail('∂ outside a derivative (∂A/∂B)', t);
  c.next();
  if (!c.isCommand('\\partial')) return c.fail('expected ∂ after / in a derivative ∂A/∂B', t);
  c.next();
  return partialNode(of, g.postfix(c));
}

/** |x| or \\|x\\|: up to the next bar at the same depth, as abs(x) or norm(x). */
function bars(c: MathCursor, g: Grammar, isBar: (k: number) => boolean, fn: string): MathNode {
  let depth = 0;
  for (let k = c.pos; k < c.end; k++) {
    const kind = c.tokens[k]!.kind;
    if (kind === 'lbrace' || kind === 'open') depth++;
    else if (kind === 'rbrace' || kind === 'close') depth--;
    else if (depth === 0 && isBar(k)) return new FunctionNode(new SymbolNode(fn), [c.within(c.pos, k, () => g.side(c), k + 1)]);
  }
  return c.fail(fn === 'abs' ? 'a bar | with no closing bar' : 'a norm bar \\| with no closing bar');
}

function parseChar(c: MathCursor, g: Grammar, t: Token): MathNode {
  if (t.text === '?') {
    while (c.isChar('?')) c.next();
    return new SymbolNode(BLANK_NAME);
  }
  if (t.text === '.' && c.isChar('.')) {
    while (c.isChar('.')) c.next();
    return new SymbolNode(ELLIPSIS_NAME);
  }
  if (t.text === '|') return bars(c, g, (k) => c.tokens[k]!.kind === 'char' && c.tokens[k]!.text === '|', 'abs');
  return c.fail(notRead(t), t);
}

function parseCommand(c: MathCursor, g: Grammar, t: Token): Atom {
  const name = t.text.slice(1);
  if (GREEK.has(name)) return nameAtom(GREEK_ALIASES[name] ?? name);
  // \tanh'(z): the derivative, named as σ'(z) is (tanh_prime)
  if (t.text in FUNCTION_COMMANDS) return { kind: 'function', name: c.isChar("'") ? (c.next(), `${FUNCTION_COMMANDS[t.text]!}_prime`) : FUNCTION_COMMANDS[t.text]! };
  if (WRAPPERS.has(t.text)) return parseWrapper(c, g);
  if (t.text in ACCENTS) return parseAccent(c, g, ACCENTS[t.text]!);
  if (TRANSPARENT.has(t.text)) return nodeAtom(parseTransparent(c, g, t.text));
  if (ELLIPSES.has(t.text)) return nodeAtom(new SymbolNode(ELLIPSIS_NAME));
  if (BLANKS.has(t.text)) return nodeAtom(new SymbolNode(BLANK_NAME));
  if (FRACTIONS.has(t.text)) return nodeAtom(parseFraction(c, g));
  switch (t.text) {
    case '\\sqrt':
      if (c.peek()?.text === '[') c.fail('roots other than \\sqrt are not supported', t);
      return nodeAtom(new FunctionNode(new SymbolNode('sqrt'), [argument(c, () => g.side(c))]));
    case '\\sum':
      return nodeAtom(parseSumOver(c, g));
    case '\\|':
      return nodeAtom(bars(c, g, (k) => c.tokens[k]!.kind === 'command' && c.tokens[k]!.text === '\\|', 'norm'));
    case '\\lVert':
      return nodeAtom(bars(c, g, (k) => c.tokens[k]!.kind === 'command' && c.tokens[k]!.text === '\\rVert', 'norm'));
    case '\\nabla':
      return nodeAtom(parseNabla(c, g, t));
    case '\\evalbar':
      return c.fail('a value at a stated point (|_{…}) is not read', t);
    case '\\infty':
      return nodeAtom(new SymbolNode('Infinity'));
    case '\\partial':
      return nodeAtom(parseInlinePartial(c, g, t));
    case '\\begin':
      return nodeAtom(parseMatrixEnvironment(c, g, t));
    case '\\mathbb':
      return nodeAtom(parseIndicator(c, g, t));
    default:
      return c.fail(notRead(t), t);
  }
}

/** Runs `read` on the next braced group or single token; `skip` steps over it without reading. */
function argument<T>(c: MathCursor, read: () => T, skip = false): T {
  const r = scriptRange(c);
  return skip ? (undefined as T) : c.within(r.from, r.to, read, c.pos);
}

/** \mathit{out}, \mathbf{z} and \mathit{w10\_1} (a name with digits and underscores) are names; \mathbf{W x} is an expression. */
function parseWrapper(c: MathCursor, g: Grammar): Atom {
  const r = scriptRange(c);
  const inner = c.tokens.slice(r.from, r.to);
  const part = (t: (typeof inner)[number]): boolean => t.kind === 'letters' || t.kind === 'number' || (t.kind === 'command' && t.text === '\\_');
  const letters = inner[0]?.kind === 'letters' && inner.every((t, k) => part(t) && (k === 0 || inner[k - 1]!.end === t.start));
  if (inner.length > 0 && letters) return nameAtom(inner.map((t) => (t.kind === 'command' ? '_' : t.text)).join(''));
  return nodeAtom(c.within(r.from, r.to, () => g.side(c), c.pos));
}

/** \hat{y} → yhat; the accent joins the base name, so \hat{y}_1 is yhat_1. */
function parseAccent(c: MathCursor, g: Grammar, accent: string): Atom {
  const node = argument(c, () => g.postfix(c));
  if (!(node instanceof SymbolNode)) return c.fail('an accent on something that is not a name');
  const parts = parseCanonicalKey(node.name);
  return { kind: 'name', parts: { ...parts, base: parts.base + accent } };
}

/** \boxed{X} → X; \underbrace{X}_{note} → X (the note is dropped). */
function parseTransparent(c: MathCursor, g: Grammar, command: string): MathNode {
  const node = argument(c, () => g.side(c));
  const note = command === '\\underbrace' ? '_' : command === '\\overbrace' ? '^' : '';
  if (note && c.isChar(note)) {
    c.next();
    scriptRange(c);
  }
  return node;
}

/** \sum_o body, \sum_{k=1}^{K} body, \sum body → sum_over(index, body[, lower, upper]); the body is one product. */
function parseSumOver(c: MathCursor, g: Grammar): MathNode {
  let index = '';
  let lower: MathNode | undefined;
  let upper: MathNode | undefined;
  for (;;) {
    if (c.isChar('_')) {
      c.next();
      const r = scriptRange(c);
      const eq = c.tokens.slice(r.from, r.to).findIndex((t) => t.text === '=');
      index = flattenTokens(c, r.from, eq < 0 ? r.to : r.from + eq);
      if (eq >= 0) lower = c.within(r.from + eq + 1, r.to, () => g.sum(c), c.pos);
    } else if (c.isChar('^')) {
      c.next();
      const r = scriptRange(c);
      upper = c.within(r.from, r.to, () => g.sum(c), c.pos);
    } else break;
  }
  return sumOverNode(index, g.product(c), lower, upper);
}
