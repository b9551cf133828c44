// The library API: load a network file, derive it, print it. The CLI uses only these functions.
import { basename } from 'node:path';
import { loadDefinitionFile, parseDefinition, type NetworkDefinition } from './definition/loadDefinition.js';
import { compileNetwork } from './graph/compileNetwork.js';
import type { Graph } from './graph/types.js';
import { deriveGraph } from './derive/deriveGraph.js';
import { layoutDerivation } from './derive/layout.js';
import { selectParams } from './derive/selectParams.js';
import { DEFAULT_POLICY, type NumberPolicy } from './evaluate/numberPolicy.js';
import { valueDerivation } from './evaluate/valueLayout.js';
import type { DerivationDocument } from './emit/document.js';
import { emitJson } from './emit/json.js';
import { emitMarkdown } from './emit/markdown.js';
import { createNotation } from './emit/notation.js';
import { emitTex } from './emit/tex.js';
import { emitText } from './emit/text.js';
import { InputError } from './util/errors.js';

export type { NetworkDefinition, DerivationDocument, NumberPolicy, Graph };
export type Format = 'tex' | 'md' | 'txt' | 'json';

export interface DeriveOptions {
  /** Number display and hand mode; unspecified fields keep the defaults (9 decimals, trailing zeros dropped). */
  policy?: Partial<NumberPolicy>;
  /** Overrides the file's learning rate. */
  eta?: number;
  /** Print only what these parameters' gradients need. */
  only?: string[];
}

/** Reads and validates a network file (YAML or JSON). Throws InputError with file:line:col on bad input. */
export function loadNetwork(file: string): NetworkDefinition {
  return loadDefinitionFile(file);
}

/** Validates a network given as text (fileName is used in error messages). */
export function parseNetwork(text: string, fileName = '<input>'): NetworkDefinition {
  return parseDefinition(text, fileName);
}

export function derive(def: NetworkDefinition, options: DeriveOptions = {}): DerivationDocument {
  const compiled = compileNetwork(def);
  const graph = options.eta === undefined ? compiled : { ...compiled, learningRate: options.eta };
  const derivation = deriveGraph(graph);
  let layout = layoutDerivation(derivation);
  if (options.only?.length) {
    for (const p of options.only) {
      if (!graph.trainable.includes(p)) {
        throw new InputError(`--only names '${p}', which is not a trainable parameter (trainable: ${graph.trainable.join(', ')})`, { file: def.file });
      }
    }
    layout = selectParams(layout, derivation, options.only);
  }
  const policy: NumberPolicy = { ...DEFAULT_POLICY, ...options.policy };
  return {
    title: def.spec.title ?? basename(def.file).replace(/\.(ya?ml|json)$/i, ''),
    source: basename(def.file),
    derivation,
    layout,
    notation: createNotation(graph, def.spec.names),
    valuation: valueDerivation(derivation, policy),
  };
}

export function emit(doc: DerivationDocument, format: Format): string {
  switch (format) {
    case 'tex': return emitTex(doc);
    case 'md': return emitMarkdown(doc);
    case 'txt': return emitText(doc);
    case 'json': return emitJson(doc);
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}
