// `verify`: checks every equation of a document against a network's derivation; each claim and each skip gets its line and column.
import { SymbolNode } from '../util/mathjs.js';
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { runProgram, type Evaluation } from '../evaluate/evaluateDerivation.js';
import type { RoundingMode } from '../evaluate/numberPolicy.js';
import { checkChain, type CheckContext, type Claim } from './checkChain.js';
import { createPoints, createNearest } from './otherValues.js';
import { createSlipFinder } from './slips.js';
import { createReplay, MAX_REPLAY_WORK } from './replayTraining.js';
import { findRoundsSpans, roundsAt, type RoundsSpan } from './roundsContext.js';
import { checkProseNumbers, findProseNumbers } from './proseClaims.js';
import { keyOfLatex } from './latexKey.js';
import { parseTrained, trainedId } from './roundSlips.js';
import { quantityName } from '../emit/quantityName.js';
import type { ExtractOptions } from './extractEquations.js';
import { inferNames } from './inferNames.js';
import { buildNameTable, updateOf, type NamedQuantity } from './nameTable.js';
import type { ParseOptions } from './parseLatexMath.js';
import { readEquations, type DocumentEquation } from './readEquations.js';
import { VERDICTS, type Verdict } from './verdict.js';

export interface LocatedClaim extends Claim {
  line: number;
  column: number;
  /** Index of the equation in the document. */
  equation: number;
  /** Document offset just past the math that holds the claim (after its closing delimiter). */
  mathEnd: number;
}

export interface VerifySkip {
  line: number;
  column: number;
  reason: string;
  /** The equation's LaTeX, when an equation (not a stray delimiter) was skipped. */
  latex?: string;
}

export interface VerifyReport {
  equations: number;
  /** Equations with at least one statement parsed. */
  parsed: number;
  claims: LocatedClaim[];
  skipped: VerifySkip[];
  counts: Record<Verdict, number>;
}

export function verifyDocument(text: string, doc: DerivationDocument, options: ExtractOptions & ParseOptions = {}): VerifyReport {
  const math = readEquations(text, options);
  const ctx = createContext(doc, math.equations);
  const spans = findRoundsSpans(text);
  const claims: LocatedClaim[] = [];
  const skipped: VerifySkip[] = math.skipped.map(({ line, column, reason }) => ({ line, column, reason }));
  let parsed = 0;
  for (const e of math.equations) {
    if (e.skip) skipped.push({ line: e.skip.line, column: e.skip.column, reason: e.skip.reason, latex: e.equation.latex });
    if (e.parse.skipped) continue;
    parsed++;
    ctx.rounds = roundsAt(spans, e.equation.offset);
    for (const chain of e.parse.chains) {
      for (const claim of checkChain(chain, ctx)) {
        claims.push({ ...claim, ...math.lines.locate(e.equation.offset + claim.start), equation: e.equation.index, mathEnd: e.equation.regionClose });
      }
    }
  }
  claims.push(...proseClaims(text, math.equations, spans, doc, ctx).map((c) => ({ ...c, ...math.lines.locate(c.offset), equation: -1, mathEnd: c.offset })));
  claims.sort((a, b) => a.line - b.line || a.column - b.column);
  skipped.sort((a, b) => a.line - b.line || a.column - b.column);
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, claims.filter((c) => c.verdict === v).length])) as Record<Verdict, number>;
  return { equations: math.equations.length, parsed, claims, skipped, counts };
}

