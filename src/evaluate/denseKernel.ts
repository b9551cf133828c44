// Generates forward + reverse-mode loops over packed Float64Array weight matrices from a dense layout's derivative trees.
import type { MathNode } from 'mathjs';
import { compileExpr, type Compiled } from './compileExpr.js';
import type { DenseLayout } from './denseLayout.js';
import { JS_HELPERS, toJsSource } from './jsSource.js';
import { twinOf } from '../util/evaluationTwin.js';

/** P: packed parameters; G: packed gradient (every slot written); returns the loss. */
export type DenseKernel = (P: Float64Array, G: Float64Array) => number;

export interface CompiledKernel {
  run: DenseKernel;
  /** Nets and outputs of every layer after the last run, concatenated layer by layer (inputs excluded). */
  nets: Float64Array;
  outs: Float64Array;
  /** Offset of the output layer in `outs`. */
  outputOffset: number;
  /** The generated source, for inspection and tests. */
  source: string;
}

/** Scalar symbols of the per-unit trees and their scratch slots (for trees kept as closures). */
const SCALARS = ['net', 'out', 't', 'o'] as const;

export function compileDenseKernel(layout: DenseLayout): CompiledKernel {
  const closures: Compiled[] = [];
  // A tree prints as JS unless compileExpr evaluates part of it by a stable form: then the kernel calls that closure.
  const scalar = (tree: MathNode): string => {
    const js = toJsSource(tree, (name) => ((SCALARS as readonly string[]).includes(name) ? name : undefined));
    if (js !== undefined) return `(${js})`;
    closures.push(compileExpr(tree, (name) => SCALARS.indexOf(name as (typeof SCALARS)[number])));
    const used = SCALARS.filter((s) => treeUses(tree, s));
    return `(${used.map((s) => `S[${SCALARS.indexOf(s)}] = ${s}, `).join('')}C[${closures.length - 1}](S))`;
  };
  const unitOffsets: number[] = [];
  let units = 0;
  for (const layer of layout.layers) {
    unitOffsets.push(units);
    units += layer.size;
  }
  const lines = ['let net = 0, out = 0, t = 0, o = 0, delta = 0, row = 0;'];
  layout.layers.forEach((layer, l) => lines.push(...forward(layer, l === 0 ? null : unitOffsets[l - 1]!, unitOffsets[l]!, scalar)));
  const last = layout.layers.length - 1;
  lines.push(...lossLines(layout, unitOffsets[last]!, scalar));
  // δ of the output layer from the net where the loss has a closed form (sigmoid + binary cross-entropy), else ∂E/∂o · f'(net)
  const lossDelta = layout.lossDelta ? scalar(layout.lossDelta) : undefined;
  const outputDelta = lossDelta ? (j: string): string => `(t = T[${j}], ${lossDelta})` : undefined;
  for (let l = last; l >= 0; l--) lines.push(...backward(layout.layers[l]!, l === 0 ? null : unitOffsets[l - 1]!, unitOffsets[l]!, scalar, l === last ? outputDelta : undefined));
  lines.push('return E;');
  const source = lines.join('\n');
  const nets = new Float64Array(units);
  const outs = new Float64Array(units);
  // The buffers and helpers are closed over, so a call passes only P and G.
  const factory = new Function('X', 'T', 'NET', 'OUT', 'DOUT', 'S', 'C', 'H', `'use strict';\nreturn function denseKernel(P, G) {\n${source}\n};`);
  const run = factory(layout.inputs, layout.targets, nets, outs, new Float64Array(units), new Float64Array(SCALARS.length), closures, JS_HELPERS) as DenseKernel;
  return { run, nets, outs, outputOffset: unitOffsets[last]!, source };
}

/** The source of one layer's activations: `in` is the previous layer's offset in OUT (null: the inputs X). */
function forward(layer: DenseLayout['layers'][number], inOff: number | null, off: number, scalar: (t: MathNode) => string): string[] {
  const { size, inSize, offset } = layer;
  const src = inOff === null ? 'X[i]' : `OUT[${inOff} + i]`;
  if (size * (inSize + 1) <= UNROLL) {
    const apply = scalar(layer.apply);
    return range(size).flatMap((j) => {
      const row = offset + j * (inSize + 1);
      const terms = range(inSize).map((i) => `net += P[${row + i}] * ${input(inOff, i)};`);
      return ['net = 0;', ...terms, `net += P[${row + inSize}];`, `NET[${off + j}] = net;`, `OUT[${off + j}] = ${apply};`];
    });
  }
  return [
    `for (let j = 0; j < ${size}; j++) {`,
    `  row = ${offset} + j * ${inSize + 1};`,
    // net = Σ w·x + b, summed in the order the symbolic net adds its terms
    '  net = 0;',
    `  for (let i = 0; i < ${inSize}; i++) net += P[row + i] * ${src};`,
    `  net += P[row + ${inSize}];`,
    `  NET[${off} + j] = net;`,
    `  OUT[${off} + j] = ${scalar(layer.apply)};`,
    '}',
  ];
}

