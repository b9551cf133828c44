// Every layered fixture's matrix article, and a 12-example batch's, (each convention) compiles with pdflatex and no overfull box: one run for all of them.
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../src/api.js';
import { compileLatex, requireLatex } from '../helpers/latex.js';
import { LAYERED } from '../helpers/matrixOracle.js';

/** Twelve examples: Y is 1 × 12, more columns than amsmath's bmatrix takes (10), and the mean loss is wide. */
const TWELVE = 'test/matrix/fixtures/batch-12-2-1.yaml';

/** The bodies of every article, one after another in one document (its preamble is the article's). */
function allArticles(): string {
  const files = [...LAYERED.map((name) => `fixtures/${name}.yaml`), TWELVE];
  const bodies = files.flatMap((file) => ([undefined, 'ng', 'row-major'] as const).map((notation) => {
    const tex = emit(derive(loadNetwork(file), { form: 'matrix', ...(notation ? { notation } : {}) }), 'tex');
    return tex.slice(tex.indexOf('\\maketitle') + '\\maketitle'.length, tex.indexOf('\\end{document}'));
  }));
  const first = emit(derive(loadNetwork(`fixtures/${LAYERED[0]}.yaml`), { form: 'matrix' }), 'tex');
  return `${first.slice(0, first.indexOf('\\maketitle'))}${bodies.join('\n\\clearpage\n')}\\end{document}\n`;
}

describe('the matrix articles', () => {
  it('compile with no overfull box (every layered fixture and a batch of 12, every convention)', () => {
    if (!requireLatex()) return;
    const r = compileLatex(allArticles(), 'matrix-articles');
    expect(r.ok, r.log.slice(-2000)).toBe(true);
    expect(r.log.match(/Overfull \\hbox[^\n]*/g) ?? []).toEqual([]);
  }, 120_000);
});
