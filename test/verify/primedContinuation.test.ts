// A primed pre-activation defined by its formula, a row that opens with "=" after \\, and a page's own updated weight substituted too early.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../src/api.js';
import { verifyDocument } from '../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));

/** A 2-2-2 worked in the note's style: primes for net inputs, a long sum broken at \\ before its numbers. */
const page = (w5Printed: string, w5Used: string): string => `# A note

$$
\\begin{cases}
h1^{'} = w_1 i_1 + w_2 i_2 + b_1 = 0.3775 \\\\
h1 = sigmoid(h1^{'}) = 0.593269992
\\end{cases}
$$

$$
\\begin{cases}
o1^{'} = w_5 h1 + w_6 h2 + b_2 = 1.105905967 \\\\
o1 = sigmoid(o1^{'}) = 0.75136507
\\end{cases}
$$

$$
\\frac{\\partial E}{\\partial o1} = 0.74136507
$$

$$
\\frac{\\partial o1}{\\partial o1^{'}} = o1 (1 - o1) = 0.186815602
$$

$$
w_5^{+} = ${w5Printed}
$$

$$
\\frac{\\partial E_{o1}}{\\partial h1} = \\frac{\\partial E}{\\partial o1} \\frac{\\partial o1}{\\partial o1^{'}} \\frac{\\partial o1^{'}}{\\partial h1} \\\\ = 0.74136507 \\cdot 0.186815602 \\cdot ${w5Used} = 0.055399425
$$
`;

const at = (md: string, line: number) => verifyDocument(md, mazur, { format: 'md' }).claims.filter((c) => c.line === line);

describe('a primed name and a broken row', () => {
  it('judges each number of a row that opens with = after \\\\ as the factor it stands under', () => {
    const claims = at(page('0.35891648', '0.40'), 30);
    expect(claims.filter((c) => c.kind === 'operand').map((c) => `${c.printed} ${c.verdict}`)).toEqual(['0.74136507 exact', '0.186815602 exact', '0.40 exact']);
    expect(claims.find((c) => c.kind === 'arithmetic')?.verdict).toBe('exact');
  });

  it.each([
    ['right', '0.35891648', 'with w5, w6, w7, w8 already updated ('],
    ['printed wrong itself', '0.35891651', 'already updated as the page printed them'],
  ])("names the page's updated weight (%s), substituted where the weight belongs, as updated too early on that line", (_label, w5, detail) => {
    const early = at(page(w5, w5), 30).find((c) => c.printed === w5);
    expect(`${early?.kind} ${early?.verdict} ${early?.slip}`).toBe('operand erratum updated-too-early');
    expect(early?.detail).toContain(detail);
    expect(early?.cause).toBeUndefined();
  });
});
