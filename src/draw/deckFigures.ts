// What a beamer deck shows beside the derivation: the network figure and, per backward section, the chain rule of its first weight.
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import { sectionKey } from '../emit/beamer.js';
import { DEFAULT_POLICY, type NumberPolicy } from '../evaluate/numberPolicy.js';
import { drawFigure } from './drawFigure.js';

/** The deck's figures (4 decimals on the edges), as `derive --format beamer` passes them to emit. */
export function deckFigures(def: NetworkDefinition): { figure: string; chainFigures: Map<string, { param: string; figure: string }> } {
  const policy = { ...DEFAULT_POLICY, decimals: 4 };
  return { figure: drawFigure(def, { policy, standalone: false }), chainFigures: chainFigures(def, policy) };
}

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
