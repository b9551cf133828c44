// Headings of the derivation's sections, as the tutorials word them.
import type { Section } from '../derive/layout.js';
import type { DerivationDocument } from '../evaluate/derivationDocument.js';

export function sectionTitle(section: Section, hiddenLayers: number): string {
  switch (section.id) {
    case 'index': return 'The general form (index notation)';
    case 'forward': return 'The forward pass';
    case 'error': return 'The total error';
    case 'output': return 'The backward pass: output layer';
    case 'hidden': return hiddenLayers > 1 ? `The backward pass: hidden layer ${section.layer}` : 'The backward pass: hidden layer';
    case 'shared': return 'The backward pass: shared parameters';
    case 'backward': return 'The backward pass';
    case 'updates': return 'The updated weights';
    case 'after': return 'After the update';
    default: {
      const never: never = section.id;
      throw new Error(`unknown section ${String(never)}`);
    }
  }
}

/** Hidden layers of the document's network: with more than one, the hidden sections are numbered. */
export function hiddenLayerCount(doc: DerivationDocument): number {
  return Math.max(0, doc.derivation.graph.layers.length - 2);
}
