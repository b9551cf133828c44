// The library API for a browser page (the playground): the package API without file access, plus what a live page draws.
import { chainEdges, graphFigureData, networkFigureData, type FigureData } from './draw/figureData.js';
import type { NetworkDefinition } from './definition/loadDefinition.js';
import type { NumberPolicy } from './evaluate/numberPolicy.js';
import { htmlFigure } from './draw/htmlFigure.js';

export { parseNetwork, derive, emit } from './api.js';
export type { DeriveOptions, Format, NetworkDefinition, DerivationDocument, NumberPolicy, EmitExtras } from './api.js';
export { verify, presentationExtras } from './api.js';
export type { VerifyReport, LocatedClaim, Verdict } from './api.js';
export { InputError, NumericError } from './api/errors.js';
export { pageSections, type PageSection, type PageBlock } from './emit/pageSections.js';
export { networkJsonSchema } from './definition/jsonSchema.js';
export type { FigureData };

/** What the figure of a file shows: the network (layers) or the computational graph (graph files). */
export function figureOf(def: NetworkDefinition): FigureData {
  return def.spec.layers ? networkFigureData(def) : graphFigureData(def);
}

/** The figure as HTML (SVG edges, KaTeX labels); each edge carries data-edge (its index) and data-param. */
export function figureHtml(data: FigureData, policy: NumberPolicy): string {
  return htmlFigure(data, policy);
}

/** Indices in data.edges of the edges on the chain rule of one parameter (its own edges and all downstream). */
export function chainOf(data: FigureData, param: string): number[] {
  const on = chainEdges(data, param);
  return data.edges.flatMap((e, i) => (on.has(e) ? [i] : []));
}
