// An --out name that says another format (notes.pdf, --format md --out notes.tex) is refused before anything is written.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { checkOutName, formatOfOut } from '../../src/cli/outName.js';

const MAZUR = join(ROOT, 'fixtures/mazur-2-2-2.yaml');

describe('the --out name', () => {
  it('gives the format when --format is not given, and only a format the command writes', () => {
    expect(formatOfOut('notes.md', ['tex', 'md'] as const)).toBe('md');
    expect(formatOfOut('NOTES.HTM', ['tex', 'html'] as const)).toBe('html');
    expect(formatOfOut('notes.json', ['tex', 'md'] as const)).toBeUndefined();
    expect(formatOfOut('-', ['tex'] as const)).toBeUndefined();
  });

  it('is kept when it agrees, has no extension or one of no format', () => {
    for (const [out, format] of [['a.tex', 'tex'], ['deck.tex', 'beamer'], ['a', 'md'], ['a.out', 'json'], ['-', 'html'], ['a.markdown', 'md']] as const) {
      expect(() => checkOutName(out, format, 'derive')).not.toThrow();
    }
  });

  it('is refused when it names a rendered file or another format, with the name to use', () => {
    expect(() => checkOutName('out/notes.pdf', 'tex', 'derive')).toThrow('--out out/notes.pdf: derive writes LaTeX, not a PDF file; name it out/notes.tex and compile it (pdflatex notes.tex)');
    expect(() => checkOutName('fig.svg', 'tex', 'draw')).toThrow('not an SVG file; name it fig.tex');
    expect(() => checkOutName('notes.tex', 'md', 'derive')).toThrow('--out notes.tex: the name says LaTeX but derive writes Markdown here; name it notes.md, or give --format tex');
    expect(() => checkOutName('page.png', 'html', 'derive')).toThrow('derive writes HTML, not a PNG file; name it page.html');
  });

  it('stops the command with exit 2 and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bptex-out-'));
    const r = await runCli(['derive', MAZUR, '--out', join(dir, 'notes.pdf')], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('derive writes LaTeX, not a PDF file');
    expect(existsSync(join(dir, 'notes.pdf'))).toBe(false);
    expect(existsSync(join(dir, 'notes.tex'))).toBe(false);
  });
});
