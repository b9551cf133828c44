// A notebook's or a program's working written on the comment line under the assignment it works out (# Calcolo: …), in the page's language.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { commentsOnly } from '../../../src/verify/read/sourceComments.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// x = 0.9 into two sigmoid units (w1 = 0.8, w2 = 0.2), a sigmoid output (w3 = 0.3, w4 = 0.9), error (y − ŷ)², target 1
const net = derive(loadNetwork('test/verify/public/it-lezione.yaml'));
const claims = (doc: string, format: 'md' | 'ipynb' = 'md') =>
  verifyDocument(format === 'md' ? `${doc}\n` : doc, net, { format }).claims.filter((c) => c.kind !== 'arithmetic' || c.verdict !== 'exact').map((c) => `${c.verdict} ${c.printed}${c.subject ? ` ${c.subject}` : ''}`);
const notebook = (code: string) => JSON.stringify({
  cells: [{ cell_type: 'code', source: code.split(/(?<=\n)/), outputs: [] }],
  metadata: { kernelspec: { language: 'python' }, language_info: { name: 'python' } },
});

describe('the comment line under an assignment', () => {
  it('is the working of the name assigned, its marker read as "=" and its label dropped', () => {
    const src = 'h1 = sigmoide(x * w1)\n# Calcolo: sigmoide(0.9 * 0.8) = 0.672\n';
    expect(commentsOnly(src, 'a.py')).toBe('h1 =                 \n=          sigmoide(0.9 * 0.8) = 0.672\n');
  });

  it.each([
    ['a Python fence', '```python\nout_h1 = sigmoide(x * w1 + 0.0)\n# Calcolo: sigmoide(0.9 * 0.8) = sigmoide(0.72) = 0.672\n```', 'md'],
    ['a notebook code cell', notebook('out_h1 = sigmoide(x * w1 + 0.0)\n# Calcolo: sigmoide(0.9 * 0.8) = sigmoide(0.72) = 0.672\n'), 'ipynb'],
  ] as const)('finds a value cut instead of rounded in %s', (_, doc, format) => {
    expect(claims(doc, format)).toContain('truncation 0.672 out_{h1}');
  });

  it('leaves a comment under a literal (a given, lr = 0.1) unnamed', () => {
    expect(claims('```python\nout_h1 = 0.7\n# 0.9 * 0.8 = 0.72\n```').join()).not.toMatch(/out_\{h1\}/);
  });

  it('leaves a comment under a line of code that assigns nothing unnamed', () => {
    expect(claims('```python\nprint(out_h1)\n# sigmoide(0.72) = 0.672\n```').join()).not.toMatch(/out_\{h1\}/);
  });
});

describe('words of the page\'s language', () => {
  it('reads sigmoide as the sigmoid', () => {
    expect(claims('```\nsigmoide(0.9 * 0.2) = sigmoide(0.18) = 0.554\n```')).toContain('erratum 0.554');
  });

  it.each([
    ['y_predetto (Italian: predicted)', '`y_predetto = 0.676`', 'erratum 0.676 y_{predetto}'],
  ])('reads %s as the output', (_, doc, expected) => {
    expect(claims(doc)).toContain(expected);
  });
});

describe('a name defined by the numbers of a definition with a subtraction and a power', () => {
  it('is the quantity whose definition reads them: (1 − 0.666)² is (y − ŷ)², the 2 its exponent', () => {
    expect(claims('$errore = (1 - 0.666)^2 = (0.334)^2 = 0.1115$')).toContain('truncation 0.1115 errore');
  });
});

describe('a name defined by numbers in another order', () => {
  it('is not read as the quantity when its subtraction runs the other way ((0.666 − 1)² for (y − ŷ)²)', () => {
    expect(claims('$errore = (0.666 - 1)^2 = 0.1115$').join()).not.toMatch(/(?:truncation|erratum|exact) 0.1115 errore/);
  });
});
