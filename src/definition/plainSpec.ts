// A fast reading of the commonest network files (plain numbers, built-in names) that zod's schema would accept unchanged.
import { ACTIVATION_NAMES } from '../graph/activations/index.js';
import { LOSS_NAMES } from '../graph/losses/index.js';
import { NOTATION_NAMES } from './notationNames.js';
import type { NetworkSpec } from './schema.js';

// The schema (schema.ts) stays the one judge: this reader answers only where it is certain zod accepts the file and
// returns what zod would (defaults filled in, fields in the schema's order), with null prototypes as withoutPrototypes
// makes them; anything else (fractions, custom activations, optimizers, examples, any fault) gets `undefined`, and
// the caller asks zod. Why: zod's first parse in a fresh process costs 4–6 ms of an 8-8-8-8 file's 25 ms from nothing
// (cold, interpreted code), and a file is validated once per run. test/engine/plainSpec.test.ts holds the two together.

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;
const ACTIVATIONS: ReadonlySet<unknown> = new Set(ACTIVATION_NAMES);
const LOSSES: ReadonlySet<unknown> = new Set(LOSS_NAMES);
const NOTATIONS: ReadonlySet<unknown> = new Set(NOTATION_NAMES);
/** The top-level fields this reader knows, in the schema's order (zod writes its output in this order). */
const FIELDS = ['$schema', 'title', 'notation', 'names', 'inputs', 'targets', 'batch', 'parameters', 'frozen', 'layers', 'graph', 'output', 'loss', 'learning_rate', 'kink'] as const;
const KNOWN: ReadonlySet<string> = new Set(FIELDS);
const NEURON_FIELDS: ReadonlySet<string> = new Set(['weights', 'bias', 'activation']);
const LAYER_FIELDS: ReadonlySet<string> = new Set(['name', 'activation', 'neurons']);

/** Thrown inside the reader at the first thing it does not vouch for; never escapes. */
const UNSURE = Symbol('unsure');
type Dict = Record<string, unknown>;

/** The spec zod would return for `data` (after withoutPrototypes), or undefined where only zod may answer. */
export function readPlainSpec(data: unknown): NetworkSpec | undefined {
  try {
    return readTop(data) as unknown as NetworkSpec;
  } catch (e) {
    if (e === UNSURE) return undefined;
    throw e;
  }
}

function readTop(data: unknown): Dict {
  const top = mapping(data);
  for (const k in top) if (!KNOWN.has(k)) throw UNSURE;
  const out = blank();
  const set = (k: string, v: unknown): void => void (v !== undefined && (out[k] = v));
  set('$schema', optional(top.$schema, (v) => text(v, Infinity)));
  set('title', optional(top.title, (v) => text(v, 500)));
  set('notation', top.notation === undefined ? 'mazur' : member(top.notation, NOTATIONS));
  set('names', optional(top.names, (v) => record(v, (s) => text(s, 100))));
  set('inputs', record(top.inputs ?? blank(), finite));
  set('targets', record(top.targets ?? blank(), finite));
  set('batch', top.batch === undefined ? 'sum' : member(top.batch, new Set(['sum', 'mean'])));
  set('parameters', record(top.parameters ?? blank(), finite));
  set('frozen', list(top.frozen ?? [], identifier));
  set('layers', optional(top.layers, (v) => nonEmpty(list(v, layer))));
  set('graph', optional(top.graph, (v) => nonEmpty(record(v, (s) => text(s, 100_000, 1)))));
  set('output', optional(top.output, identifier));
  set('loss', top.loss === undefined ? 'half-sse' : member(top.loss, LOSSES));
  set('learning_rate', top.learning_rate === undefined ? 0.5 : finite(top.learning_rate));
  set('kink', optional(top.kink, (v) => (finite(v) >= 0 && (v as number) <= 1 ? v : fail())));
  return out;
}

function layer(v: unknown): Dict {
  const m = mapping(v);
  for (const k in m) if (!LAYER_FIELDS.has(k)) throw UNSURE;
  const out = blank();
  if (m.name !== undefined) out.name = text(m.name, 60);
  out.activation = m.activation === undefined ? 'sigmoid' : member(m.activation, ACTIVATIONS);
  out.neurons = nonEmpty(record(m.neurons, neuron));
  return out;
}

function neuron(v: unknown): Dict {
  const m = mapping(v);
  for (const k in m) if (!NEURON_FIELDS.has(k)) throw UNSURE;
  const out = blank();
  out.weights = record(m.weights, identifier);
  if (m.bias !== undefined) out.bias = identifier(m.bias);
  if (m.activation !== undefined) out.activation = member(m.activation, ACTIVATIONS);
  return out;
}

function fail(): never {
  throw UNSURE;
}

function blank(): Dict {
  return Object.create(null) as Dict;
}

/** A plain mapping (not an array, not null). */
function mapping(v: unknown): Dict {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Dict) : fail();
}

/** A mapping from identifiers to values each read by `each`, keys in their order. */
function record(v: unknown, each: (x: unknown) => unknown): Dict {
  const m = mapping(v);
  const out = blank();
  for (const k of Object.keys(m)) {
    if (!IDENTIFIER.test(k)) throw UNSURE;
    out[k] = each(m[k]);
  }
  return out;
}

function list<T>(v: unknown, each: (x: unknown) => T): T[] {
  return Array.isArray(v) ? v.map((x) => each(x)) : fail();
}

function nonEmpty<T extends object>(v: T): T {
  return Object.keys(v).length > 0 ? v : fail();
}

function optional<T>(v: unknown, read: (x: unknown) => T): T | undefined {
  return v === undefined ? undefined : read(v);
}

function finite(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fail();
}

function text(v: unknown, max: number, min = 0): string {
  return typeof v === 'string' && v.length <= max && v.length >= min ? v : fail();
}

function identifier(v: unknown): string {
  return typeof v === 'string' && IDENTIFIER.test(v) ? v : fail();
}

function member(v: unknown, names: ReadonlySet<unknown>): string {
  return typeof v === 'string' && names.has(v) ? v : fail();
}
