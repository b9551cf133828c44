// Every seed fixture's LaTeX compiles with pdflatex (skipped with a message where TeX is missing, outside CI).
import { describe, expect, it } from 'vitest';
import { emit } from '../../src/api.js';
import { compileLatex, requireLatex } from '../helpers/latex.js';
import { SEED_FIXTURES, seedDocument } from './seedFixtures.js';

describe.runIf(requireLatex())('pdflatex', () => {
  it.each(SEED_FIXTURES)('compiles the .tex of fixtures/%s.yaml', (name, options) => {
    const result = compileLatex(emit(seedDocument(name, options), 'tex'), name);
    expect(result.ok, result.log.slice(-2000)).toBe(true);
  }, 120_000);
});
