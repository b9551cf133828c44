// The name of an entry of a named matrix or vector as the page would write it: W^{(1)} → W_{12}^{(1)}, a^{(1)} → a_2^{(1)}, W^T → W_{ji}, initial_weights → initial_weights_2.
import { SymbolNode, type MathNode } from '../../util/mathjs.js';
import { canonicalKey, parseCanonicalKey } from './canonicalName.js';
import { entrySubscript, NO_INDEX_BASE, type IndexBase } from './indexBase.js';
import { cannot, elementShape, splitTranspose, type Shape } from './matrixShapes.js';

const SNAKE_CASE = /^[A-Za-z]{2,}(?:_[A-Za-z]{2,})+$/;

/** The name of entry (i, j) of a named matrix or vector: W^{(1)} → W_{12}^{(1)}, a^{(1)} → a_2^{(1)}, W^T → W_{ji}. */
export function elementName(name: string, shape: Shape, i: number, j: number, base: IndexBase = NO_INDEX_BASE): MathNode {
  const { key, transposed } = splitTranspose(name);
  if (transposed) return elementName(key, elementShape(shape), j, i, base);
  const parts = parseCanonicalKey(name);
  // z_1 printed as a vector on a page that writes its entries z_1[0], z_1[1] (read z_0^{(1)}, z_1^{(1)}): counted as those are
  const asLayer = parts.sub !== '' && parts.layer === '' && !SNAKE_CASE.test(name) ? canonicalKey({ ...parts, sub: '', layer: parts.sub }) : name;
  const sub = entrySubscript(base, asLayer, shape!.rows, shape!.cols, i, j);
  if (parts.sub === '') return new SymbolNode(canonicalKey({ ...parts, sub }));
  // a name of words (initial_weights, mse_values, as code writes it) is the vector's name whole: initial_weights_2
  if (SNAKE_CASE.test(name)) return new SymbolNode(`${name}_${sub}`);
  // W_1, z_2 as matrices: the subscript is the layer (W_1 → W_{12}^{(1)}); after a layer, a word (W^{[2]}_{new}) follows the index
  if (parts.layer !== '') return /^[A-Za-z]{2,}$/.test(parts.sub) ? new SymbolNode(canonicalKey({ ...parts, sub: sub + parts.sub })) : cannot(`${name} already has a subscript and a layer, so its entries have no names`);
  return new SymbolNode(canonicalKey({ ...parts, sub, layer: parts.sub }));
}

