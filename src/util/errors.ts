// One error shape for every stage: `file:line:col: message (field path)`, with the exit code it maps to.

/** Where in a user's file a problem sits. Line and column are 1-based. */
export interface SourceLocation {
  file: string;
  line?: number;
  col?: number;
  /** Field path inside the document, e.g. `layers[0].neurons.h1.weights.w1`. */
  path?: string;
}

/** Bad input from a user's file or command line: exit code 2. */
export class InputError extends Error {
  readonly location: SourceLocation;
  readonly exitCode = 2;
  constructor(message: string, location: SourceLocation) {
    super(message);
    this.name = 'InputError';
    this.location = location;
  }
  /** The one-line form printed on stderr. */
  format(): string {
    return formatLocated(this.message, this.location);
  }
}

/** A numeric failure (NaN, infinity) that names the node and the expression that produced it. */
export class NumericError extends Error {
  readonly exitCode: number = 2;
  /** The quantity id (v$net_h1, pd$out_h1$net_h1, …) whose value is not finite, when known. */
  readonly quantity?: string;
  /** Where in the user's file the node was defined, filled in by whoever knows the file. */
  location?: SourceLocation;
  constructor(message: string, quantity?: string) {
    super(message);
    this.name = 'NumericError';
    this.quantity = quantity;
  }
  /** The one-line form printed on stderr: internal ids (v$net_h1) read as the node names. */
  format(): string {
    const message = readableIds(this.message);
    return this.location ? formatLocated(message, this.location) : visible(`backprop-tex: ${message}`);
  }
}

/** A training run whose numbers left the finite range: the run stops there; exit code 1 (a result, not bad input). */
export class DivergenceError extends NumericError {
  override readonly exitCode = 1;
  /** The node whose value or gradient overflowed (a parameter, an output or the loss). */
  readonly node: string;
  constructor(message: string, node: string) {
    super(message);
    this.name = 'DivergenceError';
    this.node = node;
  }
}

/** v$net_h1 → net_h1, pd$out_h1$net_h1 → ∂out_h1/∂net_h1, g$w1 → ∂E/∂w1, d$net_o1 → δ(net_o1). */
export function readableIds(text: string): string {
  const optimizer = text.replace(/\boc\$([a-z0-9]+)/g, '$1').replace(/\bos\$([a-z]+)\$(\d+)\$([A-Za-z0-9_]+)/g, '$1_$3^($2)');
  return optimizer.replace(/(?<![\w$])(v|pd|g|d|u)\$([A-Za-z0-9_]+)(?:\$([A-Za-z0-9_]+))?/g, (_m, kind: string, a: string, b?: string) => {
    switch (kind) {
      case 'v': return a;
      case 'pd': return `∂${a}/∂${b ?? '?'}`;
      case 'g': return `∂E/∂${a}`;
      case 'd': return `δ(${a})`;
      default: return `${a}⁺`;
    }
  });
}

export function formatLocated(message: string, loc: SourceLocation): string {
  const where = [loc.file, loc.line, loc.line !== undefined ? loc.col ?? 1 : undefined]
    .filter((x) => x !== undefined)
    .join(':');
  const path = loc.path ? ` (${loc.path})` : '';
  return visible(`${where}: ${message}${path}`);
}

/** Control characters and bidirectional marks from a user's file are shown as \u{…}: an error line cannot recolour or reorder a terminal. */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** Renders a field path array as `a.b[0].c`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/** A location found only when an error reads it: looking positions up eagerly makes large files quadratic. */
export function lazyLocation(find: () => SourceLocation): SourceLocation {
  let loc: SourceLocation | undefined;
  const get = (): SourceLocation => (loc ??= find());
  return {
    get file() { return get().file; },
    get line() { return get().line; },
    get col() { return get().col; },
    get path() { return get().path; },
  };
}
