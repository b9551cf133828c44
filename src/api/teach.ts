// The teaching API: fill a worksheet's blanks, write question and solution sheets, per-student variants, and marking.
export { fillDocument as fill, type FillOptions, type FillResult, type FilledBlank, type LeftBlank } from '../teach/fill.js';
export { makeWorksheet as worksheet, categoryOf, CATEGORIES as WORKSHEET_CATEGORIES, SHEET_FORMATS, type Worksheet, type WorksheetOptions, type SheetFormat, type BlankMode, type Category, type SheetAnswer } from '../teach/worksheet.js';
export { parseRoster, keyCsv, keyJson } from '../teach/roster.js';
export { type Variant, type Student } from '../teach/variants.js';

import type { NetworkDefinition } from '../definition/loadDefinition.js';
import { makeVariants, type VariantOptions, type Variant } from '../teach/variants.js';
import { derive } from '../api.js';

/** Per-student variants of a network: nice parameters on a grid, checked, with question and solution sheets at `decimals`. */
export function variants(def: NetworkDefinition, options: Omit<VariantOptions, 'derive'> & { decimals?: number }): Variant[] {
  const policy = { decimals: options.decimals ?? 4 };
  return makeVariants(def, { ...options, derive: (d) => derive(d, { policy }) });
}
export { gradeSheet, keyOfSheet, feedbackText, type BlankMark, type KeyRow, type Mark, type GradeOptions } from '../teach/grade.js';
export { parseCsv } from '../teach/roster.js';
export { moodleQuiz } from '../teach/moodle.js';
export { qtiPackage, qtiItem, qtiManifest } from '../teach/qti.js';
export { feedbackSheet, type FeedbackFormat } from '../teach/feedbackSheet.js';
