// What `derive --format beamer|html` adds to the derivation: the network figure, overlays, and KaTeX's inlined CSS.
import type { EmitExtras, NetworkDefinition } from '../../api.js';
import { drawFigure } from '../../draw/drawFigure.js';
import { graphFigureData, networkFigureData } from '../../draw/figureData.js';
import { DEFAULT_POLICY } from '../../evaluate/numberPolicy.js';
import { readKatexCss } from '../katexCss.js';

export function deckExtras(def: NetworkDefinition, format: 'beamer' | 'html', overlays: boolean): EmitExtras & { css?: string } {
  if (format === 'beamer') return { figure: drawFigure(def, { policy: { ...DEFAULT_POLICY, decimals: 4 }, standalone: false }), overlays };
  return { figureData: def.spec.layers ? networkFigureData(def) : graphFigureData(def), css: readKatexCss() };
}
