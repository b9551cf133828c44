// Evaluates a seed claim's quantity expression (V(), D(), U(), TRAIN(), TRAIN_D()) against the engine's JSON output.
import { evaluate } from 'mathjs';
import type { DerivationDocument } from '../../src/evaluate/derivationDocument.js';
import { partialBetween } from '../helpers/partialBetween.js';

type Json = Record<string, unknown>;
type Rounds = { params: Record<string, number>; values: Record<string, number>; gradients: Record<string, number> }[];

/** The number a claim's quantity names, from derive's JSON (and, for D() between inner nodes, the library's partialBetween). */
export function claimValue(quantity: string, json: Json, doc?: DerivationDocument): number {
  const section = (name: string): Record<string, number> => (json[name] ?? {}) as Record<string, number>;
  const rounds = (json.rounds ?? []) as Rounds;
  const round = (n: number): Rounds[number] => rounds[n - 1] ?? fail(`no round ${n} (run with --iterations)`);
  const root = doc?.derivation.graph.root ?? Object.keys(section('values')).find((k) => section('values')[k] === json.loss);
  const calls: Record<string, (...a: string[]) => number> = {
    V: (n) => section('values')[n] ?? fail(`no value ${n}`),
    U: (w) => section('updated')[w] ?? fail(`no update ${w}`),
    TRAIN: (r, n) => round(Number(r)).params[n!] ?? round(Number(r)).values[n!] ?? fail(`round ${r} has no ${n}`),
    TRAIN_D: (r, _of, w) => round(Number(r)).gradients[w!] ?? fail(`round ${r} has no gradient of ${w}`),
    D: (of, wrt) => {
      if (of === root && section('adjoints')[wrt!] !== undefined) return section('adjoints')[wrt!]!;
      const local = section('partials')[`${of}/${wrt}`];
      if (local !== undefined) return local;
      if (!doc) fail(`no partial ${of}/${wrt}`);
      return partialBetween(doc.derivation, doc.valuation, of, wrt!);
    },
  };
  // Replace each call by its number, then let mathjs do the remaining arithmetic.
  const expr = quantity.replace(/\b(V|U|TRAIN_D|TRAIN|D)\(([^()]*)\)/g, (_m, f: string, args: string) => {
    // Input settings (V('f', x1=0, x2=1)) are applied by the caller, who derives at those inputs.
    const parts = args.split(',').map((a) => a.trim().replace(/^'|'$/g, '')).filter((a) => !a.includes('='));
    return `(${calls[f]!(...parts)})`;
  });
  return Number(evaluate(expr));
}

/** The input settings of a claim such as V('f', x1=0, x2=1): { x1: 0, x2: 1 }. */
export function inputSettings(quantity: string): Record<string, number> {
  return Object.fromEntries([...quantity.matchAll(/(\w+)=(-?[\d.]+)/g)].map((m) => [m[1]!, Number(m[2])]));
}

function fail(message: string): never {
  throw new Error(message);
}
