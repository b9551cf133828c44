// Loading a network file and deriving it (no emitters, figures or KaTeX): what `verify` needs of the derivation, so it
// loads none of the printing. api/derivation.ts adds the emitters; src/api.ts re-exports both.
import { basename } from 'node:path';
import { loadDefinitionFile, parseDefinition, type LoadLimits, type NetworkDefinition } from '../definition/loadDefinition.js';
import { compileNetwork } from '../graph/compileNetwork.js';
import { deriveGraph } from '../derive/deriveGraph.js';
import { estimateEquations, indexFormSections } from '../derive/indexForm.js';
import { computedNodes, layoutDerivation, type AfterUpdate, type Layout } from '../derive/layout.js';
import { neededQuantities, selectParams } from '../derive/selectParams.js';
import { DEFAULT_POLICY, type NumberPolicy } from '../evaluate/numberPolicy.js';
import { valueDerivation } from '../evaluate/valueLayout.js';
import { compileDerivation } from '../evaluate/evaluateDerivation.js';
import { iterate, reportedNodes } from '../evaluate/iterate.js';
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { createNotation } from '../graph/notation/index.js';
import { checkNotationNames } from '../graph/notation/distinctNames.js';
import { InputError } from '../util/errors.js';
import { DEFAULT_MAX_EQUATIONS } from './defaults.js';
import { locateAfterUpdate, locateNumericError } from './locateNumeric.js';
import { matrixLayoutOf } from './matrix.js';
import { refuseOwnOptimizer } from './ownOptimizer.js';
import { printedMatrixValuation } from '../evaluate/printedMatrixValues.js';
import type { NotationName } from '../definition/schema.js';
import type { Graph } from '../graph/types.js';

export interface DeriveOptions {
  /** Number display and hand mode; unspecified fields keep DEFAULT_POLICY (9 decimals, trailing zeros dropped). */
  policy?: Partial<NumberPolicy>;
  /** Overrides the file's learning rate. */
  learningRate?: number;
  /** @deprecated the old name of learningRate. */
  eta?: number;
  /** Print only what these parameters' gradients need. */
  only?: string[];
  /** Rounds of plain gradient descent to tabulate after the derivation (0: none). */
  iterations?: number;
  /** Above this many equations a network is printed in index form (plus the --only instances); default 1000. */
  maxEquations?: number;
  /**
   * scalar (every equation of every unit) or matrix (vectors and matrices layer by layer). Unset: scalar, except
   * that a dense network above maxEquations prints in matrix form instead of the index form.
   */
  form?: DerivationForm;
  /** Overrides the file's `notation:` (names, and the matrix form's convention: ng, row-major, else column vectors). */
  notation?: NotationName;
  /** Δw = η·∂E/∂w as a line of its own before each w⁺ = w − Δw. */
  deltaW?: boolean;
  /** What "after the update" and each round list: the outputs and the loss (default) or every computed node. */
  afterUpdate?: AfterUpdate;
}

export type DerivationForm = 'scalar' | 'matrix';


/** Reads and validates a network file (YAML or JSON). Throws InputError with file:line:col on bad input. */
export function loadNetwork(file: string, limits: Partial<LoadLimits> = {}): NetworkDefinition {
  return loadDefinitionFile(file, limits);
}

/** Validates a network given as text (fileName is used in error messages). */
export function parseNetwork(text: string, fileName = '<input>', limits: Partial<LoadLimits> = {}): NetworkDefinition {
  return parseDefinition(text, fileName, limits);
}

/** --only takes the file's ids; a name the notation prints (w_11^(3)) is refused with the id it stands for. */
function refuseUnknownOnly(def: NetworkDefinition, graph: Graph, only: readonly string[], notation: NotationName | undefined): void {
  const unknown = only.find((p) => !graph.trainable.includes(p));
  if (unknown === undefined) return;
  const names = createNotation(graph, notation, def.spec.names);
  const meant = graph.trainable.find((p) => names.node(p).text === unknown);
  if (meant !== undefined) throw new InputError(`--only names '${unknown}', which is how the ${notation ?? 'mazur'} notation prints ${meant}: --only takes the file's ids (--only ${meant})`, { file: def.file });
  const list = graph.trainable.length > 12 ? `${graph.trainable.slice(0, 12).join(', ')}, …` : graph.trainable.join(', ');
  throw new InputError(`--only names '${unknown}', which is not a trainable parameter (trainable: ${list})`, { file: def.file });
}

