// What verify remembers across the statements of a document, as one value passed in and returned: each memory is a version.
import type { MathNode } from '../../util/mathjs.js';
import type { MathSide } from '../read/parseLatexMath.js';
import type { Claim } from './claim.js';

/** A side of bare numbers the document wrote for a quantity, with its value. */
export interface Arithmetic {
  value: number;
  side: MathSide;
  /** The erratum its numbers follow from, when they were computed from a number printed wrong. */
  cause?: Claim;
}

type Fact =
  | { kind: 'formula'; id: string; node: MathNode; wrong: boolean }
  | { kind: 'arithmetic'; id: string; value: number }
  | { kind: 'lastArithmetic'; id: string; arithmetic: Arithmetic }
  | { kind: 'wrongPrinted'; text: string; root: Claim }
  | { kind: 'printed'; id: string; claim: Claim }
  | { kind: 'printedRight'; value: string; claim: Claim }
  | { kind: 'printedFlagged'; value: string; claim: Claim }
  | { kind: 'assigned'; id: string }
  | { kind: 'origin'; text: string; origin: Origin }
  | { kind: 'unnamedSide'; side: MathSide };

/**
 * What a number printed right stood for before it was rounded: the exact value of the quantity it was printed for,
 * and the unrounded result of the document's own arithmetic that printed it.
 */
export interface Origin {
  exact?: number;
  unrounded: readonly number[];
  /** The exact value of the quantity it was printed for, when it was judged right there (exact or rounding-propagation). */
  stands?: number;
}

/** All facts ever recorded, shared by the versions that extend one another; a version sees the facts before its own length. */
interface Log {
  facts: Fact[];
  byKey: Map<string, number[]>;
  /** Where the first value printed wrong for a quantity is among the facts (Infinity while there is none). */
  firstWrong: number;
}

const PREFIX: Readonly<Record<Fact['kind'], string>> = { formula: 'f', arithmetic: 'a', lastArithmetic: 'l', wrongPrinted: 'w', printed: 'p', printedRight: 'r', printedFlagged: 'g', assigned: 's', origin: 'o', unnamedSide: 'u' };
const keyOf = (f: Fact): string => `${PREFIX[f.kind]}:${f.kind === 'wrongPrinted' || f.kind === 'origin' ? f.text : f.kind === 'printedRight' || f.kind === 'printedFlagged' ? f.value : f.kind === 'unnamedSide' ? '' : f.id}`;

/** A quantity's exact value as the key of the numbers printed right for it: 12 significant digits (float noise aside). */
export const valueKey = (exact: number): string => exact.toPrecision(12);

/**
 * The document read so far: per quantity, the last formula and every arithmetic it wrote for it, its last side of
 * bare numbers, and the numbers it printed wrong. `with` returns a new memory and leaves this one as it was: the
 * common case (extending the newest version) appends to a shared log in O(1); extending an older one copies it.
 */
export class DocumentMemory {
  private constructor(private readonly log: Log, private readonly length: number) {}

  static empty(): DocumentMemory {
    return new DocumentMemory({ facts: [], byKey: new Map(), firstWrong: Infinity }, 0);
  }

  with(fact: Fact): DocumentMemory {
    const log = this.length === this.log.facts.length ? this.log : fork(this.log, this.length);
    const at = log.facts.push(fact) - 1;
    if (fact.kind === 'printed' && fact.claim.verdict === 'erratum' && at < log.firstWrong) log.firstWrong = at;
    const key = keyOf(fact);
    (log.byKey.get(key) ?? log.byKey.set(key, []).get(key)!).push(at);
    return new DocumentMemory(log, log.facts.length);
  }

  /** The last formula the document wrote for a quantity, and whether it was wrong. */
  lastFormula(id: string): { node: MathNode; wrong: boolean } | undefined {
    const f = this.last(`f:${id}`);
    return f?.kind === 'formula' ? { node: f.node, wrong: f.wrong } : undefined;
  }