function createContext(doc: DerivationDocument, equations: readonly DocumentEquation[]): CheckContext {
  const table = buildNameTable(doc, documentNames(equations)) as Map<string, NamedQuantity>;
  const graph = doc.derivation.graph;
  const replay = createReplay(doc);
  const exact = (id: string): number => {
    const t = parseTrained(id);
    return t ? replay.value(`v$${t.node}`, t.rounds, 'text') ?? Number.NaN : doc.valuation.exact(id);
  };
  const units = [...new Set([...graph.nodes.values()].flatMap((n) => (n.unit === undefined ? [] : [n.unit])))];
  const unitsOf = (index: string): string[] => units.filter((u) => new RegExp(`^${index.replace(/\W/g, '')}\\d+$`, 'i').test(u));
  // Names the document defines in its own notation (z = w_1 x_1 + b, L = ½(y − ŷ)²) join the table first.
  inferNames(table, equations, { doc, exact, points: createPoints(doc, table, unitsOf), units: unitsOf });
  const nameOf = (id: string): string => {
    const t = parseTrained(id);
    if (t) return `${nameOf(`v$${t.node}`)} after ${t.rounds} round${t.rounds === 1 ? '' : 's'}`;
    try {
      return doc.derivation.quantities.has(id) || id.startsWith('after$') ? quantityName(id, doc.derivation, doc.notation, 'text') ?? id : id;
    } catch {
      return id;
    }
  };
  const program = doc.valuation.evaluation.program;
  const handRuns = new Map<string, Evaluation | null>();
  const handRun = (decimals: number, rounding: RoundingMode): Evaluation | null => {
    const key = `${decimals}/${rounding}`;
    if (!handRuns.has(key)) {
      try {
        handRuns.set(key, runProgram(program, { policy: { decimals, rounding, trimZeros: true, hand: true } }));
      } catch {
        handRuns.set(key, null); // a hand calculation that overflows proves nothing
      }
    }
    return handRuns.get(key)!;
  };
  return {
    table,
    exact,
    lookup: {
      value: (key) => {
        const q = table.get(key);
        return q ? exact(q.id) : undefined;
      },
      units: unitsOf,
    },
    hand: (id, decimals) => {
      const value = (r: RoundingMode): number[] => {
        const run = handRun(decimals, r);
        return run && run.program.slotOf.has(id) ? [run.get(id)] : [];
      };
      return { rounded: value('half-up'), truncated: value('truncate') };
    },
    updateOf: (id) => updateOf(doc, id),
    lastFormula: new Map(),
    arithmeticFor: new Map(),
    blankDecimals: commonDecimals(equations),
    slips: createSlipFinder(doc, [...new Set([...table.values()].map((q) => q.id))], exact, nameOf, replay),
    inRounds: (id, rounds) => {
      const node = id.startsWith('v$') ? graph.nodes.get(id.slice(2)) : undefined;
      if (!node || node.kind === 'input' || node.kind === 'target' || (node.kind === 'param' && !node.trainable)) return id;
      return program.ids.length * rounds * 2 > MAX_REPLAY_WORK ? undefined : trainedId(rounds, node.id);
    },
    lastArithmetic: new Map(),
    wrongPrinted: new Set(),
    givenValues: new Set([...graph.nodes.values()].flatMap((n) => (n.value === undefined ? [] : [Math.abs(n.value)]))),
    nearest: createNearest(doc, table, nameOf),
    elsewhere: createPoints(doc, table, unitsOf),
    definition: (id) => (id.startsWith('v$') ? doc.derivation.quantities.get(id)?.def : undefined),
    nameOf,
  };
}

/** Numbers stated in the prose about the network before or after N rounds of training. */
function proseClaims(text: string, equations: readonly DocumentEquation[], spans: RoundsSpan[], doc: DerivationDocument, ctx: CheckContext): (Claim & { offset: number })[] {
  const g = doc.derivation.graph;
  const named = (id: string): { id: string; name: string } => ({ id, name: ctx.nameOf(id) });
  const last = g.layers[g.layers.length - 1] ?? [];
  const outputs = last.flatMap((u) => [...g.nodes.values()].filter((n) => n.unit === u && n.kind === 'activation').map((n) => named(`v$${n.id}`)));
  const resolve = (name: string): { id: string; name: string } | undefined => {
    const key = keyOfLatex(name);
    const q = key === null ? undefined : ctx.table.get(key);
    return q ? named(q.id) : undefined;
  };
  const math = equations.map((e): [number, number] => [Math.max(0, e.equation.offset - 2), e.equation.regionClose]);
  return checkProseNumbers(findProseNumbers(text, math, spans, { resolve, root: named(`v$${g.root}`), outputs }), ctx);
}

/** Every name the document writes, inside formulas and derivatives too. */
function documentNames(equations: readonly DocumentEquation[]): Set<string> {
  const names = new Set<string>();
  for (const e of equations) {
    if (e.parse.skipped) continue;
    for (const c of e.parse.chains) for (const s of c.sides) s.node.traverse((n) => n instanceof SymbolNode && names.add(n.name));
  }
  return names;
}

/** The number of decimals the document prints most often (4 if it prints no decimals at all). */
function commonDecimals(equations: readonly DocumentEquation[]): number {
  const tally = new Map<number, number>();
  for (const e of equations) {
    if (e.parse.skipped) continue;
    for (const c of e.parse.chains) for (const s of c.sides) for (const n of s.numbers) if (n.decimals > 0) tally.set(n.decimals, (tally.get(n.decimals) ?? 0) + 1);
  }
  return [...tally].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 4;
}