export function derive(def: NetworkDefinition, options: DeriveOptions = {}): DerivationDocument {
  const compiled = compileNetwork(def);
  const learningRate = options.learningRate ?? options.eta;
  const graph = learningRate === undefined ? compiled : { ...compiled, learningRate };
  const derivation = deriveGraph(graph, { deltaW: options.deltaW });
  const only = options.only ?? [];
  const notation = options.notation ?? def.spec.notation;
  refuseUnknownOnly(def, graph, only, notation);
  const hasLoss = graph.kind === 'graph' || graph.nodes.get(graph.root)!.kind === 'loss';
  if (options.iterations && graph.forwardOnly) throw new InputError('--iterations needs a backward pass: give the network targets or an output_gradient', def.locate(['targets']));
  if (options.form === 'matrix' && !hasLoss) throw new InputError('the matrix form needs a loss: give the network targets', def.locate(['targets']));
  if (options.form === 'matrix') refuseScalarOnly(def, options);
  if (options.form === 'matrix') refuseOwnOptimizer(def, 'the matrix form', 'drop --form matrix to print its step');
  if (options.deltaW) refuseOwnOptimizer(def, '--delta-w', 'drop --delta-w to print its step');
  const matrix = options.form === 'matrix' ? matrixLayoutOf(def, derivation, notation) : options.form === undefined && !only.length ? largeMatrixForm(def, derivation, notation, options) : undefined;
  const layout = matrix ? { sections: [] } : layoutFor(def, derivation, only, options.maxEquations ?? DEFAULT_MAX_EQUATIONS, options.afterUpdate);
  const policy: NumberPolicy = { ...DEFAULT_POLICY, ...options.policy };
  const valuation = locateAfterUpdate(def, graph, locateNumericError(def, graph, () => valueDerivation(derivation, policy)));
  const names = createNotation(graph, notation, def.spec.names);
  checkNotationNames(graph, names, def.locate);
  return {
    title: def.spec.title ?? basename(def.file).replace(/\.(ya?ml|json)$/i, ''),
    source: basename(def.file),
    derivation,
    layout,
    notation: names,
    valuation: matrix ? printedMatrixValuation(matrix, valuation) : valuation,
    ...(matrix ? { matrix } : {}),
    ...(options.iterations ? { rounds: locateNumericError(def, graph, () => roundsOf(derivation, options, policy)) } : {}),
  };
}

/** Options only the scalar form prints are refused with the matrix form rather than dropped without a word. */
function refuseScalarOnly(def: NetworkDefinition, options: DeriveOptions): void {
  const scalarOnly = [options.only?.length ? '--only' : '', options.deltaW ? '--delta-w' : '', options.afterUpdate === 'all' ? '--after-update all' : ''].filter(Boolean);
  if (scalarOnly.length) throw new InputError(`${scalarOnly.join(' and ')} ${scalarOnly.length > 1 ? 'choose' : 'chooses'} scalar equations, which the matrix form does not print: drop ${scalarOnly.length > 1 ? 'them' : 'it'} or --form matrix`, { file: def.file });
}

/** derive --iterations: rounds of gradient descent, each listing the outputs and loss or every computed node. */
function roundsOf(d: ReturnType<typeof deriveGraph>, options: DeriveOptions, policy: NumberPolicy): ReturnType<typeof iterate> {
  const shown = options.afterUpdate === 'all' ? computedNodes(d) : reportedNodes(d);
  return iterate(d, compileDerivation(d), options.iterations!, policy.hand ? policy : undefined, shown);
}

/** Every instance for small networks; the index form plus the --only instances for large ones. */
/** Above --max-equations a dense layered network prints in matrix form (with numbers) instead of the index form. */
function largeMatrixForm(def: NetworkDefinition, d: ReturnType<typeof deriveGraph>, notation: string, options: DeriveOptions): ReturnType<typeof matrixLayoutOf> | undefined {
  if (d.graph.kind !== 'network' || d.graph.nodes.get(d.graph.root)!.kind !== 'loss' || estimateEquations(d.graph) <= (options.maxEquations ?? DEFAULT_MAX_EQUATIONS)) return undefined;
  if (d.optimizer) return undefined; // refused as the index form is
  try {
    return matrixLayoutOf(def, d, notation);
  } catch (err) {
    if (err instanceof InputError) return undefined; // not dense: the index form, as before
    throw err;
  }
}

function layoutFor(def: NetworkDefinition, d: ReturnType<typeof deriveGraph>, only: string[], max: number, afterUpdate?: AfterUpdate): Layout {
  if (estimateEquations(d.graph) <= max) {
    const full = layoutDerivation(d, undefined, { afterUpdate });
    return only.length ? selectParams(full, d, only) : full;
  }
  if (d.graph.kind !== 'network') {
    throw new InputError(`the graph would print about ${estimateEquations(d.graph)} equations, more than --max-equations ${max}`, { file: def.file });
  }
  refuseOwnOptimizer(def, `with about ${estimateEquations(d.graph)} equations (more than --max-equations ${max}) the index form`, 'raise --max-equations to print its step');
  const instances = only.length ? selectParams(layoutDerivation(d, { quantities: neededQuantities(d, only), params: new Set(only) }), d, only) : { sections: [] };
  const count = instances.sections.reduce((n, s) => n + s.blocks.reduce((m, b) => m + b.equations.length, 0), 0);
  if (count > max) {
    throw new InputError(`--only asks for ${count} equations, more than --max-equations ${max}: name fewer parameters or raise the limit`, { file: def.file });
  }
  return { sections: [...indexFormSections(d.graph), ...instances.sections] };
}
