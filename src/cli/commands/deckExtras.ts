// What `derive --format beamer|html` adds to the derivation: the network figure, overlays, and KaTeX's inlined CSS.
import type { EmitExtras, NetworkDefinition } from '../../api.js';
import { deckFigures } from '../../draw/deckFigures.js';
import { graphFigureData, networkFigureData } from '../../draw/figureData.js';
import { readKatexCss } from '../katexCss.js';

export function deckExtras(def: NetworkDefinition, format: 'beamer' | 'html', overlays: boolean): EmitExtras & { css?: string } {
  if (format === 'beamer') return { ...deckFigures(def), overlays };
  return { figureData: def.spec.layers ? networkFigureData(def) : graphFigureData(def), css: readKatexCss() };
}
