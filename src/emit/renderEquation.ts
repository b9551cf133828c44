// Turns one equation into its printed sides: name = formula … = substituted numbers = value.
import type { MathNode } from 'mathjs';
import type { Derivation } from '../derive/deriveGraph.js';
import type { Equation } from '../derive/layout.js';
import type { Valuation } from '../evaluate/valueLayout.js';
import { formatNumber, texNumber } from '../evaluate/numberPolicy.js';
import type { Notation } from '../graph/notation/index.js';
import { printExpression, type PrintContext, type Style } from './printExpression.js';
import { quantityName } from './quantityName.js';

export interface EquationContext {
  derivation: Derivation;
  notation: Notation;
  valuation: Valuation;
}

const MINUS = { tex: '-', text: '−' };

/** The printed sides of an equation, consecutive duplicates removed. */
export function renderSides(eq: Equation, ctx: EquationContext, style: Style): string[] {
  const names = namingContext(ctx, style);
  const numbers = numberContext(ctx, style);
  const sides = [lhsName(eq.lhs, ctx, style), ...eq.forms.map((f) => printExpression(f, names))];
  if (eq.numeric) sides.push(printExpression(eq.numeric, numbers));
  if (eq.showValue) sides.push(formatValue(ctx.valuation.equationValue(eq), ctx, style));
  return sides.filter((s, i) => i === 0 || s !== sides[i - 1]);
}

export function formatValue(x: number, ctx: EquationContext, style: Style): string {
  const s = formatNumber(x, ctx.valuation.policy);
  if (style === 'tex') return texNumber(s);
  return s.startsWith('-') ? MINUS[style] + s.slice(1) : s;
}

function lhsName(id: string, ctx: EquationContext, style: Style): string {
  return quantityName(id, ctx.derivation, ctx.notation, style) ?? id;
}

function definition(ctx: EquationContext): (id: string) => MathNode | undefined {
  return (id) => ctx.derivation.quantities.get(id)?.def;
}

function namingContext(ctx: EquationContext, style: Style): PrintContext {
  return {
    style,
    symbol: (id) => quantityName(id, ctx.derivation, ctx.notation, style),
    definition: definition(ctx),
    constant: (x) => formatConstant(x),
  };
}

function numberContext(ctx: EquationContext, style: Style): PrintContext {
  return {
    style,
    // Every named quantity prints as its number; an unnamed one (a contribution δ·w) shows its own numbers.
    symbol: (id) => {
      if (!ctx.derivation.quantities.has(id)) return id;
      if (quantityName(id, ctx.derivation, ctx.notation, style) === null) return null;
      const printed = formatNumber(ctx.valuation.value(id), ctx.valuation.policy);
      return style === 'tex' ? texNumber(printed) : printed;
    },
    definition: definition(ctx),
    constant: (x) => formatConstant(x),
  };
}

/** Constants written in a formula (1, 2, 0.01 slopes) print as written, in full. */
function formatConstant(x: number): string {
  return String(x);
}
