// The figure of a network file: a TikZ network for layered files, the computational graph for graph files.
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import { standaloneDocument } from '../util/standaloneDocument.js';
import { graphFigureData, networkFigureData } from './figureData.js';
import { figureTikz, type FigureOptions } from './networkFigure.js';

export function drawFigure(def: NetworkDefinition, opts: FigureOptions & { standalone?: boolean }): string {
  const data = def.spec.layers ? networkFigureData(def) : graphFigureData(def);
  if (opts.highlight && !data.edges.some((e) => e.param === opts.highlight || e.from === opts.highlight)) {
    throw new RangeError(`--highlight names '${opts.highlight}', which is on no edge of the figure`);
  }
  const tikz = figureTikz(data, opts);
  return opts.standalone === false ? tikz : standaloneDocument(tikz);
}
