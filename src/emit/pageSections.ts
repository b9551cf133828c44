// The derivation as data for a live page: section titles, blocks of aligned TeX rows, and which parameters each block derives.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { renderSides } from './renderEquation.js';
import { hiddenLayerCount, sectionTitle } from './sectionTitle.js';
import { texRows } from './tex.js';
import { sectionNote } from './equationNote.js';

export interface PageBlock {
  /** The unit or node the block is about, with its TeX name. */
  subject?: { id: string; tex: string };
  /** Parameters whose gradient ∂E/∂p is derived in this block (a click on p's edge scrolls here). */
  params: string[];
  /** One entry per equation: its `aligned` rows, exactly as the .tex output prints them. */
  rows: string[];
}

export interface PageSection {
  title: string;
  /** Prose with $…$ math said once before the blocks (why a fused δ is out − target). */
  note?: string;
  blocks: PageBlock[];
}

/** The sections of the .tex output as data; the page typesets each block with KaTeX. */
export function pageSections(doc: DerivationDocument): PageSection[] {
  const ctx = { derivation: doc.derivation, notation: doc.notation, valuation: doc.valuation };
  const trainable = new Set(doc.derivation.graph.trainable);
  return doc.layout.sections.map((section) => ({
    title: sectionTitle(section, hiddenLayerCount(doc)),
    ...(sectionNote(section, 'tex') ? { note: sectionNote(section, 'tex') } : {}),
    blocks: section.blocks.filter((b) => b.equations.length > 0).map((block): PageBlock => {
      const params = new Set<string>();
      for (const eq of block.equations) {
        const [kind, node] = eq.lhs.split('$');
        if (kind === 'g' && node !== undefined && trainable.has(node)) params.add(node);
      }
      return {
        ...(block.subject !== undefined ? { subject: { id: block.subject, tex: doc.notation.node(block.subject).tex } } : {}),
        params: [...params],
        rows: block.equations.map((eq) => texRows(renderSides(eq, ctx, 'tex'))),
      };
    }),
  }));
}
