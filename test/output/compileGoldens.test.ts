// Every committed .tex golden of the output tests compiles with pdflatex; a deck page and the diagram render non-blank.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileLatexAsync, requireLatex, type CompileResult } from '../helpers/latex.js';
import { golden } from './trainFixtures.js';

const texGoldens = readdirSync(golden('.')).filter((f) => f.endsWith('.tex') && !f.includes('fragment'));
const hasLatex = requireLatex();

/** Renders one PDF page with pdftoppm (grey PPM) and returns the share of pixels that are not white. */
export function inkShare(pdf: string, page = 1): number {
  const r = spawnSync('pdftoppm', ['-r', '40', '-gray', '-f', String(page), '-l', String(page), pdf], { maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr.toString()}`);
  const data = r.stdout;
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 40).toString('latin1'))!;
  const pixels = data.subarray(header[0].length);
  let ink = 0;
  for (const p of pixels) if (p < 200) ink++;
  return ink / pixels.length;
}

describe.runIf(hasLatex)('pdflatex on the output goldens', () => {
  // Each golden compiles once, two at a time (the machine's two cores); the page checks read the same PDFs.
  const compiled = new Map<string, CompileResult>();
  beforeAll(async () => {
    const queue = [...texGoldens];
    const worker = async (): Promise<void> => {
      for (let name = queue.shift(); name; name = queue.shift()) compiled.set(name, await compileLatexAsync(readFileSync(golden(name), 'utf8'), name.replace(/\.tex$/, '')));
    };
    await Promise.all([worker(), worker()]);
  }, 300_000);
  it.each(texGoldens)('compiles %s', (name) => {
    const result = compiled.get(name)!;
    expect(result.ok, result.log.split('\n').filter((l) => l.startsWith('!')).join('\n')).toBe(true);
  });
  it.each(['mazur-network.tex', 'mazur-deck.tex'].filter((n) => texGoldens.includes(n)))('renders the first page of %s non-blank', (name) => {
    const result = compiled.get(name)!;
    expect(result.ok).toBe(true);
    const share = inkShare(result.pdf, name === 'mazur-deck.tex' ? 2 : 1);
    expect(share).toBeGreaterThan(0.002);
  });
});
