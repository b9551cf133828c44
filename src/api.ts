// The library API: load a network file, derive it, print it. The CLI uses only these functions.
import { basename } from 'node:path';
import { loadDefinitionFile, parseDefinition, type LoadLimits, type NetworkDefinition } from './definition/loadDefinition.js';
import { compileNetwork } from './graph/compileNetwork.js';
import type { Graph } from './graph/types.js';
import { deriveGraph } from './derive/deriveGraph.js';
import { nodeOfRef, parseQuantityId } from './derive/quantityRef.js';
import { estimateEquations, indexFormSections } from './derive/indexForm.js';
import { layoutDerivation, type Layout } from './derive/layout.js';
import { neededQuantities, selectParams } from './derive/selectParams.js';
import { DEFAULT_POLICY, type NumberPolicy } from './evaluate/numberPolicy.js';
import { valueDerivation } from './evaluate/valueLayout.js';
import { compileDerivation } from './evaluate/evaluateDerivation.js';
import { iterate } from './evaluate/iterate.js';
import { truthTable } from './evaluate/truthTable.js';
import { printTruthTable, type TableFormat } from './emit/truthTable.js';
import type { DerivationDocument } from './evaluate/derivationDocument.js';
import { emitJson } from './emit/json.js';
import { emitMarkdown } from './emit/markdown.js';
import { createNotation } from './graph/notation/index.js';
import { emitTex } from './emit/tex.js';
import { emitBeamer } from './emit/beamer.js';
import { emitHtml } from './emit/html.js';
import type { FigureData } from './draw/figureData.js';
import { htmlFigure } from './draw/htmlFigure.js';
import { emitText } from './emit/text.js';
import { withHessian } from './emit/hessian.js';
import type { HessianValues } from './evaluate/evaluateHessian.js';
import { InputError, NumericError } from './util/errors.js';
import { verifyDocument, type LocatedClaim, type VerifyOptions, type VerifyReport, type VerifySkip, type Verdict } from './verify/verifyDocument.js';
import { annotateDocument } from './verify/report/annotateDocument.js';
import { formatReport, type ReportFormat } from './verify/report/formatReport.js';
import { outcomeOf, type Outcome } from './verify/outcome.js';
import { verifyWithDirectives, type NetworkSource } from './verify/verifyWithDirectives.js';
import type { Pin } from './verify/resolve/pins.js';
import { formatOfPath, type DocumentFormat } from './verify/read/extractEquations.js';
import { DEFAULT_MAX_EQUATIONS } from './api/defaults.js';
import { matrixLayoutOf } from './api/matrix.js';
import type { NotationName } from './definition/schema.js';

export type { NetworkDefinition, DerivationDocument, NumberPolicy, Graph, LoadLimits, HessianValues, NotationName };
export type Format = 'tex' | 'md' | 'txt' | 'json' | 'beamer' | 'html';
/** What the deck and the page show beside the derivation (presentationExtras), and the Hessian section (hessianOf). */
export interface EmitExtras {
  /** beamer: the network's tikzpicture, the chain-rule figures per section, equations revealed one by one. */
  figure?: string;
  chainFigures?: ReadonlyMap<string, { param: string; figure: string }>;
  overlays?: boolean;
  /** html: the figure's data (drawn as SVG at the document's policy) and KaTeX's stylesheet. */
  figureData?: FigureData;
  css?: string;
  /** txt, md, tex, json: a section of second derivatives. */
  hessian?: HessianValues;
}

