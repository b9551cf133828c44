// Plain Unicode for the terminal: headings underlined, one equation per line.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { hiddenLayerCount } from './sectionTitle.js';
import { renderSides } from './renderEquation.js';
import { roundsTable, textTable } from './roundsTable.js';
import { sectionTitle } from './sectionTitle.js';
import { sectionNote } from './equationNote.js';
import { matrixTextBody } from './matrix/matrixTextBody.js';
import { OPTIMIZER_NAMES } from '../definition/optimizerSettings.js';
import { miniBatchLines, miniBatchTitle } from './miniBatchSteps.js';

export function emitText(doc: DerivationDocument): string {
  const ctx = { derivation: doc.derivation, notation: doc.notation, valuation: doc.valuation };
  const clean = doc.title.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  const out = [clean, '='.repeat(Math.min(clean.length, 78)), ...(doc.matrix ? matrixTextBody(doc) : [])];
  for (const section of doc.layout.sections) {
    const title = sectionTitle(section, hiddenLayerCount(doc));
    out.push('', title, '-'.repeat(title.length));
    const note = sectionNote(section, 'text');
    if (note) out.push('', note);
    for (const block of section.blocks) {
      if (block.equations.length) out.push('');
      for (const eq of block.equations) out.push(renderSides(eq, ctx, 'text').join(' = '));
    }
  }
  const table = roundsTable(doc, 'text');
  if (table) out.push('', roundsTitle(doc), '-'.repeat(roundsTitle(doc).length), '', ...textTable(table));
  if (doc.steps?.length) out.push('', miniBatchTitle(doc), '-'.repeat(miniBatchTitle(doc).length), '', ...miniBatchLines(doc));
  out.push('');
  return out.join('\n');
}

export function roundsTitle(doc: DerivationDocument): string {
  const rule = doc.derivation.optimizer ? OPTIMIZER_NAMES[doc.derivation.graph.optimizer!.type] : 'Gradient descent';
  return `${rule}, ${doc.rounds!.length} rounds (η = ${doc.valuation.exact('eta')})`;
}
