// A value a program prints under a name the network does not have, where the program assigns that name a formula of
// names (err = y_true - y_hat), is judged against the formula at the network's values; only a slip one can name is an
// erratum, and a name assigned twice has no one formula.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const udacity = derive(loadNetwork('test/verify/public/udacity-notebook.yaml'));
const fence = '```';
const page = (code: string, output: string): string => `${fence}python\n${code}\nprint("err:", err)\n${fence}\n\n${fence}\n${output}\n${fence}\n`;
/** The claims on the printed output line (the last but one of the page). */
const on = (text: string) => verifyDocument(text, udacity, { format: 'md' }).claims.filter((c) => c.line === text.split('\n').length - 2);

describe('a printed value by its program\'s formula', () => {
  it('judges err = y_true - y_hat against the target minus the output', () => {
    expect(on(page('err = y_true - y_hat', 'err: 0.11502656915007464')).map((c) => c.verdict)).toEqual(['exact']);
    const [wrong] = on(page('err = y_true - y_hat', 'err: -0.11502656915007464'));
    expect([wrong?.verdict, wrong?.slip]).toEqual(['erratum', 'sign']);
  });

  it('calls no erratum where the difference is no slip one can name, nor for a name assigned twice', () => {
    expect(on(page('err = y_true - y_hat', 'err: 0.25')).map((c) => c.verdict)).toEqual(['unresolved']);
    expect(on(page('err = y_true - y_hat\nerr = y_hat - y_true', 'err: -0.11502656915007464')).map((c) => c.verdict)).toEqual(['unresolved']);
  });
});
