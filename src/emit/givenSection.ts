// The article's "Given" section, as every seed document opens: the inputs, the targets, the weights and biases as a table, η, the optimizer.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { formatNumber, texNumber } from '../evaluate/numberPolicy.js';
import { qid } from '../derive/quantity.js';
import { parseQuantityId } from '../derive/quantityRef.js';
import { OPTIMIZER_NAMES } from '../definition/optimizerSettings.js';
import { quantityName } from './quantityName.js';

export interface GivenItem {
  id: string;
  value: number;
  /** A parameter that training does not update (`frozen` in the file). */
  fixed: boolean;
}

export interface Given {
  inputs: GivenItem[];
  targets: GivenItem[];
  params: GivenItem[];
  learningRate?: number;
  /** The file's optimizer where it is not plain gradient descent, with the settings its update lines use (β₁, ε, …). */
  optimizer?: { name: string; constants: { id: string; value: number }[] };
}

/** Above this many parameters the table would fill pages: the section names the count instead. */
const MAX_TABLE_PARAMS = 48;
/** Parameter–value pairs per table row: four short values (0.15) fit the article's width, three long ones (−1.083744084). */
const PAIRS_PER_ROW = 4;
const LONG_VALUE = 7;

/** The leaves of the graph in file order, with the values the derivation prints for them. */
export function givenOf(doc: DerivationDocument): Given {
  const graph = doc.derivation.graph;
  const trainable = new Set(graph.trainable);
  const given: Given = { inputs: [], targets: [], params: [] };
  for (const [id, node] of graph.nodes) {
    if (node.expr) continue;
    const item = { id, value: doc.valuation.value(qid.value(id)), fixed: node.kind === 'param' && !trainable.has(id) };
    if (node.kind === 'input') given.inputs.push(item);
    else if (node.kind === 'target') given.targets.push(item);
    else if (node.kind === 'param') given.params.push(item);
  }
  if (doc.derivation.quantities.has(qid.eta)) given.learningRate = doc.valuation.value(qid.eta);
  const type = doc.derivation.optimizer ? graph.optimizer?.type : undefined;
  if (type) {
    const constants = [...doc.derivation.quantities.keys()].filter((id) => parseQuantityId(id)?.kind === 'optimizerConstant');
    given.optimizer = { name: OPTIMIZER_NAMES[type], constants: constants.map((id) => ({ id, value: doc.valuation.value(id) })) };
  }
  return given;
}

/** The section's LaTeX lines (article): nothing when the file has no leaves. */
export function givenTex(doc: DerivationDocument): string[] {
  const given = givenOf(doc);
  const num = (x: number): string => texNumber(formatNumber(x, doc.valuation.policy));
  const pair = (g: GivenItem): string => `$${doc.notation.node(g.id).tex} = ${num(g.value)}$`;
  const out: string[] = [];
  if (given.inputs.length) out.push(`\\noindent Inputs: ${given.inputs.map(pair).join(', ')}.`, '');
  if (given.targets.length) out.push(`\\noindent Targets: ${given.targets.map(pair).join(', ')}.`, '');
  out.push(...paramTable(doc, given.params, num));
  if (given.learningRate !== undefined) out.push(`\\noindent Learning rate: $\\eta = ${num(given.learningRate)}$.`, '');
  if (given.optimizer) {
    const named = (c: { id: string; value: number }): string => `$${quantityName(c.id, doc.derivation, doc.notation, 'tex')} = ${small(c.value, num)}$`;
    const step = given.optimizer.constants.find((c) => c.id === qid.optimizerConstant('t'));
    const settings = given.optimizer.constants.filter((c) => c !== step).map(named);
    // the step in words: a page's t is as often the target, and a checker must not read this line as another example
    out.push(`\\noindent Optimizer: ${given.optimizer.name}${settings.length ? `, with ${settings.join(', ')}` : ''}${step ? `; this is its step ${num(step.value)}` : ''}.`, '');
  }
  return out.length ? ['', '\\section*{Given}', ...out] : [];
}

/** A setting the document's decimals would print as 0 (ε = 10^{-8} at 4 decimals) in powers of ten. */
function small(x: number, num: (x: number) => string): string {
  const shown = num(x);
  if (x === 0 || Number(shown.replace(/[^0-9.eE+-]/g, '')) !== 0) return shown;
  const [mantissa, exponent] = x.toExponential().split('e');
  return `${mantissa === '1' ? '' : `${mantissa} \\cdot `}10^{${Number(exponent)}}`;
}

/** The weights and biases, a few name–value pairs a row; fixed ones marked with an asterisk. */
function paramTable(doc: DerivationDocument, params: GivenItem[], num: (x: number) => string): string[] {
  if (params.length === 0) return [];
  const fixed = params.some((p) => p.fixed);
  const note = fixed ? ' (those marked * are not updated)' : '';
  if (params.length > MAX_TABLE_PARAMS) return [`\\noindent Weights and biases: ${params.length} values, given in the network file${note}.`, ''];
  const long = params.some((p) => num(p.value).length > LONG_VALUE);
  const cols = Math.min(long ? PAIRS_PER_ROW - 1 : PAIRS_PER_ROW, params.length);
  // One formula a cell (w_1 = 0.15), so verify reads each as a statement of the given value.
  const cell = (p: GivenItem): string => `$${doc.notation.node(p.id).tex} = ${num(p.value)}$${p.fixed ? '\\textsuperscript{*}' : ''}`;
  const rows: string[] = [];
  for (let i = 0; i < params.length; i += cols) {
    const chunk = params.slice(i, i + cols).map(cell);
    while (chunk.length < cols) chunk.push('');
    rows.push(`${chunk.join(' & ')} \\\\`);
  }
  const spec = Array.from({ length: cols }, () => 'l').join('@{\\qquad}');
  return [`\\noindent Weights and biases${note}:`, '', '\\begin{center}', `\\begin{tabular}{${spec}}`, ...rows, '\\end{tabular}', '\\end{center}', ''];
}
