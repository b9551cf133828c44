// Classes a network file names by letters (zA, pB) and a page numbers (z_1, p_2), in display math whose backslashes
// were lost in copying ([ … ] on their own lines, [1,;0,;-1] for a list spaced with \,\;).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// softmax of the logits (1, 0, −1) = (0.665, 0.245, 0.090), target class A: ∂L/∂z = (−0.335, 0.245, 0.090)
const net = derive(loadNetwork('test/verify/matrix/lettered-classes.yaml'));
const run = (doc: string) => verifyDocument(doc, net, { format: 'md' });

const page = (gradient: string) => `Classes A, B and C get the logits
[
z = [z_1, z_2, z_3] = [1,;0,;-1]
]

and the probabilities
[
p_1 = 0.665
]
[
p_2 = 0.245
]

so the gradient by the logits is
[
\\nabla_z L = [${gradient}]
]
`;

describe('a family the network names by letters, the page by numbers (letter-index)', () => {
  it('reads z_k, p_k and the entries of ∇_z L as class k of the file (A = 1), a lost \\; spacing the list', () => {
    const r = run(page('-0.335,;0.245,;0.090'));
    expect(r.counts).toMatchObject({ exact: 11, erratum: 0, unresolved: 0 });
  });

  it('finds two entries of the gradient swapped', () => {
    const r = run(page('-0.335,;0.090,;0.245'));
    expect(r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.subject} ${c.printed}`)).toEqual(['[\\nabla_z L]_{2} 0.090', '[\\nabla_z L]_{3} 0.245']);
  });

  it('binds nothing where the page numbers the classes in another order (its values fail)', () => {
    const r = run(page('-0.335,;0.245,;0.090').replace('p_1 = 0.665', 'p_1 = 0.090').replace('p_2 = 0.245', 'p_2 = 0.665').replace('[1,;0,;-1]', '[-1,;1,;0]'));
    expect(r.counts.erratum).toBe(0);
  });
});
