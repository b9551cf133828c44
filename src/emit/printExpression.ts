// Prints a mathjs tree as LaTeX or Unicode text; parentheses come from one precedence table.
import type { MathNode } from 'mathjs';
import { parseIndexSumName } from '../derive/quantityRef.js';
import { activationCalls } from '../graph/activations/index.js';
import { PIECEWISE } from '../util/piecewise.js';

export type Style = 'tex' | 'text';

/** How symbols and numbers print: the printer itself knows no names and formats no numbers. */
export interface PrintContext {
  style: Style;
  /** The printed form of a symbol (a name, or a formatted number when substituting), or null to inline its definition. */
  symbol(id: string): string | null;
  /** The definition of a symbol that has no name of its own. */
  definition(id: string): MathNode | undefined;
  /** A constant of the formula itself (1, 2, 1/2): printed exactly. */
  constant(x: number): string;
}

/** Binding strength: larger binds tighter. */
const PREC = { relation: 0, sum: 1, product: 2, unary: 3, power: 4, atom: 5 } as const;

interface Printed {
  s: string;
  prec: number;
  /** Starts with a minus sign (needs parentheses after a binary operator). */
  neg: boolean;
  /** Starts with an opening parenthesis, so an atom before it may be juxtaposed: 0.75(1 − 0.75). */
  parenStart?: boolean;
}

const TOKENS = {
  tex: { minus: '-', times: ' \\cdot ', open: '\\left(', close: '\\right)', gt: ' > ', lt: ' < ', ge: ' \\geq ', le: ' \\leq ' },
  text: { minus: '−', times: ' · ', open: '(', close: ')', gt: ' > ', lt: ' < ', ge: ' ≥ ', le: ' ≤ ' },
};

export function printExpression(node: MathNode, ctx: PrintContext): string {
  return print(node, ctx).s;
}

function print(node: MathNode, ctx: PrintContext): Printed {
  const n = node as MathNode & Record<string, unknown>;
  switch (node.type) {
    case 'ConstantNode':
      return atomOrNegative(ctx.constant(Number(n.value)), ctx);
    case 'SymbolNode':
      return printSymbol(n.name as string, ctx);
    case 'ParenthesisNode':
      return print(n.content as MathNode, ctx);
    case 'OperatorNode':
      return printOperator(n.fn as string, n.args as MathNode[], ctx);
    case 'FunctionNode':
      return printFunction((n.fn as { name: string }).name, n.args as MathNode[], ctx);
    case 'ConditionalNode':
      return printConditional(n.condition as MathNode, n.trueExpr as MathNode, n.falseExpr as MathNode, ctx);
    default:
      throw new Error(`Unsupported expression node: ${node.type}`);
  }
}

function printSymbol(id: string, ctx: PrintContext): Printed {
  if (id === 'e') return { s: 'e', prec: PREC.atom, neg: false };
  const named = ctx.symbol(id);
  if (named !== null) return atomOrNegative(named, ctx);
  const def = ctx.definition(id);
  if (!def) throw new Error(`no name and no definition for ${id}`);
  return print(def, ctx);
}

/** A number in scientific form (1.5e300, 1.5 \\times 10^{300}) is a product: bracketed as a factor or a base. */
const SCIENTIFIC = /^[0-9.]+(e-?[0-9]+| \\times 10\^\{-?[0-9]+\})$/;

function atomOrNegative(s: string, ctx: PrintContext): Printed {
  if (s.startsWith('-')) return { s: TOKENS[ctx.style].minus + s.slice(1), prec: PREC.unary, neg: true };
  return { s, prec: SCIENTIFIC.test(s) ? PREC.product : PREC.atom, neg: false };
}

function wrap(p: Printed, ctx: PrintContext): Printed {
  const t = TOKENS[ctx.style];
  // A bracketed negative number reads as a number: 0.5 · (−0.02), never 0.5(−0.02).
  const numberLike = p.neg && p.prec === PREC.unary && !/[()\\s]/.test(p.s.slice(1));
  return { s: `${t.open}${p.s}${t.close}`, prec: PREC.atom, neg: false, parenStart: !numberLike };
}

