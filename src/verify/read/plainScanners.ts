// Scanners that find where a name, a script or a bracket of plain text ends, for normalize: compound ids, program derivatives, parentheses.

/** `d` + name, `_`, `d` + name, as one identifier (dloss_dz2, dypred_dz2, d_loss_d_w1): what a program calls ∂name/∂name. */
const PROGRAM_DERIVATIVE = /^d_?([A-Za-z][A-Za-z0-9]*)_d_?([A-Za-z][A-Za-z0-9]*)(?![\p{L}\p{N}_])/u;

/** `d` + name, `/`, `d` + name (dL/da, de/dw_1): Leibniz's quotient as plain text writes it. */
const SLASH_DERIVATIVE = /^d([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)?)\/d([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)?)(?![\p{L}\p{N}_])/u;

/** The derivative name starting at `i` (whole, of, with respect to), a program's or Leibniz's, when one starts there. */
export function programDerivative(piece: string, i: number, to: number): RegExpExecArray | null {
  if (i > 0 && /[\p{L}\p{N}_\\]/u.test(piece[i - 1]!)) return null;
  return PROGRAM_DERIVATIVE.exec(piece.slice(i, to)) ?? SLASH_DERIVATIVE.exec(piece.slice(i, to));
}

/**
 * The identifier starting at `at` when it is one a program would write (net_o1_e1, z1_2, x1_e1): letters, an optional
 * number, then one subscript after a number or two or more, every part letters and digits; undefined otherwise.
 */
export function compoundId(piece: string, at: number, to: number): string | undefined {
  if (at > 0 && /[\p{L}\p{N}_\\]/u.test(piece[at - 1]!)) return undefined;
  const m = /^[A-Za-z]+(\d*)((?:_[A-Za-z0-9]+)+)(?![\p{L}\p{N}_^])/u.exec(piece.slice(at, to));
  if (!m) return undefined;
  const parts = m[2]!.split('_').length - 1;
  return parts >= 2 || (m[1] !== '' && parts >= 1) ? m[0] : undefined;
}

/** The index of the parenthesis closing the one at `open`, or `to` when it is not closed before it. */
export function matchingParen(piece: string, open: number, to: number): number {
  let depth = 0;
  for (let i = open; i < to; i++) {
    if (piece[i] === '(') depth++;
    else if (piece[i] === ')' && --depth === 0) return i;
  }
  return to;
}

/** The index of the parenthesis opening the one closed at `close`, or -1. */
function openingParen(piece: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    if (piece[i] === ')') depth++;
    else if (piece[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Whether `^(…)` at `at` is a name's superscript index rather than a power: after a name (a letter other than e alone,
 * or a subscript), its contents a whole number or an index letter with an offset (2, l, l+1, t-1).
 */
export function layerScript(piece: string, at: number): boolean {
  const close = piece.indexOf(')', at);
  if (close < 0 || !/^(?:\d{1,2}|[A-Za-z](?:\s*[+-]\s*\d)?)$/.test(piece.slice(at + 2, close).trim())) return false;
  // v_(w_11^(3))^(1): after a subscript in parentheses
  if (piece[at - 1] === ')') return piece[openingParen(piece, at - 1) - 1] === '_';
  const name = /(?:^|[^\p{L}\p{N}_])([\p{L}][\p{L}\p{N}]*(?:_[\p{L}\p{N}]+)?)$/u.exec(piece.slice(0, at))?.[1];
  return name !== undefined && name !== 'e';
}

