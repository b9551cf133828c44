// A printed column that no name ties to a quantity is the one quantity of the network whose values most of its entries
// are, example by example or unit by unit; its other entries are then judged against it. Never on too little evidence:
// half the entries, two-digit entries, a formula's column, an error column that only looks like the outputs.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';
import { UNTIED_VECTOR } from '../../../src/verify/read/printedVectors.js';

const sse = derive(loadNetwork('test/verify/judge/batch-one-unit.yaml'));
const bce = derive(loadNetwork('test/verify/judge/batch-one-unit-bce.yaml'));

/** A display column under a label line. */
const column = (label: string, entries: readonly string[]): string => `${label}\n$$\n\\begin{bmatrix}\n${entries.join(' \\\\\n')}\n\\end{bmatrix}\n$$\n`;
const two = derive(loadNetwork('test/verify/judge/two-two-one.yaml'));
/** The claims on a row of the 2-2-1 network's two hidden outputs. */
const row = (a: string, b: string) => verifyDocument(`hidden outputs:\n$$\\begin{bmatrix} ${a} & ${b} \\end{bmatrix}$$\n`, two, { format: 'md' }).claims;
const errata = (text: string, net = sse) => verifyDocument(text, net, { format: 'md' }).claims.filter((c) => c.verdict === 'erratum');

describe('a column identified by its values', () => {
  it('reads the outputs under a label of its own and names a transposed digit on its line', () => {
    const r = verifyDocument(column('The forecasts of the four rows:', ['0.53245431', '0.67699586', '0.46505750', '0.61538376']), sse, { format: 'md' });
    const wrong = r.claims.filter((c) => c.verdict === 'erratum');
    expect(wrong.map((c) => [c.line, c.printed, c.expected, c.slip])).toEqual([[6, '0.46505750', '0.46505705', 'transposed-digits']]);
    expect(r.claims.filter((c) => c.verdict === 'exact')).toHaveLength(3);
    expect(r.coverage.numbers).toEqual({ seen: 4, judged: 4 });
  });

  it('passes the column printed right, and the weights after the step as a row', () => {
    expect(errata(column('outputs:', ['0.53245431', '0.67699586', '0.46505705', '0.61538376']))).toEqual([]);
    const row = verifyDocument('$$\\begin{bmatrix} 0.58149658 & -0.28233146 & -0.02262801 \\end{bmatrix}$$\n', sse, { format: 'md' });
    expect(row.claims.map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact']);
  });

  it('judges a sign slip in a gradient column printed with the other sign (t − out)', () => {
    const wrong = errata(column('error (target minus output):', ['-0.53245431', '-0.67699586', '0.46505705', '0.38461624']));
    expect(wrong.map((c) => [c.line, c.slip])).toEqual([[6, 'sign']]);
  });

  it('takes a label that names the activation\'s slope with half the entries right', () => {
    const wrong = errata(column('Slope of the sigmoid:', ['0.24894672', '0.30000000', '0.24877899', '0.21000000']));
    expect(wrong.map((c) => c.line)).toEqual([5, 7]);
  });

  it('leaves a column alone where only half its entries are one quantity and the label names nothing', () => {
    const r = verifyDocument(column('the column:', ['0.24894672', '0.30000000', '0.24877899', '0.21000000']), sse, { format: 'md' });
    expect(r.claims).toEqual([]);
    expect(r.coverage.notJudged.map((n) => n.reason)).toEqual([UNTIED_VECTOR]);
  });

  it('never reads out − t as the outputs where most targets are 0 and out − t is no quantity', () => {
    expect(errata(column('errors:', ['0.53245431', '0.67699586', '0.46505705', '-0.38461624']), bce)).toEqual([]);
  });

  it('never reads a formula\'s column, nor entries of too few digits', () => {
    const formula = '$$h - y = \\begin{bmatrix} 0.53245431 \\\\ 0.67699586 \\\\ 0.46505705 \\\\ -0.38461624 \\end{bmatrix}$$\n';
    expect(verifyDocument(formula, sse, { format: 'md' }).claims.filter((c) => c.line === 1 && c.verdict !== 'unresolved')).toEqual([]);
    expect(verifyDocument(column('outputs:', ['0.53', '0.68', '0.47', '0.9']), sse, { format: 'md' }).claims).toEqual([]);
  });

  it('counts an entry with two digits swapped as evidence: two entries, one right, one mistyped', () => {
    expect(row('0.68997448', '0.66818777').map((c) => c.verdict)).toEqual(['exact', 'exact']);
    expect(row('0.68997448', '0.66817877').map((c) => c.slip ?? c.verdict)).toEqual(['exact', 'transposed-digits']);
    // one entry right and one far off is no evidence of what the other is
    expect(row('0.68997448', '0.12345678')).toEqual([]);
  });

  it('counts a long entry right in its first five digits as evidence, and names its miscopied tail', () => {
    expect(row('0.68997448', '0.66818123').map((c) => c.slip ?? c.verdict)).toEqual(['exact', 'miscopied-digits']);
    // four leading digits, or a short number, are no evidence
    expect(row('0.68997448', '0.66814123')).toEqual([]);
    expect(row('0.68997448', '0.668189')).toEqual([]);
  });

  it('reads a named vector whose name is no quantity by its values, and leaves one whose name is alone', () => {
    const named = (list: string) => verifyDocument(`The starting values:\n\n\`\`\`\nparams = [${list}]\n\`\`\`\n`, sse, { format: 'md' }).claims;
    expect(named('0.58149658, -0.28323146, -0.02262801').map((c) => c.slip ?? c.verdict)).toEqual(['exact', 'transposed-digits', 'exact']);
    // two significant digits tie it to nothing: the name stays unread
    expect(named('0.61, -0.27, 0.13').map((c) => c.verdict)).not.toContain('exact');
    expect(verifyDocument('$$w = [0.61, -0.27, 0.13]$$\n', sse, { format: 'md' }).claims.filter((c) => c.verdict === 'erratum')).toEqual([]);
  });
});
