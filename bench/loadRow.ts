// Row: loading an `init --shape 784-100-10` YAML file (about 2.3 MB) against parsing the same text with the yaml library alone.
import { parseDocument } from 'yaml';
import { parseDefinition } from '../src/definition/loadDefinition.js';
import { starterNetwork } from '../src/definition/starterNetwork.js';
import { formatMs, formatRatio, median, timeOnce } from './measure.js';
import type { Row } from './table.js';

/**
 * ms per MB of parseDefinition (parse, repeated-key check, schema, positions kept) beside yaml's parseDocument without
 * its quadratic uniqueKeys check (with it, this file took 372 s to parse before loadDefinition stopped using it).
 */
export function loadRow(shape: number[], runs = 3): Row {
  const text = starterNetwork({ shape, activation: 'sigmoid', notation: 'mazur', loss: 'half-sse', learningRate: 0.5, seed: 1, schema: 'network.schema.json' });
  const mb = Buffer.byteLength(text) / 1e6;
  const ours: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(timeOnce(() => parseDefinition(text, 'init.yaml')) / mb);
    base.push(timeOnce(() => parseDocument(text, { uniqueKeys: false })) / mb);
  }
  const [o, b] = [median(ours), median(base)];
  return {
    name: `init --shape ${shape.join('-')} YAML (${mb.toFixed(1)} MB) loaded, per MB`,
    ours: formatMs(o),
    baseline: `${formatMs(b)} yaml parseDocument alone`,
    ratio: formatRatio(o, b),
    note: `whole file ${formatMs(o * mb)}; was 372 s (yaml's uniqueKeys check is quadratic); median of ${runs}`,
  };
}
