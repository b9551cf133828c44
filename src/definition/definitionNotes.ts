// Notes on a network file that is valid but surely not what its author meant (a softmax over one unit): said, never refused.
import type { NetworkDefinition } from './loadDefinition.js';
import { formatLocated } from '../util/errors.js';

/** One line per note, located at the field it is about (`net.yaml:7:17: …`). */
export function definitionNotes(def: NetworkDefinition): string[] {
  const notes: string[] = [];
  (def.spec.layers ?? []).forEach((layer, i) => {
    if (layer.activation === 'softmax' && Object.keys(layer.neurons).length === 1) {
      notes.push(formatLocated('a softmax over one unit is 1 whatever its input, so every gradient through it is 0 (one unit with two classes is a sigmoid)', def.locate(['layers', i, 'activation'])));
    }
  });
  return notes;
}
