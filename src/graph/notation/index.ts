// The notation registry: createNotation(graph, preset, overrides) names every node, delta and update of a graph.
import type { NotationName } from '../../definition/schema.js';
import type { Graph } from '../types.js';
import { comp9444 } from './comp9444.js';
import { layered } from './layered.js';
import { mazur } from './mazur.js';
import { identifierName, subscriptTex, texWord, type DisplayName, type Notation } from './names.js';
import { plain } from './plain.js';
import type { NotationPreset } from './preset.js';
import { tartu } from './tartu.js';
import { ng } from './ng.js';
import { rowMajor } from './rowMajor.js';

export const PRESETS: Record<NotationName, NotationPreset> = { mazur, layered, comp9444, tartu, plain, ng, 'row-major': rowMajor };

const SUPERSCRIPT_PLUS = '⁺';

/**
 * Names for a graph. `preset` defaults to the graph's own (the file's `notation:`), else mazur; `overrides`
 * (the file's `names:`) rename single nodes in every format. A two-argument call (graph, overrides) still works.
 */
export function createNotation(graph: Graph, preset?: NotationName | Readonly<Record<string, string>>, overrides: Readonly<Record<string, string>> = {}): Notation {
  if (typeof preset === 'object') [preset, overrides] = [undefined, preset];
  const p = PRESETS[preset ?? graph.notation ?? 'mazur'];
  const cache = new Map<string, DisplayName>();
  const node = (id: string): DisplayName => {
    let name = cache.get(id);
    if (!name) {
      const n = graph.nodes.get(id);
      const override = Object.hasOwn(overrides, id) ? overrides[id] : undefined;
      name = override !== undefined ? { tex: texWord(override), text: override } : (n && p.node(n, graph)) || exampleCopyName(id, n ? (n.kind === 'input' ? n.example : undefined) : graph.nodes.get(`net_${id}`)?.example) || identifierName(id);
      cache.set(id, name);
    }
    return name;
  };
  const delta = (netId: string): DisplayName => {
    const n = graph.nodes.get(netId);
    const named = n && p.delta?.(n, graph);
    if (named) return named;
    const unit = n?.unit;
    return unit !== undefined ? { tex: `\\delta_{${subscriptTex(unit)}}`, text: `δ_${unit}` } : { tex: `\\delta_{${node(netId).tex}}`, text: `δ_${netId}` };
  };
  return {
    id: p.id,
    node,
    delta,
    // w_{10}^{(2)} already has a superscript: brace it before adding ⁺
    updated: (param) => ({ tex: node(param).tex.includes('^') ? `{${node(param).tex}}^{+}` : `${node(param).tex}^{+}`, text: `${node(param).text}${SUPERSCRIPT_PLUS}` }),
    eta: { tex: '\\eta', text: 'η' },
    ...(p.adjoint ? { adjoint: (id: string) => (graph.nodes.has(id) && overrides[id] === undefined ? p.adjoint!(graph.nodes.get(id)!, graph) : undefined) } : {}),
  };
}

/** An example's copy of an input or a unit (x1_e2, o1_e2), named as its nodes are: x_{1,e2} beside net_{o1,e2}. */
function exampleCopyName(id: string, example: number | undefined): DisplayName | undefined {
  const suffix = `_e${example}`;
  if (example === undefined || !id.endsWith(suffix)) return undefined;
  const base = identifierName(id.slice(0, -suffix.length)).tex;
  const sub = /_\{([^{}]*)\}$/.exec(base);
  return { tex: sub ? `${base.slice(0, sub.index)}_{${sub[1]},e${example}}` : `${base}_{e${example}}`, text: id };
}

export { identifierName, type DisplayName, type Notation };
