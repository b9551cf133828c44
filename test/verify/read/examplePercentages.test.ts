// A sentence that gives one example's prediction as a percentage is judged against that example's output; a percentage
// of anything else (a change, an error, two examples at once, a supposition) is not.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';
import { exampleOfPercentage, fromPercent } from '../../../src/verify/read/exampleOutputs.js';

const batch = derive(loadNetwork('test/verify/judge/batch-one-unit.yaml'));
const prose = (sentence: string) => verifyDocument(`${sentence}\n`, batch, { format: 'md' }).claims.filter((c) => c.kind === 'prose');

describe('an example\'s prediction in percent', () => {
  it('judges the third row\'s predicted probability (46.51%) and names a wrong one', () => {
    expect(prose('For the third row the predicted probability is 46.51%.').map((c) => c.verdict)).toEqual(['exact']);
    const [wrong] = prose('For the third row the predicted probability is 67.70%.');
    expect([wrong?.verdict, wrong?.printed, wrong?.expected]).toEqual(['erratum', '67.70', '0.4651 (46.51%)']);
  });

  it('leaves percentages that are no prediction of one example', () => {
    expect(prose('The prediction for example 2 is off by 4.5% from before.')).toEqual([]);
    expect(prose('The first and the second example have outputs near 50.00%.')).toEqual([]);
    expect(prose('If the third example had an output of 90.00%, the error would be small.')).toEqual([]);
    expect(prose('The third example has a prediction of 0.4651.')).toEqual([]);
  });

  it('reads the example by its place in words or digits', () => {
    expect(exampleOfPercentage('the 4th sample: its output is 61.54%', 'the 4th sample: its output is ', '%')).toBe(4);
    expect(exampleOfPercentage('row 2 gives a predicted 67.70%', 'row 2 gives a predicted ', '%')).toBe(2);
    expect(fromPercent('19.89')).toBe('0.1989');
  });
});
