// The zod schemas of network and optimizer files, reached through one function: what validates a file plainSpec.ts
// declines (fractions, custom activations, optimizers, any fault) and an --optimizer object. The bundled CLI loads
// zod and these schemas on the first call only (scripts/bundle-cli.mjs), so a plain file's derive or verify never
// parses zod's 300 kB; the unbundled modules load them with this one.
import { NetworkSpec } from './schema.js';
import { OptimizerSpec } from './optimizerSpec.js';

const SCHEMAS = { NetworkSpec, OptimizerSpec };
export type ZodSchemas = typeof SCHEMAS;

export function zodSchemas(): ZodSchemas {
  return SCHEMAS;
}
