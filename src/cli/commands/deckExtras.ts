// What `derive --format beamer|html` adds to the derivation: the network figure, overlays, and KaTeX's inlined CSS.
import type { EmitExtras, NetworkDefinition } from '../../api.js';
import { drawFigure } from '../../draw/drawFigure.js';
import { graphFigureData, networkFigureData } from '../../draw/figureData.js';
import { DEFAULT_POLICY } from '../../evaluate/numberPolicy.js';
import { readKatexCss } from '../katexCss.js';
import { sectionKey } from '../../emit/beamer.js';
import type { NumberPolicy } from '../../evaluate/numberPolicy.js';

/** For each layer's backward section, the network with the chain rule of its first weight highlighted (Mazur's figures). */
function chainFigures(def: NetworkDefinition, policy: NumberPolicy): Map<string, { param: string; figure: string }> {
  const layers = def.spec.layers ?? [];
  const out = new Map<string, { param: string; figure: string }>();
  layers.forEach((layer, li) => {
    const first = Object.values(layer.neurons)[0];
    const param = first ? Object.keys(first.weights)[0] : undefined;
    if (param === undefined || def.spec.frozen.includes(param)) return;
    const key = li === layers.length - 1 ? sectionKey('output') : sectionKey('hidden', li + 1);
    out.set(key, { param, figure: drawFigure(def, { policy, highlight: param, standalone: false }) });
  });
  return out;
}

export function deckExtras(def: NetworkDefinition, format: 'beamer' | 'html', overlays: boolean): EmitExtras & { css?: string } {
  const policy = { ...DEFAULT_POLICY, decimals: 4 };
  if (format === 'beamer') return { figure: drawFigure(def, { policy, standalone: false }), chainFigures: chainFigures(def, policy), overlays };
  return { figureData: def.spec.layers ? networkFigureData(def) : graphFigureData(def), css: readKatexCss() };
}
