// The hostile corpus: each file gives its one expected error line, or output in which nothing from the file runs as TeX or HTML.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../src/api.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { compileBatch, type BatchDocument } from '../helpers/batchLatex.js';
import { requireLatex } from '../helpers/latex.js';

const CORPUS = join(ROOT, 'test', 'hostile', 'corpus');
const ALLOWED = 'exp, log, sqrt, tanh, sinh, cosh, sin, cos, sigmoid, square, max, min, abs, sign, relu, leaky_relu, step, clip, heaviside, clamp';

/** [file, extra flags, expected stderr after 'file:'] */
const ERRORS: [string, string[], string][] = [
  ['formula-import.yaml', [], `6:17: the function 'import' is not allowed (allowed: ${ALLOWED}) (layers[0].activation)`],
  ['formula-createUnit.yaml', [], `4:6: the function 'createUnit' is not allowed (allowed: ${ALLOWED}) (graph.y)`],
  ['formula-evaluate.yaml', [], `4:6: the function 'evaluate' is not allowed (allowed: ${ALLOWED}) (graph.y)`],
  ['formula-parse.yaml', [], `4:6: the function 'parse' is not allowed (allowed: ${ALLOWED}) (graph.y)`],
  ['formula-assignment.yaml', [], `4:6: AssignmentNode is not allowed in a formula: only arithmetic and ${ALLOWED} (graph.y)`],
  ['formula-function-definition.yaml', [], `4:6: FunctionAssignmentNode is not allowed in a formula: only arithmetic and ${ALLOWED} (graph.y)`],
  ['formula-block.yaml', [], `4:6: BlockNode is not allowed in a formula: only arithmetic and ${ALLOWED} (graph.y)`],
  ['formula-matrix.yaml', [], `4:6: ArrayNode is not allowed in a formula: only arithmetic and ${ALLOWED} (graph.y)`],
  ['formula-property-access.yaml', [], `4:6: AccessorNode is not allowed in a formula: only arithmetic and ${ALLOWED} (graph.y)`],
  ['formula-string.yaml', [], "4:6: only numbers may appear as constants, not 'a' (graph.y)"],
  ['formula-deep.yaml', [], '4:6: the formula nests deeper than 100 levels (graph.y)'],
  ['formula-unknown-symbol.yaml', [], "4:6: unknown symbol 'secret' (allowed: x, w, y) (graph.y)"],
  ['name-injection.yaml', [], '3:29: "\\\\input{x}" is not a valid name: must be a name of letters, digits and _ that starts with a letter (parameters.\\input{x})'],
  ['alias-bomb.yaml', [], '1:1: cannot read the YAML: more than 1000 alias expansions (raise the limit with --max-aliases)'],
  ['deep-nesting.yaml', [], '1:73: the file nests deeper than 64 levels (a network file needs about 6)'],
  ['many-parameters.json', ['--max-params', '1000'], '1:59: the file has 2000 parameters, more than the limit of 1000 (raise it with --max-params) (parameters)'],
  ['title-tex-injection.yaml', ['--max-bytes', '100'], 'the file has 397 bytes, more than the limit of 100 (raise it with --max-bytes)'],
  ['nan-parameter.yaml', [], '3:29: expected a number or a fraction such as 2/3, got NaN (parameters.w2)'],
  ['infinite-parameter.yaml', [], '3:29: expected a number or a fraction such as 2/3, got Infinity (parameters.w2)'],
  ['overflowing-net.yaml', [], '8:11: node net_h1 is Infinity (computed from w1 * i1 + w2 * i2 + b1) (layers[0].neurons.h1)'],
  ['duplicate-key.yaml', [], "3:35: the key 'w2' is given twice in one mapping: keep one"],
  ['collection-key.yaml', [], '2:3: "{ a: 1 }" is not a valid name: must be a name of letters, digits and _ that starts with a letter (inputs.{ a: 1 })'],
  ['not-a-mapping.yaml', [], '1:1: a network file must be a mapping with inputs, parameters and layers or graph'],
  ['binary-noise.yaml', [], '1:1: a network file must be a mapping with inputs, parameters and layers or graph'],
];

