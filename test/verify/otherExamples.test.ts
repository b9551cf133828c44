// Claims about another example are set aside and listed, never errata; a slip about the network stays an erratum.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../src/api.js';
import { outcomeOf } from '../../src/verify/outcome.js';
import { verifyDocument, type VerifyReport } from '../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const verify = (text: string): VerifyReport => verifyDocument(text, mazur, { format: 'md' });
const errata = (r: VerifyReport): string[] => r.claims.filter((c) => c.verdict === 'erratum').map((c) => `${c.line}: ${c.subject} ${c.printed}`);
const aside = (r: VerifyReport): string[] => r.coverage.notJudged.filter((n) => n.aside).map((n) => `${n.first.line}: ${n.reason}`);

const NETWORK = [
  '## The network',
  '',
  '$$net_{h1} = w_1 i_1 + w_2 i_2 + b_1 = 0.15 \\cdot 0.05 + 0.2 \\cdot 0.1 + 0.35 = 0.3775$$',
  '',
  '$$out_{h1} = \\frac{1}{1 + e^{-0.3775}} = 0.593269992$$',
  '',
].join('\n');

describe('another example on the same page', () => {
  it('sets aside a section whose inputs are its own and whose numbers follow from them', () => {
    const warmUp = ['## Warm-up with other inputs', '', 'Take $i_1 = 1$ and $i_2 = 2$:', '', '$$net_{h1} = 0.15 \\cdot 1 + 0.2 \\cdot 2 + 0.35 = 0.9$$', ''].join('\n');
    const r = verify(`${warmUp}\n${NETWORK}`);
    expect(errata(r)).toEqual([]);
    expect(aside(r)).toEqual([expect.stringMatching(/^1: about another example: i_1 = 1 \(the network's is 0\.05\), i_2 = 2 \(the network's is 0\.1\)/)]);
    expect(r.claims.filter((c) => c.verdict === 'exact').length).toBeGreaterThanOrEqual(6);
    expect(outcomeOf(r).exitCode).toBe(0);
  });

  it('sets aside a warm-up cell of a notebook the same way, reported at the notebook\'s own lines', () => {
    const warmUp = ['## Warm-up with other inputs', '', 'Take $i_1 = 1$ and $i_2 = 2$:', '', '$$net_{h1} = 0.15 \\cdot 1 + 0.2 \\cdot 2 + 0.35 = 0.9$$', ''].join('\n');
    const cell = (source: string) => ({ cell_type: 'markdown', metadata: {}, source: source.split(/(?<=\n)/) });
    const notebook = JSON.stringify({ cells: [cell(warmUp), cell(NETWORK)], metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1);
    const r = verifyDocument(notebook, mazur, { format: 'ipynb' });
    expect(errata(r)).toEqual([]);
    expect(aside(r)).toEqual([expect.stringMatching(/about another example: i_1 = 1/)]);
    const exact = r.claims.filter((c) => c.verdict === 'exact');
    expect(exact.length).toBeGreaterThanOrEqual(6);
    // positions are the notebook file's: the network cell's equations sit below the warm-up's lines
    expect(Math.min(...exact.map((c) => c.line))).toBeGreaterThan(aside(r).length > 0 ? Number(aside(r)[0]!.split(':')[0]) : 0);
  });

  it('sets aside a network quantity written as a function of its own, with the rules that follow from it', () => {
    const rule = ['## A rule first', '', '$$E_{total}(x) = x^2 \\quad \\frac{\\partial E_{total}}{\\partial out_{o1}} = 2 out_{o1}$$', ''].join('\n');
    const r = verify(`${rule}\n${NETWORK}`);
    expect(errata(r)).toEqual([]);
    expect(aside(r)).toEqual([expect.stringContaining('E_{total}(x) written as a function of its own')]);
  });

  it('says why when everything it could compare is about another example (exit 3, not clean)', () => {
    const r = verify('Take $i_1 = 1$ and $i_2 = 2$: $$net_{h1} = 0.15 \\cdot 1 + 0.2 \\cdot 2 + 0.35 = 0.9$$\n');
    expect(outcomeOf(r)).toEqual({ exitCode: 3, why: expect.stringContaining('about another example') });
  });
});

describe('a slip about the network stays an erratum', () => {
  it('one input printed wrong on its own', () => {
    expect(errata(verify('$i_1 = 0.5$\n'))).toEqual(['1: i_1 0.5']);
  });

  it('a wrong input beside numbers that are the network\'s', () => {
    const r = verify('## Given\n\n$i_1 = 0.5$, $i_2 = 0.1$, $w_1 = 0.15$, $w_2 = 0.2$\n');
    expect(errata(r)).toEqual(['3: i_1 0.5']);
    expect(aside(r)).toEqual([]);
  });

  it('two wrong inputs in a section whose derived values are the network\'s', () => {
    const r = verify(`## Given\n\n$i_1 = 0.5$, $i_2 = 1$\n\n$$net_{h1} = 0.3775$$\n\n$$out_{h1} = 0.593269992$$\n`);
    expect(errata(r)).toEqual(['3: i_1 0.5', '3: i_2 1']);
  });

  it('numbers of the network after training printed wrong, however many', () => {
    const r = verify('After the first round, $out_{o1} = 0.5$ and $out_{o2} = 0.5$.\n');
    expect(errata(r)).toHaveLength(2);
  });
});

describe('a condition to solve', () => {
  it('is not a claim about the network\'s values', () => {
    const r = verify(`${NETWORK}\nThe error is lowest where $\\frac{\\partial E_{total}}{\\partial w_5} = 0 \\Rightarrow w_5 = 3$.\n`);
    expect(errata(r)).toEqual([]);
    expect(aside(r)).toEqual([expect.stringContaining('a condition to solve')]);
  });
});

describe('several parts set aside in one document', () => {
  it('keeps every position when a condition comes after another example', () => {
    const warmUp = ['## Warm-up with other inputs', '', 'Take $i_1 = 1$ and $i_2 = 2$:', '', '$$net_{h1} = 0.15 \\cdot 1 + 0.2 \\cdot 2 + 0.35 = 0.9$$', ''].join('\n');
    const condition = 'The error is lowest where $\\frac{\\partial E_{total}}{\\partial w_5} = 0 \\Rightarrow w_5 = 3$.\n';
    const r = verify(`${warmUp}\n${NETWORK}\n${condition}`);
    expect(errata(r)).toEqual([]);
    expect(aside(r).map((a) => a.split(':')[0])).toEqual(['1', '13']);
    expect(new Set(r.claims.map((c) => c.line))).toEqual(new Set([9, 11]));
  });

  it('sets aside a list of values beside names the network does not have (E.g. x = −2, y = 5, z = −4)', () => {
    const update = derive(loadNetwork('fixtures/ceng506-weight-update.yaml'));
    const text = ['$$f(x, y, z) = (x + y) z$$', '', 'E.g. $x = -2, y = 5, z = -4$', '', 'The weighted sum of the neuron: $z = w_0 x_0 + w_1 x_1 + w_2 = 1$', ''].join('\n');
    const r = verifyDocument(text, update, { format: 'md' });
    expect(errata(r)).toEqual([]);
    expect(aside(r).join('\n')).toMatch(/3: about another example: z = -4 \(the network's is 1\)/);
    expect(r.claims.some((c) => c.verdict === 'exact' && c.quantity === 'v$z')).toBe(true);
  });
});

describe('another example shown by its own numbers and givens (pages corpus7 found)', () => {
  it('sets aside a section whose substituted number is one it printed for a name the network lacks', () => {
    // one sigmoid unit under cross-entropy at θ = 0 (h = 0.5, E = −log h), then a softmax over four given logits:
    // −log(0.671) is that example's p_1, not h
    const unit = derive(loadNetwork('test/verify/public/tumour-sgd1.yaml'));
    const mine = ['## The unit', '', '$$h = \\sigma(0) = 0.5$$', '', '$$E = -\\log(0.5) \\approx 0.693$$', ''].join('\n');
    const other = ['## Softmax over four symbols', '', '$$p_1 = \\frac{9.025}{13.455} \\approx 0.671$$', '', '$$p_2 = \\frac{2.718}{13.455} \\approx 0.202$$', '', '$$E = -\\log(h) = -\\log(0.671) \\approx 0.399$$', ''].join('\n');
    const r = verifyDocument(`${mine}\n${other}`, unit, { format: 'md' });
    expect(errata(r)).toEqual([]);
    expect(aside(r)).toEqual([expect.stringMatching(/about another example: h = 0\.671/)]);
  });

  it('sets aside a question that gives its own values of computed quantities beside names the network lacks', () => {
    const question = ['## Q6. A hidden δ from given values', '', 'Answer: $$\\delta_{h1} = 0.0126$$', '', 'Given: $$out_{h1} = 0.7$$ and $$d_1 = 0.1$$', '', '$$\\delta_{h1} = 0.7(0.3)(0.06) = 0.0126$$', ''].join('\n');
    const r = verify(`${NETWORK}\n${question}`);
    expect(errata(r)).toEqual([]);
    expect(aside(r)).toEqual([expect.stringMatching(/^\d+: about another example: \\delta_\{h1\} = 0\.0126/)]);
  });

  it('keeps a section of wrong updated weights an erratum: an update is what a step gives, never a given', () => {
    const updates = ['## Updated weights', '', '$$w_5^{+} = 0.4 - 0.5 \\cdot 0.2 = 0.3$$', '', '- $w_6^{+} = 0.086615$', '- $w_7^{+} = 0.269445$', ''].join('\n');
    expect(errata(verify(`${NETWORK}\n${updates}`)).map((e) => e.split(':')[0])).toEqual(['9', '11', '12']);
  });
});

describe('a block of given values that contradict the network, with no heading of its own', () => {
  const question = ['Answer:', '', '$$E_{o1}=0.045$$', '', 'Given:', '', '$$out_{o1}=0.7,\\quad target_{o1}=1$$', '', 'Working:', '', '$$E_{o1}=\\frac{1}{2}(target_{o1}-out_{o1})^2 = \\frac{1}{2}(1-0.7)^2 = 0.045$$', ''].join('\n');

  it('sets aside the givens (a computed output stated with no working, a target), the working and the answer printed first', () => {
    const r = verify(`${NETWORK}\n${question}`);
    expect(errata(r)).toEqual([]);
    expect(aside(r)).toEqual(['9: about another example: given out_{o1} = 0.7 (the network\'s is 0.751365), target_{o1} = 1 (the network\'s is 0.01), and the working from them']);
    expect(r.claims.filter((c) => c.verdict === 'exact').map((c) => c.line)).toContain(5);
  });

  it('keeps a restated value with a slip an erratum: the section computed it before, so it is no given', () => {
    const restated = ['We carry on with', '', '$$out_{h1} = 0.5392,\\quad i_1 = 1$$', '', '$$net_{o1} = 0.4 \\cdot 0.5392 + 0.45 \\cdot 0.596884378 + 0.6 = 1.08427797$$', ''].join('\n');
    const r = verify(`${NETWORK}\n${restated}`);
    expect(aside(r)).toEqual([]);
    expect(errata(r)).toEqual(['9: out_{h1} 0.5392', '9: i_1 1', '11: out_h1 0.5392', '11: net_{o1} 1.08427797']);
  });
});

describe('a given quantity defined by a formula of its own', () => {
  it('is a new example\'s function (y = x·(x + 2) for an input), not an erratum about the given number', () => {
    const r = verify(`${NETWORK}\nMore to try: $i_1 = w_1 \\cdot (w_1 + 2)$\n`);
    expect(errata(r)).toEqual([]);
    expect(aside(r)).toEqual(['7: a formula of its own for i_1 (w_1 \\cdot (w_1 + 2)), which the network gives as a number: another example']);
  });

  it('stays an erratum when the formula uses the quantity itself (an update written without a mark)', () => {
    const r = verify(`${NETWORK}\n$b_1 = b_1 - w_1 i_1$\n`);
    expect(aside(r)).toEqual([]);
    expect(errata(r)).toEqual(['7: b_1 b_1 - w_1 i_1']);
  });
});

describe('a warm-up section with the network\'s names and numbers of its own', () => {
  const warmUp = (net: string) => [
    '## A warm-up on other numbers', '',
    'Take $i_1 = 0.8$, $i_2 = 0.6$, $w_1 = 0.3$, $w_2 = 0.4$ and $b_1 = 0.1$ for this warm-up only.', '',
    `$$net_{h1} = w_1 i_1 + w_2 i_2 + b_1 = 0.8 \\cdot 0.3 + 0.6 \\cdot 0.4 + 0.1 = ${net}$$`, '',
    '$$out_{h1} = \\frac{1}{1 + e^{-0.58}} = 0.641$$', '',
  ].join('\n');

  it('sets the whole section aside, though the next section uses the network\'s own values for the same names', () => {
    const r = verify(`${warmUp('0.58')}\n${NETWORK}`);
    expect(errata(r)).toEqual([]);
    expect(aside(r)).toEqual([expect.stringMatching(/^1: about another example: i_1 = 0\.8 \(the network's is 0\.05\)/)]);
    expect(outcomeOf(r).exitCode).toBe(0);
  });

  it('still finds a sum that its own printed numbers do not give, as the page\'s arithmetic', () => {
    const r = verify(`${warmUp('0.56')}\n${NETWORK}`);
    expect(r.claims.filter((c) => c.verdict === 'erratum').map((c) => [c.line, c.kind, c.printed, c.expected])).toEqual([[5, 'arithmetic', '0.56', '0.58']]);
    expect(outcomeOf(r).exitCode).toBe(1);
  });
});
