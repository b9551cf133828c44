// Statements in a sentence that only supposes (if f were 5; f 5 olsaydı; se f fosse 5): set aside, not judged against the network.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// L = (a b + c) f at a = 2, b = -3, c = 10, f = -2: d = 4, L = -8
const net = derive(loadNetwork('test/verify/public/tr-micrograd.yaml'));
const report = (doc: string) => verifyDocument(`${doc}\n`, net, { format: 'md' });
const verdicts = (doc: string) => report(doc).claims.map((c) => `${c.verdict} ${c.printed}`);
const asides = (doc: string) => report(doc).coverage.notJudged.filter((n) => n.aside).map((n) => n.reason);

describe('a statement in a sentence that supposes another value', () => {
  it.each([
    ['English, if … were', 'If f were 5, the product would be $L = d \\cdot 5$.', 'If f were'],
    ['English, suppose', 'Suppose we double the input: then $L = d \\cdot 5$.', 'Suppose'],
    ['Turkish, -saydı', '- **Örnek:** $f$ $5$ olsaydı işlem $L = d \\cdot 5$ olurdu.', 'olsaydı'],
    ['Italian, se … fosse', 'Se f fosse 5, avremmo $L = d \\cdot 5$.', 'Se f fosse'],
    ['a display the supposition introduces', 'Imagine that f had another value, 5:\n\n$$L = d \\cdot 5$$', 'Imagine'],
  ])('sets it aside in %s, with the words that suppose', (_, doc, said) => {
    expect(verdicts(doc).join()).not.toMatch(/erratum/);
    expect(asides(doc)).toEqual([`supposed in the prose ("${said}"), not the network's values`]);
  });

  it('still judges a supposition that agrees with the network (d = 4 as the page supposes)', () => {
    expect(verdicts('If d were 4, as it is, then $L = 4 \\cdot f$.')).toContain('exact 4 \\cdot f');
  });

  it.each([
    ['no supposition', 'The product is $L = d \\cdot 5$.'],
    ['if without were (the page works its own example)', 'If we multiply, we get $L = d \\cdot 5$.'],
    ['a case of the math itself', 'The loss is $L = d \\cdot 5 \\text{ if } d > 0$.'],
    ['a supposition in the sentence before, ended', 'Suppose f were 5. Here f is -2, and $L = d \\cdot 5$.'],
  ])('keeps the erratum with %s', (_, doc) => {
    expect(verdicts(doc).join()).toMatch(/erratum d \\cdot 5/);
  });
});
