// Prints a mathjs tree as LaTeX or Unicode text; parentheses come from one precedence table.
import type { MathNode } from 'mathjs';
import { parseIndexSumName } from '../derive/quantityRef.js';
import { activationCalls } from '../graph/activations/index.js';

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

function atomOrNegative(s: string, ctx: PrintContext): Printed {
  if (s.startsWith('-')) return { s: TOKENS[ctx.style].minus + s.slice(1), prec: PREC.unary, neg: true };
  return { s, prec: PREC.atom, neg: false };
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

function printOperator(fn: string, args: MathNode[], ctx: PrintContext): Printed {
  const t = TOKENS[ctx.style];
  const [a, b] = args.map((x) => print(x, ctx)) as [Printed, Printed];
  switch (fn) {
    case 'add':
      return { s: `${operand(a, PREC.sum, ctx, true).s} + ${operand(b, PREC.sum + 0.5, ctx).s}`, prec: PREC.sum, neg: a.neg };
    case 'subtract':
      return { s: `${operand(a, PREC.sum, ctx, true).s} ${t.minus} ${operand(b, PREC.sum + 0.5, ctx).s}`, prec: PREC.sum, neg: a.neg };
    case 'multiply': {
      const left = operand(a, PREC.product, ctx, true);
      const right = operand(b, PREC.product, ctx);
      const juxtapose = right.parenStart === true && left.prec === PREC.atom;
      return { s: `${left.s}${juxtapose ? '' : t.times}${right.s}`, prec: PREC.product, neg: a.neg, parenStart: left.parenStart };
    }
    case 'divide':
      if (ctx.style === 'tex') return { s: `\\frac{${a.s}}{${b.s}}`, prec: PREC.atom, neg: false };
      return { s: `${operand(a, PREC.product, ctx, true).s}/${operand(b, PREC.unary + 0.5, ctx).s}`, prec: PREC.product, neg: a.neg };
    case 'pow': {
      const base = operand(a, PREC.atom, ctx);
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
    default:
      throw new Error(`Unsupported operator: ${fn}`);
  }
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
  ...Object.fromEntries(activationCalls().map((c) => [c.name, c.tex])),
};
const TEXT_FUNCTIONS: Record<string, string> = { log: 'ln', ...Object.fromEntries(activationCalls().map((c) => [c.name, c.text])) };

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


function printConditional(test: MathNode, yes: MathNode, no: MathNode, ctx: PrintContext): Printed {
  const [c, a, b] = [print(test, ctx).s, print(yes, ctx).s, print(no, ctx).s];
  if (ctx.style === 'tex') {
    return { s: `\\begin{cases} ${a} & \\text{if } ${c} \\\\ ${b} & \\text{otherwise} \\end{cases}`, prec: PREC.atom, neg: false };
  }
  return { s: `(${a} if ${c}, else ${b})`, prec: PREC.atom, neg: false };
}
