// Display names of graph nodes and derived quantities: the presets live in notations/, one file each.
export { createNotation, identifierName, PRESETS, type DisplayName, type Notation } from './notations/index.js';
