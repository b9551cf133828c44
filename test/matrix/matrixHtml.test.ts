// The matrix form on the HTML page (KaTeX bmatrix, wide results split by columns), and the options it cannot print refused.
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../src/api.js';
import { matrixSectionsRows } from '../../src/emit/matrix/matrixTexBody.js';
import { HTML_PAGE } from '../../src/emit/matrix/matrixHtml.js';
import { runCli } from '../helpers/cli.js';

const DENSE = 'test/matrix/fixtures/dense-4-12-12-3.yaml';

describe('derive --form matrix --format html', () => {
  it('typesets each matrix equation with KaTeX under the section headings', () => {
    const html = emit(derive(loadNetwork('fixtures/mazur-2-2-2.yaml'), { form: 'matrix' }), 'html');
    expect(html.match(/<h2>[^<]*<\/h2>/g)).toEqual(['<h2>The forward pass</h2>', '<h2>The error</h2>', '<h2>The backward pass: output layer</h2>', '<h2>The backward pass: hidden layer</h2>', '<h2>After the update</h2>']);
    expect(html.match(/<div class="eq">/g)).toHaveLength(19);
    // δ^(2)'s numbers, as KaTeX sets them
    expect(html).toContain('0.138498562');
    expect(html).not.toContain('katex-error');
  });

  it('prints all 12 rows of a 12 × 12 weight matrix, and a result wider than the page as column blocks', () => {
    const rows = matrixSectionsRows(derive(loadNetwork(DENSE), { form: 'matrix' }), HTML_PAGE).flatMap((s) => s.rows);
    const update = rows.find((r) => r.startsWith('{W^{(2)}}^{+}'))!;
    expect(update).toContain('\\left({W^{(2)}}^{+}\\right)_{:,1:');
    const forward = rows.find((r) => r.startsWith('z^{(2)}'))!;
    expect(forward.match(/\\begin\{bmatrix\}(.*?)\\end\{bmatrix\}/)![1]!.split('\\\\')).toHaveLength(12);
  });
});

describe('derive --form matrix refuses what it cannot print', () => {
  it.each([
    [['--exact'], '--exact lists every quantity one a line, not the matrix form'],
    [['--only', 'w5'], '--only chooses scalar equations, which the matrix form does not print: drop it or --form matrix'],
    [['--delta-w'], '--delta-w chooses scalar equations'],
    [['--after-update', 'all'], '--after-update all chooses scalar equations'],
  ])('%s: one line, exit 2, nothing written', async (extra, message) => {
    const r = await runCli(['derive', 'fixtures/mazur-2-2-2.yaml', '--form', 'matrix', '--out', '-', ...extra]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });

  it.each(['tex', 'md', 'txt', 'json', 'beamer', 'html'])('prints the matrix form in %s', async (format) => {
    const r = await runCli(['derive', 'fixtures/mazur-2-2-2.yaml', '--form', 'matrix', '--format', format, '--out', '-']);
    expect(r.status).toBe(0);
    // W^(2)⁺'s first entry, only the matrix form's update line prints it beside the δ of the output layer
    expect(r.stdout).toContain('0.3589164');
    expect(r.stdout).toMatch(/bmatrix|⎡|"matrixForm"|katex/);
  });
});
