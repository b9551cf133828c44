// The teaching API: fill a worksheet's blanks, write question and solution sheets, per-student variants, and marking.
export { fillDocument as fill, type FillOptions, type FillResult, type FilledBlank, type LeftBlank } from '../teach/fill.js';
export { makeWorksheet as worksheet, categoryOf, CATEGORIES as WORKSHEET_CATEGORIES, SHEET_FORMATS, type Worksheet, type WorksheetOptions, type SheetFormat, type BlankMode, type Category, type SheetAnswer } from '../teach/worksheet.js';