  /** Every value of the document's own arithmetic for a quantity, in order (lines often split a chain). */
  arithmeticFor(id: string): number[] | undefined {
    const values: number[] = [];
    for (const i of this.log.byKey.get(`a:${id}`) ?? []) {
      const f = i < this.length ? this.log.facts[i]! : undefined;
      if (f?.kind === 'arithmetic') values.push(f.value);
    }
    return values.length > 0 ? values : undefined;
  }

  /** The last side of bare numbers the document wrote for a quantity. */
  lastArithmetic(id: string): Arithmetic | undefined {
    const f = this.last(`l:${id}`);
    return f?.kind === 'lastArithmetic' ? f.arithmetic : undefined;
  }

  /** The last sides of bare numbers the document wrote, newest first, one per quantity, looking back `limit` of them. */
  recentArithmetic(limit: number): { id: string; arithmetic: Arithmetic }[] {
    const out: { id: string; arithmetic: Arithmetic }[] = [];
    const seen = new Set<string>();
    for (let k = this.length - 1; k >= 0 && seen.size < limit; k--) {
      const f = this.log.facts[k]!;
      if (f.kind !== 'lastArithmetic' || seen.has(f.id)) continue;
      seen.add(f.id);
      out.push({ id: f.id, arithmetic: f.arithmetic });
    }
    return out;
  }

  /** The last sides of numbers the document wrote for no quantity (a matrix product's rows), newest first. */
  recentUnnamed(limit: number): MathSide[] {
    const at = this.log.byKey.get('u:') ?? [];
    const out: MathSide[] = [];
    for (let k = at.length - 1; k >= 0 && out.length < limit; k--) {
      const f = at[k]! < this.length ? this.log.facts[at[k]!] : undefined;
      if (f?.kind === 'unnamedSide') out.push(f.side);
    }
    return out;
  }

  /** Whether the document printed this number wrong before (as printed, three significant digits or more). */
  printedWrong(text: string): boolean {
    return this.last(`w:${text}`) !== undefined;
  }

  /** Whether the document printed a wrong value for any quantity so far (none: every name's printed value is right). */
  anyPrintedWrong(): boolean {
    return this.log.firstWrong < this.length;
  }

  /** The last value the document printed for a quantity, as its claim (right or wrong). */
  printedFor(id: string): Claim | undefined {
    const f = this.last(`p:${id}`);
    return f?.kind === 'printed' ? f.claim : undefined;
  }

  /**
   * The last number printed right (exact, or rounding carried into it) for any quantity whose exact value has this key
   * (valueKey): ∂J/∂b = ∂J/∂z printed −0.014 for −0.01339 carries that rounding to the other name.
   */
  printedRightAt(value: string): Claim | undefined {
    const f = this.last(`r:${value}`);
    return f?.kind === 'printedRight' ? f.claim : undefined;
  }

  /** Whether this number was printed and called wrong (an erratum or a truncation) for a quantity of this value key. */
  printedFlagged(value: string, printed: number): boolean {
    return this.last(`g:${value}|${printed}`) !== undefined;
  }

  /** Whether the document assigned a parameter its update under its own name (w := w − η g): the name now means the update. */
  reassigned(id: string): boolean {
    return this.last(`s:${id}`) !== undefined;
  }

  /** What the number printed last with this text (right) stood for before it was rounded. */
  originOf(text: string): Origin | undefined {
    const f = this.last(`o:${text}`);
    return f?.kind === 'origin' ? f.origin : undefined;
  }

  /** The root erratum of the number printed wrong before, if it was. */
  wrongRoot(text: string): Claim | undefined {
    const f = this.last(`w:${text}`);
    return f?.kind === 'wrongPrinted' ? f.root : undefined;
  }

  private last(key: string): Fact | undefined {
    const at = this.log.byKey.get(key) ?? [];
    for (let k = at.length - 1; k >= 0; k--) if (at[k]! < this.length) return this.log.facts[at[k]!];
    return undefined;
  }
}

function fork(log: Log, length: number): Log {
  const byKey = new Map<string, number[]>();
  for (const [k, at] of log.byKey) {
    const kept = at.filter((i) => i < length);
    if (kept.length > 0) byKey.set(k, kept);
  }
  return { facts: log.facts.slice(0, length), byKey, firstWrong: log.firstWrong < length ? log.firstWrong : Infinity };
}
