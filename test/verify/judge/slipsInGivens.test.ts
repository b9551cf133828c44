// Wrong numbers in the network's own list of givens are slips when the working after the list substitutes the
// network's values (a second wrong given, or a label slip beside them, no longer hides them as another example's).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));

const page = (w6: string, w8: string, used6: string, used8: string, net1 = '1.105905967', net2 = '1.224921404'): string => `# The values

* inputs: $i_1 = 0.05$, $i_2 = 0.10$; targets: $target_{o1} = 0.01$, $target_{o2} = 0.99$
* weights: $w_1 = 0.15$, $w_2 = 0.20$, $w_3 = 0.25$, $w_4 = 0.30$, $w_5 = 0.40$, $w_6 = ${w6}$, $w_7 = 0.50$, $w_8 = ${w8}$

# Forward pass

$$net_{o1} = w_5 \\, out_{h1} + w_6 \\, out_{h2} + b_2 = 0.40 \\cdot 0.593269992 + ${used6} \\cdot 0.596884378 + 0.60 = ${net1}$$

$$net_{o2} = w_7 \\, out_{h1} + w_8 \\, out_{h2} + b_2 = 0.50 \\cdot 0.593269992 + ${used8} \\cdot 0.596884378 + 0.60 = ${net2}$$
`;

const wrongOn = (text: string, line: number): string[] =>
  verifyDocument(text, mazur, { format: 'md' }).claims.filter((c) => c.line === line && (c.verdict === 'erratum' || c.verdict === 'truncation')).map((c) => c.printed);

describe('wrong numbers in a list of givens', () => {
  it('are errata when the working after the list substitutes the network values (w_6 = 0.54 then 0.45)', () => {
    expect(wrongOn(page('0.54', '0.88', '0.45', '0.55'), 4)).toEqual(['0.54', '0.88']);
  });

  it('one alone is an erratum too', () => {
    expect(wrongOn(page('0.45', '0.88', '0.45', '0.55'), 4)).toEqual(['0.88']);
  });

  it("a target printed under its output's name beside them is a label slip, not another example's given", () => {
    const text = page('0.45', '0.88', '0.45', '0.55').replace('$target_{o1} = 0.01$, $target_{o2} = 0.99$', '$o_1 = 0.01$, $o_2 = 0.99$');
    expect(wrongOn(text, 3)).toEqual(['0.01', '0.99']);
    expect(wrongOn(text, 4)).toEqual(['0.88']);
  });

  it("stay another example's when the working substitutes the printed numbers: the working is flagged from them", () => {
    const text = page('0.54', '0.88', '0.54', '0.88', '1.159625561', '1.421893249');
    const report = verifyDocument(text, mazur, { format: 'md' });
    // the list gives other weights and the working follows from them: every error there traces to the list
    expect(report.claims.filter((c) => c.line > 4 && c.verdict === 'erratum' && c.causedBy === undefined && c.kind !== 'operand')).toEqual([]);
  });
});
