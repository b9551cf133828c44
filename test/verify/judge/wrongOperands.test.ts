// A worked sum printed with a wrong operand but the network's result: the operand is the slip, not the result.
// Network test/verify/judge/two-two-one.yaml: net_H1 = w1·x1 + w2·x2 + b1 = 0.2·0.5 + 0.4·1.0 + 0.3 = 0.8; a page
// printing 0.7 for w2 gets 0.5·0.2 + 1.0·0.7 + 0.3 = 1.1 from its own operands.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('test/verify/judge/two-two-one.yaml'));
const verdicts = (doc: string): string[] => verifyDocument(doc, net, { format: 'md' }).claims.map((c) => `${c.kind} ${c.printed} ${c.verdict}${c.expected ? ` ${c.expected}` : ''}`);

describe('a result right for the network that only its printed operands make wrong', () => {
  it('reports the operand that differs from the network and not the result', () => {
    const right = ['operand 0.7 erratum 0.4', 'arithmetic 0.8000 exact'];
    expect(verdicts('$$0.5 \\times 0.2 + 1.0 \\times 0.7 + 0.3 = 0.8000$$\n')).toEqual(right);
    // the terms are paired by the factors that are not parameters, in any order
    expect(verdicts('$$1.0 \\times 0.7 + 0.5 \\times 0.2 + 0.3 = 0.8000$$\n')).toEqual(right);
  });

  it('leaves a result that is not the network\'s an erratum of the arithmetic', () => {
    expect(verdicts('$$0.5 \\times 0.2 + 1.0 \\times 0.7 + 0.3 = 0.9000$$\n')).toEqual(['arithmetic 0.9000 erratum 1.1000']);
  });
});
