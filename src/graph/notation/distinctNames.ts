// Two nodes that print the same (w1 and w_1 both as w_{1}) would make every printed line ambiguous: refuse the pair.
import { InputError, type SourceLocation } from '../../util/errors.js';
import type { Graph } from '../types.js';
import { identifierName, type Notation } from './names.js';

/** Throws at the second of two nodes whose LaTeX names are equal, naming the first with its position. */
export function checkDistinctNames(graph: Graph, notation: Notation, locate: (path: readonly (string | number)[]) => SourceLocation, renamed: ReadonlySet<string> = new Set()): void {
  const seen = new Map<string, string>();
  for (const [id, node] of graph.nodes) {
    // Only the names the file writes (inputs, parameters, targets, graph nodes): a preset's positional names
    // (layered w_{111}^{(2)} for j = 11, k = 1 and j = 1, k = 11) are the notation's own matter.
    if (node.kind !== 'input' && node.kind !== 'param' && node.kind !== 'target' && node.kind !== 'expr') continue;
    const tex = renamed.has(id) ? notation.node(id).tex : identifierName(id).tex;
    const first = seen.get(tex);
    if (first === undefined) {
      seen.set(tex, id);
      continue;
    }
    const at = (node: string): SourceLocation => locate(graph.nodes.get(node)?.source ?? []);
    const firstAt = at(first);
    const where = firstAt.line !== undefined ? ` at ${firstAt.line}:${firstAt.col ?? 1}` : '';
    throw new InputError(`'${id}' prints as ${tex}, like '${first}'${where}: rename one of them`, at(id));
  }
}

/**
 * Throws at the second of two nodes that the chosen notation prints alike, whoever named them (tartu's a_{1} for the
 * activation of h1 and a parameter the file calls a1): every line with that name would be ambiguous, and verify would
 * read a document of it as wrong.
 */
export function checkNotationNames(graph: Graph, notation: Notation, locate: (path: readonly (string | number)[]) => SourceLocation): void {
  const seen = new Map<string, string>();
  for (const id of graph.nodes.keys()) {
    const tex = notation.node(id).tex;
    const first = seen.get(tex);
    if (first === undefined) {
      seen.set(tex, id);
      continue;
    }
    const at = (node: string): SourceLocation => locate(graph.nodes.get(node)?.source ?? []);
    throw new InputError(`'${id}' and '${first}' both print as ${tex} in the ${notation.id} notation: rename one (names: in the file) or choose another notation`, at(id));
  }
}
