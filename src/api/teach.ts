// The teaching API: fill a worksheet's blanks, write question and solution sheets, per-student variants, and marking.
export { fillDocument as fill, type FillOptions, type FillResult, type FilledBlank, type LeftBlank } from '../teach/fill.js';