/** [file, text that must appear in the .tex (escaped), text that must appear in the Markdown] */
const ESCAPED: [string, string, string][] = [
  ['title-tex-injection.yaml', '\\title{\\textbackslash{}input\\{/etc/passwd\\} \\textbackslash{}write18\\{touch pwned\\} \\textbackslash{}catcode`\\textbackslash{}@=11 \\textbackslash{}openout5=x \\textbackslash{}include\\{y\\} \\textasciicircum{}\\textasciicircum{}5cinput \\% \\# \\$ \\& \\_ \\{ \\} \\textasciitilde{} \\textless{} \\textgreater{} \\textbar{}}', '# \\\\input\\{/etc/passwd\\}'],
  ['names-tex-injection.yaml', '\\text{\\textit{\\textbackslash{}input\\{/etc/passwd\\}}}', ''],
  ['control-and-bidi.yaml', '\\title{evil txt.exe [31m  end}', '# evil txt.exe &#91;31m  end'],
  ['unicode-names.yaml', '\\title{Réseau – “naïve” sigma Delta ? ??}', ''],
  ['html-injection.yaml', '\\title{\\textless{}script\\textgreater{}alert(1)\\textless{}/script\\textgreater{}', '\\<script\\>alert(1)\\</script\\>'],
];

const RUNS = /\\(input|include|write|openout|catcode|immediate|def|csname|read|special)(?![a-z])|\^\^|\u202e/;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bptex-hostile-'));
}

describe('hostile network files that are refused', () => {
  it.each(ERRORS)('%s %j gives one error line with its position', { timeout: 120_000 }, async (file, flags, expected) => {
    const dir = tempDir();
    const r = await runCli(['derive', join(CORPUS, file), ...flags], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${join(CORPUS, file)}${/^\d/.test(expected) ? ':' : ': '}${expected}\n`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('hostile network files that are printed, escaped', () => {
  const printed: BatchDocument[] = [];
  it.each(ESCAPED)('%s prints its names and title as text', { timeout: 180_000 }, async (file, tex, md) => {
    const dir = tempDir();
    const out = join(dir, 'out.tex');
    const r = await runCli(['derive', join(CORPUS, file), '--out', out]);
    expect(r.stderr).toBe(`wrote ${out}\n`);
    const source = readFileSync(out, 'utf8');
    expect(source).toContain(tex);
    expect(source).not.toMatch(RUNS);
    const doc = derive(loadNetwork(join(CORPUS, file)));
    const markdown = emit(doc, 'md');
    expect(markdown).toContain(md);
    expect(markdown).not.toMatch(/(^|[^\\])<(script|img|b )/m);
    expect(emit(doc, 'html')).not.toMatch(/<(script|img|b)\b|onclick="|\u202e|\u0007/);
    printed.push({ name: file, source });
  });

  // One pdflatex run for the five documents (test time); each error in its log is attributed to its document.
  it.runIf(requireLatex())('compiles the LaTeX of every one, in one batched pdflatex run', { timeout: 180_000 }, async () => {
    expect(printed.map((d) => d.name)).toEqual(ESCAPED.map(([file]) => file));
    const compiled = await compileBatch('\\documentclass[11pt]{article}', printed, 'hostile');
    expect(compiled.errors).toEqual([]);
    expect(compiled.log).not.toMatch(/^! /m);
    expect(compiled.ok).toBe(true);
  });
});

describe('hostile documents given to verify', () => {
  const doc = [
    '\\input{/etc/passwd}\\write18{touch pwned}',
    '$$w_5^+ = w_5 - \\eta \\frac{\\partial E}{\\partial w_5} = 0.35891648$$',
    '$\\catcode`\\{=12 {{{$',
    `$$${'{'.repeat(3000)}$$`,
  ].join('\n');
  it.each([
    ['a document that tries to run TeX and nests 3000 braces', doc, 'doc.tex', /doc\.tex:3:\d+: skipped: unbalanced "\{": never closed/],
    ['binary noise', String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => ((i * 7919) % 250) + 1)), 'noise.md', /backprop-tex verify: noise\.md/],
  ])('reads %s without running it and reports what it skipped', async (_name, text, name, report) => {
    const dir = tempDir();
    writeFileSync(join(dir, name), text);
    const r = await runCli(['verify', name, '--net', join(ROOT, 'fixtures', 'mazur-2-2-2.yaml')], { cwd: dir });
    // 1: an erratum; 3: nothing judged (noise holds no equation), said in one line
    expect([0, 1, 3]).toContain(r.status);
    expect(r.stderr).toMatch(r.status === 3 ? /^backprop-tex: nothing judged in .*\n$/ : /^$/);
    expect(r.stdout).toMatch(report);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
  });
});
