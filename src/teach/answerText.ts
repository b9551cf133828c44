// An answer as a worksheet writes it: the quantity's formula in the sheet's own names = the numbers put in = the value.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import type { Equation } from '../derive/layout.js';
import { formatNumber, DEFAULT_POLICY } from '../evaluate/numberPolicy.js';
import { parseQuantityId, nodeOfRef } from '../derive/quantityRef.js';
import { printExpression, type PrintContext, type Style } from '../emit/printExpression.js';
import { quantityName } from '../emit/quantityName.js';
import { formatAnswer, type SheetPrecision } from './precision.js';

export interface AnswerContext {
  doc: DerivationDocument;
  precision: SheetPrecision;
  /** Quantity id → the name the sheet writes for it (LaTeX), where the sheet writes one. */
  names: ReadonlyMap<string, string>;
}

/** The value of a quantity as the sheet prints it. */
export function valueText(id: string, ctx: AnswerContext): string {
  return formatAnswer(ctx.doc.valuation.exact(id), ctx.precision);
}

/** The sides after `name =`: its forms, the substituted numbers and (when `withValue`) the value; undefined if no line defines it. */
export function formulaSides(id: string, ctx: AnswerContext, style: Style, withValue = true): string[] | undefined {
  const eq = equationOf(id, ctx.doc);
  if (!eq) return undefined;
  const sides = eq.forms.map((f) => printExpression(f, namesContext(ctx, style)));
  if (eq.numeric) sides.push(printExpression(eq.numeric, numbersContext(ctx, style)));
  if (withValue) sides.push(valueText(id, ctx));
  return sides.filter((s, i) => i === 0 || s !== sides[i - 1]);
}

/** The first line of the derivation that defines a quantity and shows its value. */
export function equationOf(id: string, doc: DerivationDocument): Equation | undefined {
  for (const s of doc.layout.sections) for (const b of s.blocks) for (const e of b.equations) if (e.lhs === id && e.showValue) return e;
  return undefined;
}

function definition(ctx: AnswerContext): (id: string) => ReturnType<PrintContext['definition']> {
  return (id) => ctx.doc.derivation.quantities.get(id)?.def;
}

function namesContext(ctx: AnswerContext, style: Style): PrintContext {
  const { derivation, notation } = ctx.doc;
  return {
    style,
    symbol: (id) => (style === 'tex' ? ctx.names.get(id) : undefined) ?? quantityName(id, derivation, notation, style),
    definition: definition(ctx),
    constant: (x) => String(x),
  };
}

/** Given numbers (inputs, targets, parameters, η) print as given; computed ones at the sheet's precision. */
function numbersContext(ctx: AnswerContext, style: Style): PrintContext {
  const { derivation, notation, valuation } = ctx.doc;
  return {
    style,
    symbol: (id) => {
      if (!derivation.quantities.has(id)) return id;
      if (quantityName(id, derivation, notation, style) === null) return null;
      const x = valuation.exact(id);
      return isGiven(id, ctx.doc) ? formatNumber(x, DEFAULT_POLICY) : formatAnswer(x, ctx.precision);
    },
    definition: definition(ctx),
    constant: (x) => String(x),
  };
}

function isGiven(id: string, doc: DerivationDocument): boolean {
  const ref = parseQuantityId(id);
  if (ref?.kind === 'eta') return true;
  const node = ref?.kind === 'value' ? nodeOfRef(ref) : undefined;
  const kind = node === undefined ? undefined : doc.derivation.graph.nodes.get(node)?.kind;
  return kind === 'input' || kind === 'target' || kind === 'param';
}
