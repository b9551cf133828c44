// `derive --exact`: every quantity's exact value as a listing (name, fraction where rational, decimal) in txt or JSON.
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import { deriveGraph } from '../derive/deriveGraph.js';
import { compileNetwork } from '../graph/compileNetwork.js';
import { InputError, readableIds } from '../util/errors.js';

export interface ExactListingOptions {
  precision?: number;
  learningRate?: number;
  format?: 'txt' | 'json';
}

/** Loads the exact evaluator (and mathjs's fraction and big-number parts) only now. */
export async function exactListing(def: NetworkDefinition, opts: ExactListingOptions = {}): Promise<string> {
  const precision = opts.precision ?? 40;
  if (!Number.isSafeInteger(precision) || precision < 1 || precision > 1000) throw new InputError(`--precision takes a whole number of digits from 1 to 1000, not ${precision}`, { file: def.file });
  const graph = compileNetwork(def);
  const derivation = deriveGraph(opts.learningRate === undefined ? graph : { ...graph, learningRate: opts.learningRate });
  const { exactValues } = await import('../evaluate/exact/exactValues.js');
  const values = exactValues(derivation, { precision });
  if (opts.format === 'json') return JSON.stringify({ kind: 'backprop-tex/exact', version: 1, precision, values: values.map((v) => ({ ...v, name: readableIds(v.id) })) }, null, 2) + '\n';
  const rows = values.map((v) => [readableIds(v.id), v.fraction ?? '', v.decimal]);
  const widths = [0, 1].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => `${r[0]!.padEnd(widths[0]!)}  = ${r[1] ? `${r[1].padEnd(widths[1]!)}  = ` : ''.padEnd(widths[1]! + 5)}${r[2]}`.trimEnd()).join('\n') + '\n';
}
