// A hand calculation (each step rounded to the printed decimals) witnesses rounding only where the numbers its last step takes are shown or right.
import { SymbolNode, type MathNode } from '../../util/mathjs.js';
import { formatQuantityId, parseQuantityId } from '../../derive/quantityRef.js';
import { isGivenValue } from '../network/networkView.js';
import type { JudgeContext } from './judgeContext.js';
import type { DocumentMemory } from './memory.js';
import { atDecimals, printedDecimals, significantDigits } from './verdict.js';
import { formatNumber } from '../../evaluate/numberPolicy.js';
import { finiteValue } from '../../util/mathNodes.js';

/** How many names standing for one another (lp$E_o2$net_o2 = g$net_o2) are followed to the number printed for them. */
const ALIASES = 4;

/**
 * ctx.net.hand(id, decimals), its rounded run kept only when every operand of the quantity's own step is one the
 * document shows (printed, or worked, with the digits the run rounds it to) or a right one (given, or the exact value
 * rounded). A run that carries its own drift through numbers the document never printed (∂L/∂ŷ = −1.73964 for
 * −1.7396531, so δ = −0.42516 where the page prints −0.42517) is no calculation of the document's: it makes no wrong
 * digit right.
 */
export function shownHand(id: string, decimals: number, ctx: JudgeContext, memory: DocumentMemory, sig?: number): ReturnType<JudgeContext['net']['hand']> {
  const byPlaces = shownRun(id, decimals, undefined, ctx, memory);
  if (sig === undefined) return byPlaces;
  // or worked to the printed number's significant figures at every step (0.2392, 0.04844, 0.08907)
  const bySig = shownRun(id, decimals, sig, ctx, memory);
  return { rounded: [...byPlaces.rounded, ...bySig.rounded], truncated: [...byPlaces.truncated, ...bySig.truncated], floats: byPlaces.floats };
}

/** The significant figures a hand calculation behind a printed number may have kept: 2 to 6 (more is a program's print). */
export function handSig(printed: string): number | undefined {
  const sig = significantDigits(printed);
  return sig >= 2 && sig <= MAX_HAND_SIG ? sig : undefined;
}

const MAX_HAND_SIG = 6;

function shownRun(id: string, decimals: number, sig: number | undefined, ctx: JudgeContext, memory: DocumentMemory): ReturnType<JudgeContext['net']['hand']> {
  const hand = ctx.net.hand(id, decimals, sig);
  if (hand.rounded.length === 0) return hand;
  const ref = parseQuantityId(id);
  const def = stepOf(ref?.kind === 'negated' ? formatQuantityId(ref.of) : id, ctx);
  if (!def) return hand;
  const operands = new Set(def.filter((n) => n instanceof SymbolNode && n.name.includes('$')).map((n) => (n as SymbolNode).name));
  const shown = [...operands].every((p) => isShown(p, decimals, sig, ctx, memory, ALIASES));
  return shown ? hand : { ...hand, rounded: [] };
}

/** The quantity's own step: its definition, past definitions that only name another quantity (g$ŷ = ∂E/∂ŷ). */
function stepOf(id: string, ctx: JudgeContext): MathNode | undefined {
  let def = ctx.net.doc.derivation.quantities.get(id)?.def;
  for (let k = 0; k < ALIASES && def instanceof SymbolNode && def.name.includes('$'); k++) def = ctx.net.doc.derivation.quantities.get(def.name)?.def ?? def;
  return def;
}

/**
 * Given, or right (the run's number is the exact value rounded to its digits: ∂e/∂ŷ = 1, or an unprinted δ_o2 =
 * −0.038098237 the run halves to a tie), or worked by the document's own arithmetic or printed right with the run's
 * digits, or another name for one that is.
 */
function isShown(id: string, decimals: number, sig: number | undefined, ctx: JudgeContext, memory: DocumentMemory, aliases: number): boolean {
  if (isGivenValue(ctx.net, id)) return true;
  const at = (x: number): string => (sig === undefined ? atDecimals(x, decimals) : atSignificant(x, sig));
  const run = ctx.net.hand(id, decimals, sig).rounded.map(at);
  if (run.length > 0 && run.every((x) => x === at(ctx.net.exact(id)))) return true;
  // the document's own arithmetic for it shows the run's number even where the value printed after it is wrong
  if ((memory.arithmeticFor(id) ?? []).some((a) => run.includes(at(a)))) return true;
  const printed = memory.printedFor(id);
  if (printed?.printed !== undefined && printed.verdict !== 'erratum') {
    const digits = printedDecimals(printed.printed);
    if (run.some((x) => Number(atDecimals(Number(x), digits)) === Number(printed.printed))) return true;
  }
  const def = ctx.net.doc.derivation.quantities.get(id)?.def;
  return aliases > 0 && def instanceof SymbolNode && def.name.includes('$') && isShown(def.name, decimals, sig, ctx, memory, aliases - 1);
}