/** Parenthesizes p when it binds looser than `min`, or when it starts with a minus and is not first. */
function operand(p: Printed, min: number, ctx: PrintContext, first = false): Printed {
  return p.prec < min || (p.neg && !first) ? wrap(p, ctx) : p;
}

/** An operand of an n-ary sum that stands for "− b" (see flattenChains), or undefined. */
function subtracted(node: MathNode): MathNode | undefined {
  const n = node as MathNode & { subtracted?: boolean; args?: MathNode[] };
  return n.subtracted ? n.args![0] : undefined;
}

/** a + b (or a − b when b is a subtracted term); an n-ary sum prints as the left-deep chain would. */
function printSum(args: MathNode[], ctx: PrintContext): Printed {
  const t = TOKENS[ctx.style];
  let acc = print(args[0]!, ctx);
  for (let i = 1; i < args.length; i++) {
    const minus = subtracted(args[i]!);
    const b = print(minus ?? args[i]!, ctx);
    acc = { s: `${operand(acc, PREC.sum, ctx, true).s} ${minus ? t.minus : '+'} ${operand(b, PREC.sum + 0.5, ctx).s}`, prec: PREC.sum, neg: acc.neg };
  }
  return acc;
}

/** a · b, juxtaposed before a bracket (0.75(1 − 0.75)); an n-ary product prints as the left-deep chain would. */
function printProduct(args: MathNode[], ctx: PrintContext): Printed {
  const t = TOKENS[ctx.style];
  let acc = print(args[0]!, ctx);
  for (let i = 1; i < args.length; i++) {
    const left = operand(acc, PREC.product, ctx, true);
    const right = operand(print(args[i]!, ctx), PREC.product, ctx);
    const juxtapose = right.parenStart === true && left.prec === PREC.atom;
    acc = { s: `${left.s}${juxtapose ? '' : t.times}${right.s}`, prec: PREC.product, neg: acc.neg, parenStart: left.parenStart };
  }
  return acc;
}

function printOperator(fn: string, args: MathNode[], ctx: PrintContext): Printed {
  const t = TOKENS[ctx.style];
  if (fn === 'add') return printSum(args, ctx);
  if (fn === 'multiply') return printProduct(args, ctx);
  const [a, b] = args.map((x) => print(x, ctx)) as [Printed, Printed];
  switch (fn) {
    case 'subtract':
      return { s: `${operand(a, PREC.sum, ctx, true).s} ${t.minus} ${operand(b, PREC.sum + 0.5, ctx).s}`, prec: PREC.sum, neg: a.neg };
    case 'divide':
      if (ctx.style === 'tex') return { s: `\\frac{${a.s}}{${b.s}}`, prec: PREC.atom, neg: false };
      return { s: `${operand(a, PREC.product, ctx, true).s}/${operand(b, PREC.unary + 0.5, ctx).s}`, prec: PREC.product, neg: a.neg };
    case 'pow': {
      // a named fraction or superscripted name raised to a power is bracketed: (∂E/∂w)², (dW^{[1]})², never ∂E/∂w²
      const base = isCompoundName(args[0]!, a) ? wrap(a, ctx) : operand(a, PREC.atom, ctx);
      const exp = ctx.style === 'tex' ? `^{${b.s}}` : superscript(b.s);
      return { s: `${base.s}${exp}`, prec: PREC.power, neg: false, parenStart: base.parenStart };
    }
    case 'unaryMinus': {
      const inner = operand(a, PREC.product, ctx);
      return { s: `${t.minus}${inner.s}`, prec: PREC.unary, neg: true };
    }
    case 'unaryPlus':
      return a;
    case 'larger': return relation(a, b, t.gt);
    case 'smaller': return relation(a, b, t.lt);
    case 'largerEq': return relation(a, b, t.ge);
    case 'smallerEq': return relation(a, b, t.le);
    case 'equal': return relation(a, b, ' = ');
    default:
      throw new Error(`Unsupported operator: ${fn}`);
  }
}

