// A formatter that rewrites a page's `*` as Markdown's other emphasis mark leaves `0.474 _ (1 - 0.474)`: an underscore
// standing alone between two numbers is the multiplication it replaced, and a worked product is read whole (never its
// tail after the last `_`, which gave a false erratum), its minus signs spaced off their numbers as such a formatter
// leaves them (`( - 0.2 )`, `= - 0.0065`).
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { equationIn } from '../../../src/verify/read/plainNormalize.js';
import { statementsInSentence } from '../../../src/verify/read/plainStatements.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const net = derive(loadNetwork('test/verify/public/hk-mangled.yaml'));
const claimsOf = (doc: string): string[] =>
  verifyDocument(doc, net, { format: 'md' }).claims.map((c) => `${c.line} ${c.kind} ${c.printed} ${c.verdict}`);

describe('a spaced underscore between numbers', () => {
  it('is a multiplication sign in a plain-text equation', () => {
    expect(equationIn('0.474 _ (1 - 0.474) _ (1 - 0.474) = 0.1311', 0)?.latex).toBe('0.474 \\cdot (1 - 0.474) \\cdot (1 - 0.474) = 0.1311');
    // a subscript glued to its name stays one
    expect(equationIn('w_5 = 0.45', 0)?.latex).toBe('w_5 = 0.45');
  });

  it('is read whole in a sentence or a table-like line, never as the tail after the last underscore', () => {
    const found = statementsInSentence('| 6 | 0.474 _ (1 - 0.474) _ (1 - 0.474) = 0.1311 |', 0).map((e) => e.latex);
    expect(found).toEqual(['0.474 \\cdot (1 - 0.474) \\cdot (1 - 0.474) = 0.1311']);
    expect(statementsInSentence('so x _ (1 - 0.474) = 0.526 here', 0)).toEqual([]);
  });

  it('judges the worked product right, and finds a wrong result in it', () => {
    expect(claimsOf('The error terms:\n\n| 6 | 0.474 _ (1 - 0.474) _ (1 - 0.474) = 0.1311 |\n')).toEqual(['3 arithmetic 0.1311 exact']);
    expect(claimsOf('The error terms:\n\n| 5 | 0.525 _ (1 - 0.525) _ 0.1311 _ ( - 0.2 ) = - 0.0056 |\n')).toEqual(['3 arithmetic -0.0056 erratum']);
  });
});