/** `x` with `sig` significant digits, trailing zeros kept. */
const atSignificant = (x: number, sig: number): string => formatNumber(x, { decimals: 0, sig, rounding: 'half-up', trimZeros: false, hand: false, exactPlaces: true });

/**
 * The quantity's own step worked from the numbers the document printed right for its operands (exact, or rounding
 * carried into them), the others at their exact values: 0.7513650695 − 0.01 = 0.7413650695 after output1 was printed
 * 0.7513650695. An operand the document printed wrong or not at all is worked so in turn, up to two steps further back
 * (a softmax's slope from the nets printed before, where its outputs were printed by a wrong formula): a reader
 * carries the page's own right numbers forward, never its wrong ones. Undefined when the document printed none of them.
 */
export function printedStep(id: string, ctx: JudgeContext, memory: DocumentMemory): number | undefined {
  const ref = parseQuantityId(id);
  if (ref?.kind === 'negated') {
    const of = printedStep(formatQuantityId(ref.of), ctx, memory);
    return of === undefined ? undefined : -of;
  }
  return stepFromPrinted(id, ctx, memory, CARRIED_STEPS);
}

/** How many steps back an operand the document did not print right is worked from the numbers it did. */
const CARRIED_STEPS = 2;

function stepFromPrinted(id: string, ctx: JudgeContext, memory: DocumentMemory, further: number): number | undefined {
  const def = stepOf(id, ctx);
  if (!def) return undefined;
  const scope: Record<string, number> = {};
  let printed = false;
  for (const n of def.filter((n) => n instanceof SymbolNode && (n.name.includes('$') || n.name === 'eta'))) {
    const name = (n as SymbolNode).name;
    if (name in scope) continue;
    const shown = printedValue(name, ctx, memory, ALIASES) ?? (further > 0 && !isGivenValue(ctx.net, name) ? stepFromPrinted(name, ctx, memory, further - 1) : undefined);
    printed ||= shown !== undefined;
    scope[name] = shown ?? ctx.net.exact(name);
  }
  return printed ? finiteValue(def, scope) : undefined;
}

/** The number the document printed right for a quantity that is not given (or for the one it names), if any. */
function printedValue(id: string, ctx: JudgeContext, memory: DocumentMemory, aliases: number): number | undefined {
  if (isGivenValue(ctx.net, id)) return undefined;
  const claim = memory.printedFor(id);
  // (a truncated number is the page's own, and what it carries forward: 2.8204 from σ = 0.938 for 0.93883)
  if (claim?.printed !== undefined && (claim.verdict === 'exact' || claim.verdict === 'rounding-propagation' || claim.verdict === 'truncation')) return Number(claim.printed);
  const def = ctx.net.doc.derivation.quantities.get(id)?.def;
  return aliases > 0 && def instanceof SymbolNode && def.name.includes('$') ? printedValue(def.name, ctx, memory, aliases - 1) : undefined;
}

/**
 * The number the page printed for the quantity this one is by definition (∂net_o1/∂w_5 is out_h1), cut off or not:
 * printed again under the new name it is the same number carried, not a new slip (0.5932 for out_h1, then
 * ∂net_o1/∂w_5 = 0.5932). Undefined where the quantity names no other or that one was not printed.
 */
export function aliasPrinted(id: string, ctx: JudgeContext, memory: DocumentMemory): number | undefined {
  let def = ctx.net.doc.derivation.quantities.get(id)?.def;
  for (let k = 0; k < ALIASES && def instanceof SymbolNode && def.name.includes('$'); k++) {
    const claim = memory.printedFor(def.name);
    if (claim?.printed !== undefined && (claim.verdict === 'exact' || claim.verdict === 'rounding-propagation' || claim.verdict === 'truncation')) return Number(claim.printed);
    def = ctx.net.doc.derivation.quantities.get(def.name)?.def;
  }
  return undefined;
}