export { InputError, NumericError } from './api/errors.js';
export { DEFAULT_MAX_EQUATIONS, DEFAULT_POLICY } from './api/defaults.js';
export { draw, presentationExtras, type DrawOptions } from './api/figures.js';
export { hessianOf } from './api/hessian.js';
export { matrixFiles, matrixFolder } from './emit/matrix/matrixFiles.js';
export { runTraining as train, runSweep as sweep, type TrainingOptions, type TrainingResult, type SweepResult } from './train/runTraining.js';
export type { TableFormat as TrainingTableFormat } from './train/trainingTable.js';
export { OPTIMIZER_IDS, DEFAULT_SETTINGS as DEFAULT_OPTIMIZER_SETTINGS } from './train/optimizers/index.js';
export { starterNetwork, parseShape, STARTER_ACTIVATIONS, STARTER_LOSSES, NOTATIONS, type StarterOptions } from './definition/starterNetwork.js';

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

export function derive(def: NetworkDefinition, options: DeriveOptions = {}): DerivationDocument {
  const compiled = compileNetwork(def);
  const learningRate = options.learningRate ?? options.eta;
  const graph = learningRate === undefined ? compiled : { ...compiled, learningRate };
  const derivation = deriveGraph(graph);
  const only = options.only ?? [];
  for (const p of only) {
    if (!graph.trainable.includes(p)) {
      const list = graph.trainable.length > 12 ? `${graph.trainable.slice(0, 12).join(', ')}, …` : graph.trainable.join(', ');
      throw new InputError(`--only names '${p}', which is not a trainable parameter (trainable: ${list})`, { file: def.file });
    }
  }
  const notation = options.notation ?? def.spec.notation;
  const matrix = options.form === 'matrix' ? matrixLayoutOf(def, derivation, notation) : options.form === undefined && !only.length ? largeMatrixForm(def, derivation, notation, options) : undefined;
  const layout = matrix ? { sections: [] } : layoutFor(def, derivation, only, options.maxEquations ?? DEFAULT_MAX_EQUATIONS);
  const policy: NumberPolicy = { ...DEFAULT_POLICY, ...options.policy };
  return {
    title: def.spec.title ?? basename(def.file).replace(/\.(ya?ml|json)$/i, ''),
    source: basename(def.file),
    derivation,
    layout,
    notation: createNotation(graph, notation, def.spec.names),
    valuation: locateNumericError(def, graph, () => valueDerivation(derivation, policy)),
    ...(matrix ? { matrix } : {}),
    ...(options.iterations ? { rounds: locateNumericError(def, graph, () => iterate(derivation, compileDerivation(derivation), options.iterations!, policy.hand ? policy : undefined)) } : {}),
  };
}

/** Above --max-equations a dense layered network prints in matrix form (with numbers) instead of the index form. */
function largeMatrixForm(def: NetworkDefinition, d: ReturnType<typeof deriveGraph>, notation: string, options: DeriveOptions): ReturnType<typeof matrixLayoutOf> | undefined {
  if (d.graph.kind !== 'network' || estimateEquations(d.graph) <= (options.maxEquations ?? DEFAULT_MAX_EQUATIONS)) return undefined;
  try {
    return matrixLayoutOf(def, d, notation);
  } catch (err) {
    if (err instanceof InputError) return undefined; // not dense: the index form, as before
    throw err;
  }
}

/** A NaN or infinity names the node; this adds where the node is written in the file. */
function locateNumericError<T>(def: NetworkDefinition, graph: Graph, run: () => T): T {
  try {
    return run();
  } catch (err) {
    const ref = err instanceof NumericError && err.quantity !== undefined ? parseQuantityId(err.quantity) : undefined;
    const node = ref ? nodeOfRef(ref) : undefined;
    const source = node !== undefined ? graph.nodes.get(node)?.source : undefined;
    if (err instanceof NumericError) err.location = def.locate(source ?? []);
    throw err;
  }
}