function isCompoundName(node: MathNode, printed: Printed): boolean {
  return node.type === 'SymbolNode' && /\\frac|\/|\^/.test(printed.s);
}

function relation(a: Printed, b: Printed, sym: string): Printed {
  return { s: `${a.s}${sym}${b.s}`, prec: PREC.relation, neg: false };
}

const SUPERSCRIPT_DIGITS: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

function superscript(s: string): string {
  return /^\d$/.test(s) ? SUPERSCRIPT_DIGITS[s]! : `^(${s})`;
}

/** Heads of calls: math functions, and the activations formulas call by name (σ, tanh) as their own files print them. */
const TEX_FUNCTIONS: Record<string, string> = {
  sinh: '\\sinh', cosh: '\\cosh', sin: '\\sin', cos: '\\cos', log: '\\ln', max: '\\max', min: '\\min',
  ...Object.fromEntries(Object.entries(PIECEWISE).flatMap(([name, f]) => (f.tex ? [[name, f.tex]] : []))),
  ...Object.fromEntries(activationCalls().map((c) => [c.name, c.tex])),
};
const TEXT_FUNCTIONS: Record<string, string> = {
  log: 'ln',
  ...Object.fromEntries(Object.entries(PIECEWISE).flatMap(([name, f]) => (f.text ? [[name, f.text]] : []))),
  ...Object.fromEntries(activationCalls().map((c) => [c.name, c.text])),
};

function printFunction(name: string, args: MathNode[], ctx: PrintContext): Printed {
  const t = TOKENS[ctx.style];
  const inner = args.map((x) => print(x, ctx).s);
  if (name === 'exp') {
    return ctx.style === 'tex' ? { s: `e^{${inner[0]}}`, prec: PREC.power, neg: false } : { s: `e^(${inner[0]})`, prec: PREC.power, neg: false };
  }
  const index = parseIndexSumName(name);
  if (index !== undefined) {
    // Σ over an index of the general form: \sum_{k} w_{jk} a_k
    const body = operand(print(args[0]!, ctx), PREC.product, ctx);
    return { s: ctx.style === 'tex' ? `\\sum_{${index}} ${body.s}` : `Σ_${index} ${body.s}`, prec: PREC.product, neg: false };
  }
  if (name === 'sqrt') return { s: ctx.style === 'tex' ? `\\sqrt{${inner[0]}}` : `√(${inner[0]})`, prec: PREC.atom, neg: false };
  if (name === 'abs') return { s: ctx.style === 'tex' ? `\\left|${inner[0]}\\right|` : `|${inner[0]}|`, prec: PREC.atom, neg: false };
  const head = ctx.style === 'tex' ? TEX_FUNCTIONS[name] ?? `\\operatorname{${name}}` : TEXT_FUNCTIONS[name] ?? name;
  return { s: `${head}${t.open}${inner.join(', ')}${t.close}`, prec: PREC.atom, neg: false };
}


/** One case split: a conditional in the otherwise branch adds rows (1 if a > b, ½ if a = b, 0 otherwise), never nests. */
function printConditional(test: MathNode, yes: MathNode, no: MathNode, ctx: PrintContext): Printed {
  const rows: [string, string][] = [[print(yes, ctx).s, print(test, ctx).s]];
  let rest = no as MathNode & { isConditionalNode?: boolean; condition?: MathNode; trueExpr?: MathNode; falseExpr?: MathNode };
  while (rest.isConditionalNode) {
    rows.push([print(rest.trueExpr!, ctx).s, print(rest.condition!, ctx).s]);
    rest = rest.falseExpr as typeof rest;
  }
  const otherwise = print(rest, ctx).s;
  if (ctx.style === 'tex') {
    const body = rows.map(([v, c]) => `${v} & \\text{if } ${c} \\\\ `).join('');
    return { s: `\\begin{cases} ${body}${otherwise} & \\text{otherwise} \\end{cases}`, prec: PREC.atom, neg: false };
  }
  return { s: `(${rows.map(([v, c]) => `${v} if ${c}, `).join('')}else ${otherwise})`, prec: PREC.atom, neg: false };
}
