// Worked equations in code blocks are read as plain text where the block is no program; a program's numbers stay "in code", never an erratum.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// Mazur's 2-2-2: net_h1 = 0.15·0.05 + 0.20·0.10 + 0.35 = 0.3775, w5 = 0.40, w6 = 0.45, η = 0.5
const net = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const run = (doc: string) => verifyDocument(doc, net, { format: 'md' });
const said = (doc: string): string[] => run(doc).claims.filter((c) => c.kind === 'value').map((c) => `${c.line}:${c.column} ${c.printed} ${c.verdict}`);
const worked = 'net_h1 = w1*i1 + w2*i2 + b1 = 0.15*0.05 + 0.20*0.10 + 0.35 = 0.3775\nw5 = 0.40, w6 = 0.45, eta = 0.5';

describe('equations in a code block', () => {
  it('reads a fence without a language line by line, statements split at commas before another name =', () => {
    expect(said(`Worked:\n\n\`\`\`\n${worked}\n\`\`\`\n`)).toEqual(['4:62 0.3775 exact', '5:6 0.40 exact', '5:17 0.45 exact', '5:29 0.5 exact']);
  });

  it('reads an indented block and a ~~~text fence the same way', () => {
    const indented = `Worked:\n\n${worked.split('\n').map((l) => `    ${l}`).join('\n')}\n`;
    expect(said(indented)).toEqual(['3:66 0.3775 exact', '4:10 0.40 exact', '4:21 0.45 exact', '4:33 0.5 exact']);
    expect(said(`~~~text\n${worked}\n~~~\n`).length).toBe(4);
  });

  it('finds a wrong value at its line and column', () => {
    const r = run(`\`\`\`\n${worked.replace('0.3775', '0.3757')}\n\`\`\`\n`);
    expect(r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line}:${c.column} ${c.printed}`)).toEqual(['2:62 0.3757']);
  });

  it('reads a block fenced as a program that no line of can be one (a formula between two "=", ×, a line that starts with "=")', () => {
    expect(said(`\`\`\`python\n${worked}\n\`\`\`\n`)).toEqual(['2:62 0.3775 exact', '3:6 0.40 exact', '3:17 0.45 exact', '3:29 0.5 exact']);
    const steps = '```python\nout_o1 = 1 / (1 + exp(-1.1059))\n       = 0.7514\n```\n';
    expect(said(steps)).toEqual(['3:10 0.7514 exact']);
    // a chain of names is code (a = b = 0.5 assigns both)
    expect(said('```python\nw5 = w6 = 0.40\n```\n')).toEqual([]);
  });

  it('reads the working a program fence shows in its comments, the code staying in code', () => {
    const program = '```python\nnet_h1 = w1*i1 + w2*i2 + b1  # net_h1 = 0.15*0.05 + 0.20*0.10 + 0.35 = 0.3775\nw5 = 0.04\n```\n';
    expect(said(program)).toEqual(['2:72 0.3775 exact']);
    const wrong = run(program.replace('= 0.3775', '= 0.3757'));
    expect(wrong.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line}:${c.column} ${c.printed}`)).toEqual(['2:72 0.3757']);
    expect(run(program).coverage.notJudged.map((n) => n.reason)).toContain('in code');
  });

  it('gives a comment that works out an assignment\'s value the name the code assigns (in another language too)', () => {
    const program = '```python\nnet_h1 = w1*i1 + w2*i2 + b1  # 0.15*0.05 + 0.20*0.10 + 0.35 = 0.3775\nw5 = 0.4  # w6 = 0.45\n```\n';
    // (a comment that names its own subject keeps it: w6, not w5)
    expect(run(program).claims.filter((c) => c.kind === 'value').map((c) => `${c.line}:${c.column} ${c.printed} ${c.verdict} ${c.quantity}`)).toEqual(['2:63 0.3775 exact v$net_h1', '3:18 0.45 exact v$w6']);
    const assigned = '```js\ndE_dw5 = delta * outH1; // 0.74136507 * 0.593269992 = 0.082167041\n```\n';
    expect(run(assigned).claims.filter((c) => c.kind === 'value').map((c) => `${c.printed} ${c.verdict} ${c.quantity}`)).toEqual(['0.082167041 exact g$w5']);
  });

  it('leaves a program alone: a fence in a language, or a block with a keyword, call or brace; its numbers are in code', () => {
    const programs = [
      '```python\nnet_h1 = w1*i1 + w2*i2 + b1 + 0.35\ntotal = net_h1 * 0.5\n```\n',
      `\`\`\`\n${worked}\nfor i in range(3):\n    print(net_h1)\n\`\`\`\n`,
      `\`\`\`\nw5 = 0.04\ndouble w6 = 0.45;\n\`\`\`\n`,
      `\`\`\`\nimport numpy as np\nw5 = np.array([0.04])\n\`\`\`\n`,
    ];
    for (const doc of programs) {
      const r = run(doc);
      expect(r.claims).toEqual([]);
      expect(r.coverage.notJudged.map((n) => n.reason)).toEqual(['in code']);
    }
  });
});