/** Every instance for small networks; the index form plus the --only instances for large ones. */
function layoutFor(def: NetworkDefinition, d: ReturnType<typeof deriveGraph>, only: string[], max: number): Layout {
  if (estimateEquations(d.graph) <= max) {
    const full = layoutDerivation(d);
    return only.length ? selectParams(full, d, only) : full;
  }
  if (d.graph.kind !== 'network') {
    throw new InputError(`the graph would print about ${estimateEquations(d.graph)} equations, more than --max-equations ${max}`, { file: def.file });
  }
  const instances = only.length ? selectParams(layoutDerivation(d, { quantities: neededQuantities(d, only), params: new Set(only) }), d, only) : { sections: [] };
  const count = instances.sections.reduce((n, s) => n + s.blocks.reduce((m, b) => m + b.equations.length, 0), 0);
  if (count > max) {
    throw new InputError(`--only asks for ${count} equations, more than --max-equations ${max}: name fewer parameters or raise the limit`, { file: def.file });
  }
  return { sections: [...indexFormSections(d.graph), ...instances.sections] };
}

/** The truth table of a network or graph over every 0/1 combination of its inputs (at most 12 inputs). */
export function truthTableOf(def: NetworkDefinition, options: { format?: TableFormat; inputs?: string[]; policy?: Partial<NumberPolicy> } = {}): string {
  const derivation = deriveGraph(compileNetwork(def));
  const all = Object.keys(def.spec.inputs);
  const inputs = options.inputs ?? all;
  for (const x of inputs) if (!all.includes(x)) throw new InputError(`'${x}' is not an input (inputs: ${all.join(', ')})`, { file: def.file });
  if (inputs.length > 12) throw new InputError(`a truth table of ${inputs.length} inputs has ${2 ** inputs.length} rows; name at most 12 with --inputs`, { file: def.file });
  const rows = truthTable(derivation, compileDerivation(derivation), inputs);
  return printTruthTable(rows, createNotation(derivation.graph, def.spec.names), { ...DEFAULT_POLICY, ...options.policy }, options.format ?? 'txt');
}

/**
 * Checks a document's equations and numbers against a derivation (the `verify` command). `doc` may also be a source of
 * networks, for documents whose comments say which network a part is about (% backprop-tex: net other.yaml).
 */
export function verify(text: string, doc: DerivationDocument | NetworkSource, options: VerifyOptions = {}): VerifyReport {
  return 'load' in doc ? verifyWithDirectives(text, doc, options) : verifyWithDirectives(text, { main: doc, load: noOtherNetworks(options.file) }, options);
}

function noOtherNetworks(file = '<document>'): (net: string) => never {
  return (net) => {
    throw new InputError(`the document names another network (${net}); verify it through the command line or pass a network source`, { file });
  };
}

/** A copy of the document with a comment after each piece of math whose claims are not all exact. */
export function annotate(text: string, report: VerifyReport, format: DocumentFormat): string {
  return annotateDocument(text, report.claims, format);
}

/** The exit status of a verify run (0 judged and right, 1 an erratum, 3 nothing judged or coverage below `minCoverage`) and why. */
export function verifyOutcome(report: VerifyReport, minCoverage?: number): Outcome {
  return outcomeOf(report, minCoverage);
}

export { formatReport, formatOfPath };
export type { VerifyReport, VerifyOptions, LocatedClaim, VerifySkip, ReportFormat, DocumentFormat, Verdict, Outcome, NetworkSource, Pin };

export function emit(doc: DerivationDocument, format: Format, extras: EmitExtras = {}): string {
  const text = emitFormat(doc, format, extras);
  return extras.hessian ? withHessian(text, format, doc, extras.hessian) : text;
}

function emitFormat(doc: DerivationDocument, format: Format, extras: EmitExtras): string {
  switch (format) {
    case 'tex': return emitTex(doc);
    case 'md': return emitMarkdown(doc);
    case 'txt': return emitText(doc);
    case 'json': return emitJson(doc);
    case 'beamer': return emitBeamer(doc, { figure: extras.figure, overlays: extras.overlays, chainFigures: extras.chainFigures });
    case 'html': return emitHtml(doc, { figure: extras.figureData && htmlFigure(extras.figureData, doc.valuation.policy), css: extras.css });
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}
