// Compiles LaTeX with pdflatex (no shell escape) for tests; says it skipped when TeX is missing, fails in CI.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const hasPdflatex = spawnSync('pdflatex', ['--version'], { encoding: 'utf8' }).status === 0;

/** In CI the compile tests must run: a missing pdflatex is a failure there, a skip elsewhere. */
export function requireLatex(): boolean {
  if (hasPdflatex) return true;
  if (process.env.CI === 'true') throw new Error('pdflatex is missing in CI: .ci/run must install TeX Live');
  console.warn('skipped: pdflatex is not installed');
  return false;
}

export interface CompileResult {
  ok: boolean;
  pdf: string;
  log: string;
}

export function compileLatex(source: string, name = 'doc'): CompileResult {
  const dir = mkdtempSync(join(tmpdir(), 'bptex-latex-'));
  writeFileSync(join(dir, `${name}.tex`), source);
  const r = spawnSync('pdflatex', ['-no-shell-escape', '-interaction=nonstopmode', '-halt-on-error', `${name}.tex`], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  const pdf = join(dir, `${name}.pdf`);
  return { ok: r.status === 0 && existsSync(pdf), pdf, log: r.stdout };
}

/** compileLatex without blocking the worker, so several documents compile at once (one pdflatex per core). */
export function compileLatexAsync(source: string, name = 'doc'): Promise<CompileResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bptex-latex-'));
  writeFileSync(join(dir, `${name}.tex`), source);
  return new Promise((resolve) => {
    const child = spawn('pdflatex', ['-no-shell-escape', '-interaction=nonstopmode', '-halt-on-error', `${name}.tex`], { cwd: dir, timeout: 120_000 });
    let log = '';
    child.stdout.on('data', (b: Buffer) => void (log += b.toString('utf8')));
    child.on('close', (status) => {
      const pdf = join(dir, `${name}.pdf`);
      resolve({ ok: status === 0 && existsSync(pdf), pdf, log });
    });
  });
}

/** Share of non-white pixels of one PDF page rendered by pdftoppm (grey PPM, 40 dpi). */
export function pageInk(pdf: string, page = 1): number {
  const r = spawnSync('pdftoppm', ['-r', '40', '-gray', '-f', String(page), '-l', String(page), pdf], { maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr.toString()}`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(r.stdout.subarray(0, 40).toString('latin1'))!;
  let ink = 0;
  for (const p of r.stdout.subarray(header[0].length)) if (p < 200) ink++;
  return ink / (r.stdout.length - header[0].length);
}
