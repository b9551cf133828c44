// Plain-text equations that run over lines inside a bracket (`= [` … `]`), relate with `@`, or write \ln with its backslash: read as one equation and judged.
import { describe, expect, it } from 'vitest';
import { linearUnit } from '../../helpers/linearUnit.js';
import { findPlainEquations } from '../../../src/verify/read/plainText.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const latex = (text: string): string[] => findPlainEquations(text, [], { all: true }).map((e) => e.latex.replace(/\s+/g, ' '));

// one linear unit y = w x, x = 2, w = 0.5
const unit = linearUnit();
const verdicts = (md: string): string[] => verifyDocument(md, unit, { format: 'md' }).claims.map((c) => `${c.line}: ${c.printed} ${c.verdict}`);

describe('plain-text equations across the lines of a bracket', () => {
  it('joins a list opened at a line end to its closing bracket, and "=" ending one line and starting the next relates once', () => {
    const text = 'W @ d =\n= [\n    (0.2)(-0.3) + (0.1)(0.5),\n    (0.4)(-0.3)\n  ]\n= [ -0.01, -0.12 ]\n';
    expect(latex(text)).toEqual(['W @ d = [ (0.2)(-0.3) + (0.1)(0.5), (0.4)(-0.3) ] = [ -0.01, -0.12 ]']);
  });

  it('leaves a bracket opened in the middle of a line to that line', () => {
    expect(latex('y = 2 * (0.25\n+ 0.25) = 1\nz = 2\n')).toEqual(['z = 2']);
    expect(latex('y = 2 * (\n0.25 + 0.25) = 1\nz = 2\n')).toEqual(['y = 2 * ( 0.25 + 0.25) = 1', 'z = 2']);
  });

  it('judges each entry of a list worked over several lines in a code block, and finds a wrong one', () => {
    const md = '```\nd = [\n  (0.2)(-0.3) + (0.1)(0.5),\n  (0.4)(-0.3)\n]\n= [ -0.01, 0.12 ]\n```\n';
    expect(verdicts(md)).toEqual(['6: -0.01 exact', '6: 0.12 erratum']);
  });

  it('reads \\ln written with its backslash in a plain line, and finds a sign slip', () => {
    expect(verdicts('[\nL=-\\ln(0.5)=-0.693\n]\n')).toEqual(['2: -0.693 erratum']);
  });
});