/** E = Σ_k L(t_k, o_k) and ∂E/∂o_k = L'(t_k, o_k) into DOUT. */
function lossLines(layout: DenseLayout, off: number, scalar: (t: MathNode) => string): string[] {
  if (layout.targets.length <= UNROLL) {
    const [term, derivative] = [scalar(layout.lossTerm), scalar(layout.lossDerivative)];
    const lines = range(layout.targets.length).flatMap((k) => [`t = T[${k}]; o = OUT[${off + k}]; net = NET[${off + k}];`, `E += ${term};`, `DOUT[${off + k}] = ${derivative};`]);
    return ['let E = 0;', ...lines];
  }
  return [
    'let E = 0;',
    `for (let k = 0; k < ${layout.targets.length}; k++) {`,
    `  t = T[k]; o = OUT[${off} + k]; net = NET[${off} + k];`,
    `  E += ${scalar(layout.lossTerm)};`,
    `  DOUT[${off} + k] = ${scalar(layout.lossDerivative)};`,
    '}',
  ];
}

/** δ_j = ∂E/∂out_j · f'(net_j); ∂E/∂w_ji = δ_j · x_i; ∂E/∂b_j = δ_j; ∂E/∂x_i = Σ_j δ_j w_ji (not for the inputs). */
function backward(layer: DenseLayout['layers'][number], inOff: number | null, off: number, scalar: (t: MathNode) => string, delta?: (j: string) => string): string[] {
  const { size, inSize, offset } = layer;
  const src = inOff === null ? 'X[i]' : `OUT[${inOff} + i]`;
  const slope = delta ? undefined : scalar(layer.derivative);
  if (size * (inSize + 1) <= UNROLL) {
    const zero = inOff === null ? [] : range(inSize).map((i) => `DOUT[${inOff + i}] = 0;`);
    return [...zero, ...range(size).flatMap((j) => {
      const row = offset + j * (inSize + 1);
      return [
        `net = NET[${off + j}]; out = OUT[${off + j}];`,
        `delta = ${delta ? delta(String(j)) : `DOUT[${off + j}] * ${slope}`};`,
        ...range(inSize).map((i) => `G[${row + i}] = delta * ${input(inOff, i)};`),
        `G[${row + inSize}] = delta;`,
        ...(inOff === null ? [] : range(inSize).map((i) => `DOUT[${inOff + i}] += delta * P[${row + i}];`)),
      ];
    })];
  }
  return [
    ...(inOff === null ? [] : [`for (let i = 0; i < ${inSize}; i++) DOUT[${inOff} + i] = 0;`]),
    `for (let j = 0; j < ${size}; j++) {`,
    `  net = NET[${off} + j]; out = OUT[${off} + j];`,
    `  delta = ${delta ? delta('j') : `DOUT[${off} + j] * ${slope}`};`,
    `  row = ${offset} + j * ${inSize + 1};`,
    `  for (let i = 0; i < ${inSize}; i++) G[row + i] = delta * ${src};`,
    `  G[row + ${inSize}] = delta;`,
    ...(inOff === null ? [] : [`  for (let i = 0; i < ${inSize}; i++) DOUT[${inOff} + i] += delta * P[row + i];`]),
    '}',
  ];
}

/**
 * Layers (and losses) with at most this many weights and biases are written out without loops, each index a number:
 * on a 2-2-2 net the loops' counters and index arithmetic cost about as much as the arithmetic itself. The statements
 * are the loops' own, in the same order, so every value has the same bits.
 */
const UNROLL = 64;

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** Input i of a layer, as generated code reads it: X (the network's inputs) or the previous layer's outputs in OUT. */
const input = (inOff: number | null, i: number): string => (inOff === null ? `X[${i}]` : `OUT[${inOff + i}]`);

/** Whether the tree, or an evaluation twin in it (which the closure computes instead), reads the symbol. */
function treeUses(tree: MathNode, name: string): boolean {
  let found = false;
  tree.traverse((n, path) => {
    if ((n as { isSymbolNode?: boolean }).isSymbolNode && path !== 'fn' && (n as unknown as { name: string }).name === name) found = true;
    const twin = twinOf(n);
    if (twin && treeUses(twin, name)) found = true;
  });
  return found;
}
