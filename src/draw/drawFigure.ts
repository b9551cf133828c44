// The figure of a network file: a TikZ network for layered files, the computational graph for graph files.
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import { standaloneDocument } from '../util/standaloneDocument.js';
import { graphFigureData, networkFigureData, type FigureData } from './figureData.js';
import { figureTikz, type FigureOptions } from './networkFigure.js';

export function drawFigure(def: NetworkDefinition, opts: FigureOptions & { standalone?: boolean }): string {
  const data = def.spec.layers ? networkFigureData(def) : graphFigureData(def);
  if (opts.highlight !== undefined) checkHighlight(data, opts.highlight);
  const tikz = figureTikz(data, opts);
  return opts.standalone === false ? tikz : standaloneDocument(tikz);
}

/** A highlight names a parameter or node the figure draws an edge from; anything else is a mistake, not a silent no-op. */
function checkHighlight(data: FigureData, name: string): void {
  if (data.edges.some((e) => e.param === name || e.from === name)) return;
  const names = [...new Set(data.edges.map((e) => e.param ?? e.from))];
  const shown = names.length > 12 ? `${names.slice(0, 12).join(', ')}, …` : names.join(', ');
  throw new RangeError(`--highlight names '${name}', which is not a parameter or node of the ${data.kind} (${shown})`);
}
