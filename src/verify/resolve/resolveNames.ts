// The resolve stage of verify: every name of a document bound to a quantity of the network by an ordered table of rules.
import { iteration } from './rules/iteration.js';
import { documentCount } from './rules/documentCount.js';
import type { NetworkView } from '../network/networkView.js';
import type { ReadDocument } from '../read/readDocument.js';
import { BindingTable } from './bindingTable.js';
import { inferNames, inferNamesLate } from './inference/inferNames.js';
import { createRuleContext, type NameRule } from './nameRule.js';
import { caseFold } from './rules/caseFold.js';
import { customaryLetter } from './rules/customaryLetter.js';
import { engineName, eulerConstant, pinned } from './rules/engineName.js';
import { layerTag } from './rules/layerTag.js';
import { gluedName } from './rules/gluedName.js';
import { indexBase } from './rules/indexBaseShift.js';
import { splitName, splitParameters } from './rules/splitName.js';
import { lossLetter } from './rules/lossLetter.js';
import { errorWord } from './rules/errorWord.js';
import { customaryTarget, customaryWord } from './rules/customaryWord.js';
import { gradientWord } from './rules/gradientWord.js';
import { substitutedDefinition } from './rules/substitutedDefinition.js';
import { substitutedUpdate } from './rules/substitutedUpdate.js';
import { unitName } from './rules/unitName.js';
import { letterIndex } from './rules/letterIndex.js';
import { unitPair } from './rules/unitPair.js';
import { layerRole } from './rules/layerRole.js';
import { lossTerm } from './rules/lossTerm.js';
import { listedWeights } from './rules/listedWeights.js';
import { roleWord } from './rules/roleWord.js';
import { updateWord, updateWordLate } from './rules/updateWord.js';
import { trainingWord } from './rules/trainingWord.js';
import { layerIndex } from './rules/layerIndex.js';
import { layerMatrix, layerMatrixByFormulas } from './rules/layerMatrix.js';
import { layerSubscript } from './rules/layerSubscript.js';
import { changeOf } from './rules/changeOf.js';
import { batchMatrix } from './rules/batchMatrix.js';
import { derivativeOfNames } from './rules/derivativeOfNames.js';
import { printedFamily } from './rules/printedFamily.js';
import { unitFamily } from './rules/unitFamily.js';
import { batchFamily } from './rules/batchFamily.js';
import { optimizerState } from './rules/optimizerState.js';
import { optimizerConstant } from './rules/optimizerConstant.js';
import { stateGradient } from './rules/stateGradient.js';
import { conventionCheck } from './rules/conventionCheck.js';

/**
 * The rules in the order they bind names; a name keeps the first binding. The network's own names come first, so
 * a document written in them means exactly them; then the conventions that need no formula; last, the names a
 * document defines in its own notation (inference).
 */
// layer-index runs before engine-name: a layered network's own a^{(2)} counts the inputs as layer 1, and a document
// that counts them as layer 0 (its printed values say so) must not be read in the network's convention.
export const RULES: readonly NameRule[] = [pinned, layerIndex, layerMatrix, batchMatrix, indexBase, engineName, gluedName, layerTag, conventionCheck, eulerConstant, unitName, letterIndex, unitPair, layerRole, lossTerm, listedWeights, lossLetter, caseFold, splitParameters, optimizerConstant, customaryLetter, roleWord, updateWord, layerSubscript, customaryTarget, substitutedDefinition, printedFamily, unitFamily, errorWord, derivativeOfNames, iteration, optimizerState, stateGradient, substitutedUpdate, inferNames, customaryWord, gradientWord, layerMatrixByFormulas, updateWordLate, trainingWord, documentCount, inferNamesLate, unitFamily, batchFamily, derivativeOfNames, splitName, changeOf];

export function resolveNames(read: ReadDocument, net: NetworkView, pins: ReadonlyMap<string, string> = new Map()): BindingTable {
  const table = new BindingTable();
  const ctx = createRuleContext(net, read, pins);
  for (const rule of RULES) rule.apply(table, ctx);
  return table;
}
