// A neuron or target of one example in a batch, named as its entry of the batch matrix (Z_{12}^{[1]}: unit 1, example 2).
import type { GraphNode } from '../types.js';
import type { DisplayName } from './names.js';

const BASE: Partial<Record<GraphNode['kind'], string>> = { net: 'Z', activation: 'A', target: 'Y' };

/**
 * The entry's name when the node belongs to an example, else undefined. `layer` is the notation's superscript
 * ('[1]' or '(1)'); examples are columns (Ng: the unit is the row) or rows (row-major: the example is the row). Lower-case
 * z_1^{[1]} of two examples would print alike, so the ng and row-major presets use the matrix's own entries instead.
 */
export function batchEntry(node: GraphNode, examplesAsColumns: boolean, layer?: (l: number) => string, named?: { tex: string; text: string }): DisplayName | undefined {
  const base = named ?? (BASE[node.kind] && { tex: BASE[node.kind]!, text: BASE[node.kind]! });
  if (!base || node.example === undefined || node.index === undefined) return undefined;
  const [row, col] = examplesAsColumns ? [node.index, node.example] : [node.example, node.index];
  const sep = row > 9 || col > 9 ? ',' : '';
  const sup = node.kind !== 'target' && node.layer !== undefined && layer ? layer(node.layer) : '';
  return { tex: `${base.tex}_{${row}${sep}${col}}${sup ? `^{${sup}}` : ''}`, text: `${base.text}_${row}${sep}${col}${sup ? `^${sup}` : ''}` };
}

/**
 * A name of one example's unit for presets with no batch matrix: the example joins the subscript (s_{1} → s_{1,e2},
 * s → s_{e2}), placed before any superscript. Undefined example: the name as it is.
 */
export function withExampleIndex(name: DisplayName, example: number | undefined): DisplayName {
  if (example === undefined) return name;
  const add = (s: string, open: string, close: string, sep: string): string => {
    const sup = s.indexOf('^');
    const [base, rest] = sup < 0 ? [s, ''] : [s.slice(0, sup), s.slice(sup)];
    const sub = base.lastIndexOf(`_${open}`);
    return sub >= 0 && base.endsWith(close) ? `${base.slice(0, -close.length || undefined)}${sep}e${example}${close}${rest}` : `${base}_${open}e${example}${close}${rest}`;
  };
  return { tex: add(name.tex, '{', '}', ','), text: `${name.text}_e${example}` };
}
