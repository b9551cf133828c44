// grade: planted answer sets marked blank by blank (correct, rounding, error carried forward, wrong, not answered).
import { join } from 'node:path';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, feedbackSheet, feedbackText, fill, gradeSheet, keyOfSheet, loadNetwork, parseNetwork, worksheet } from '../../src/api.js';
import { equationOf } from '../../src/teach/answerText.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { mkdirSync as makeDir, writeFileSync as writeText } from 'node:fs';

/** A sheet with math but nothing to fill. */
function sheetWithoutBlanks(): string {
  makeDir(join(ROOT, 'out'), { recursive: true });
  const path = join(ROOT, 'out', 'test-no-blanks.md');
  writeText(path, 'Why? $$f = w x = 0$$\n');
  return path;
}

const doc = derive(loadNetwork(join(ROOT, 'fixtures', 'comp9444-gd-1d.yaml')));
const QUESTION = ['$$f = w x = ?$$', '', '$$E = \\frac{1}{2}(f - t)^2 = ?$$', '', '$$\\frac{\\partial E}{\\partial w} = (f - t) x = ?$$', '', '$$w^{+} = w - \\eta \\frac{\\partial E}{\\partial w} = ?$$', ''].join('\n');
const filled = fill(QUESTION, doc, { format: 'md', decimals: 2 });
const key = keyOfSheet(filled.filled, 2);
const marks = (answers: string) => gradeSheet(answers, key, doc, { format: 'md' }).map((m) => m.mark);

describe('grade a sheet against its question sheet and network', () => {
  it('marks the solution all correct', () => {
    expect(marks(filled.text)).toEqual(['correct', 'correct', 'correct', 'correct']);
  });
  it('takes marks only for an early slip when what follows is computed from it (ECF), and for all of it without ECF', () => {
    const slip = ['$$f = w x = 0 \\cdot 1 = 0.2$$', '', '$$E = \\frac{1}{2}(f - t)^2 = \\frac{1}{2}(0.2 - 1)^2 = 0.32$$', '', '$$\\frac{\\partial E}{\\partial w} = (f - t) x = (0.2 - 1) \\cdot 1 = -0.8$$', '', '$$w^{+} = w - \\eta \\frac{\\partial E}{\\partial w} = 0 - 0.5 \\cdot (-0.8) = 0.4$$', ''].join('\n');
    const graded = gradeSheet(slip, key, doc, { format: 'md' });
    expect(graded.map((m) => m.mark)).toEqual(['wrong', 'ecf', 'ecf', 'ecf']);
    expect(graded.reduce((n, m) => n + m.credit, 0)).toBe(3);
    expect(gradeSheet(slip, key, doc, { format: 'md', ecf: false }).reduce((n, m) => n + m.credit, 0)).toBe(0);
  });
  it('credits an answer rounded to fewer places as within rounding', () => {
    expect(marks(filled.text.replace('= 0.5$$', () => '= 0.50$$').replace(/= -1\$\$/, () => '= -1.0$$'))).toEqual(['correct', 'correct', 'correct', 'correct']);
    const doc2 = derive(loadNetwork(join(ROOT, 'fixtures', 'mazur-2-2-2.yaml')));
    const q = '$$out_{h1} = ?$$\n';
    const k = keyOfSheet(fill(q, doc2, { format: 'md', decimals: 4 }).filled, 4);
    expect(gradeSheet('$$out_{h1} = 0.593$$\n', k, doc2, { format: 'md' }).map((m) => m.mark)).toEqual(['rounding']);
  });
  it('marks a blank left empty as not answered, never wrong', () => {
    expect(marks(filled.text.replace(/= 0\.5\$\$/, () => '= ?$$'))).toContain('not-answered');
    expect(marks(filled.text.replace(/= 0\.5\$\$/, () => '= ?$$'))).not.toContain('wrong');
  });
  it('finds answers by their quantity when lines were moved, and reports deleted ones as not answered', () => {
    const lines = filled.text.split('\n\n');
    expect(marks([lines[2], lines[0], lines[1], lines[3]].join('\n\n'))).toEqual(['correct', 'correct', 'correct', 'correct']);
    expect(marks([lines[0], lines[2], lines[3]].join('\n\n'))).toEqual(['correct', 'not-answered', 'correct', 'correct']);
  });
});

describe('grade on the command line', () => {
  const dir = join(ROOT, 'out', 'test-grade');
  it('marks a folder of submissions against a variants key, with feedback files', async () => {
    rmSync(dir, { recursive: true, force: true });
    await runCli(['variants', 'fixtures/comp9444-gd-1d.yaml', '--count', '2', '--seed', 'g', '--format', 'md', '--out-dir', join(dir, 'v')]);
    mkdirSync(join(dir, 'in'), { recursive: true });
    writeFileSync(join(dir, 'in', 's01.md'), readFileSync(join(dir, 'v', 's01-solution.md')));
    writeFileSync(join(dir, 'in', 's02.md'), readFileSync(join(dir, 'v', 's02-question.md')));
    const r = await runCli(['grade', join(dir, 'in'), '--key', join(dir, 'v', 'key.csv'), '--out', join(dir, 'marks.csv')]);
    expect(r.status, r.stderr).toBe(0);
    const csv = readFileSync(join(dir, 'marks.csv'), 'utf8');
    expect(csv).toMatch(/^s01,1,v\$f,correct,1,/m);
    expect(csv).toMatch(/^s02,1,v\$f,not-answered,0,/m);
    expect(readFileSync(join(dir, 's01-feedback.txt'), 'utf8')).toMatch(/s01: (\d+) of \1/);
  });
  it('refuses a submission from another variant in one line, exit 2, writing nothing', async () => {
    writeFileSync(join(dir, 'in', 's01.md'), readFileSync(join(dir, 'v', 's02-solution.md')));
    const r = await runCli(['grade', join(dir, 'in', 's01.md'), '--key', join(dir, 'v', 'key.csv'), '--out', join(dir, 'other.csv')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/different variants/);
    expect(existsSync(join(dir, 'other.csv'))).toBe(false);
  });
  it('refuses a question sheet with no blanks in one line, exit 2', async () => {
    const r = await runCli(['grade', sheetWithoutBlanks(), '--net', 'fixtures/comp9444-gd-1d.yaml', '--sheet', sheetWithoutBlanks(), '--out', join(dir, 'none.csv')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no blanks/);
    expect(existsSync(join(dir, 'none.csv'))).toBe(false);
  });
});

describe('grade planted answer sets on the Mazur forward pass at 2 decimals', () => {
  const mazur = derive(loadNetwork(join(ROOT, 'fixtures', 'mazur-2-2-2.yaml')), { policy: { decimals: 2 } });
  const sheet = worksheet(mazur, { format: 'md', only: ['forward'] });
  const mazurKey = sheet.answers.map((a) => ({ blank: a.blank, quantity: a.quantity, value: a.value, tolerance: 0.005 }));
  /** What a student writes who works each line from the numbers already rounded on the sheet (as calculators are used). */
  const roundedTwice = (): Map<string, number> => {
    const own = new Map<string, number>();
    for (const a of sheet.answers) {
      const eq = equationOf(a.quantity, mazur)!;
      const scope = new Map<string, number>();
      eq.numeric!.traverse((n) => {
        if (n.type === 'SymbolNode' && mazur.derivation.quantities.has((n as unknown as { name: string }).name)) {
          const id = (n as unknown as { name: string }).name;
          scope.set(id, own.get(id) ?? mazur.valuation.exact(id));
        }
        return n;
      });
      own.set(a.quantity, Number(Number(eq.numeric!.compile().evaluate(scope)).toFixed(2)));
    }
    return own;
  };
  const answered = (values: Map<string, number>): string => {
    let k = 0;
    return sheet.question.replace(/= \?\$\$/g, () => `= ${values.get(sheet.answers[k++]!.quantity)}$$`);
  };

  it('credits answers worked from rounded intermediates as rounding (net_o2 = 1.23, E_total = 0.29 against 1.22, 0.30)', () => {
    const own = roundedTwice();
    expect([own.get('v$net_o2'), own.get('v$E_total')]).toEqual([1.23, 0.29]);
    const graded = gradeSheet(answered(own), mazurKey, mazur, { format: 'md' });
    const byMark = (mark: string) => graded.filter((m) => m.mark === mark).map((m) => m.quantity);
    expect(byMark('rounding')).toEqual(['v$net_o2', 'v$E_total']);
    expect(byMark('correct')).toHaveLength(sheet.answers.length - 2);
    expect(graded.every((m) => m.credit === 1)).toBe(true);
  });

  it('finds each answer by its quantity in a submission with lines moved and deleted, and reports the deleted ones', () => {
    const lines = answered(roundedTwice()).split('\n');
    const at = (q: string) => lines.findIndex((l) => l.startsWith(`$$${q} =`));
    const [total, outH2] = [at('E_{\\mathit{total}}'), at('\\mathit{out}_{h2}')];
    const moved = [lines[total]!, ...lines.filter((_, i) => i !== total && i !== outH2)];
    const graded = gradeSheet(moved.join('\n'), mazurKey, mazur, { format: 'md', question: sheet.question });
    expect(graded.find((m) => m.quantity === 'v$out_h2')).toMatchObject({ mark: 'not-answered', credit: 0, note: expect.stringMatching(/deleted/) });
    expect(graded.find((m) => m.quantity === 'v$E_total')).toMatchObject({ mark: 'rounding', line: 1 });
    expect(graded.filter((m) => m.credit === 1)).toHaveLength(sheet.answers.length - 1);
  });

  it('reads a plain-text sheet whose names verify skips (a1 = σ(s1) = … = 0.5622) and marks its slips wrong', () => {
    const tartu = derive(loadNetwork(join(ROOT, 'fixtures', 'tartu-practice9.yaml')), { policy: { decimals: 4 } });
    const txt = worksheet(tartu, { format: 'txt', only: ['forward'] });
    const txtKey = txt.answers.map((a) => ({ blank: a.blank, quantity: a.quantity, value: a.value, tolerance: 0.00005 }));
    expect(gradeSheet(txt.solution, txtKey, tartu, { format: 'text' }).map((m) => m.mark)).toEqual(txt.answers.map(() => 'correct'));
    const slip = txt.solution.replace(/^(a1 = .* = )0\.5622$/m, '$19.99');
    expect(gradeSheet(slip, txtKey, tartu, { format: 'text' }).find((m) => m.quantity === 'v$a1')).toMatchObject({ mark: 'wrong', answer: '9.99' });
  });
});

describe('grade a solution sheet against its own key', () => {
  // d2l: ∂E/∂x2 is asked, the sheet writes ∂f/∂x2 (the same quantity); weight-update: aligned lines of numbers alone
  // (&= 0.0592) repeat a given value; the text sheets name a1, ŷ and net_o1_e1, which verify's plain-text reader skips.
  it.each([
    ['d2l-quadratic', 'tex'], ['ceng506-weight-update', 'tex'], ['tartu-practice9', 'txt'], ['batch-2-1', 'txt'],
  ] as const)('%s as %s: every blank correct', (name, format) => {
    const net = derive(loadNetwork(join(ROOT, 'fixtures', `${name}.yaml`)), { policy: { decimals: 4 } });
    const sheet = worksheet(net, { format });
    const own = sheet.answers.map((a) => ({ blank: a.blank, quantity: a.quantity, value: a.value, tolerance: 0.00005 }));
    const graded = gradeSheet(sheet.solution, own, net, { format: format === 'txt' ? 'text' : format, question: sheet.question });
    expect(graded.filter((m) => m.mark !== 'correct')).toEqual([]);
  });
});

describe('feedbackSheet', () => {
  it('writes each verdict after the math that holds the answer, in the sheet’s format, and lists unfound blanks at the end', () => {
    const slip = filled.text.replace(/= 0\.5\$\$/, () => '= 0.7$$');
    const graded = gradeSheet(slip, key, doc, { format: 'md' });
    const md = feedbackSheet(slip, graded, 'md');
    expect(md.startsWith(slip.slice(0, slip.indexOf('$$', 2) + 2))).toBe(true);
    expect(md.match(/> \*\*\[blank \d: [a-z-]+/g)).toEqual(['> **[blank 1: correct', '> **[blank 2: wrong', '> **[blank 3: correct', '> **[blank 4: correct']);
    const deleted = feedbackSheet('$$x = 1$$\n', gradeSheet('$$x = 1$$\n', key, doc, { format: 'md' }), 'text');
    expect(deleted).toMatch(/\[blank 1: not-answered, expected 0 \(0 marks\): no answer found\]/);
  });
});

// A worksheet of a momentum step asks each velocity v_w^(1); verify names it as the velocity after 0 rounds, and grade
// finds it under the key's id (the solution once lost 9 of 47 marks as not answered).
describe('grade a sheet of an optimizer step', () => {
  const text = readFileSync(join(ROOT, 'fixtures', 'mazur-2-2-2.yaml'), 'utf8').replace(/^learning_rate: .*$/m, 'optimizer: { type: momentum, lr: 0.5, momentum: 0.9 }');
  const momentum = derive(parseNetwork(text, 'mazur-2-2-2.yaml'), { policy: { decimals: 4 } });
  it.each(['md', 'tex'] as const)('marks the %s solution all correct, and a wrong velocity wrong', (format) => {
    const sheet = worksheet(momentum, { format });
    const key = sheet.answers.map((a) => ({ blank: a.blank, quantity: a.quantity, value: a.value, tolerance: 0.00005 }));
    const velocities = key.filter((k) => k.quantity.startsWith('os$velocity$'));
    expect(velocities).toHaveLength(8);
    const read = (t: string) => gradeSheet(t, key, momentum, { format: format === 'tex' ? 'tex' : 'md' });
    expect(read(sheet.solution).filter((m) => m.mark !== 'correct')).toEqual([]);
    const v = velocities[0]!;
    const printed = sheet.answers.find((a) => a.blank === v.blank)!.answer;
    const wrong = sheet.solution.replace(`= ${printed}`, () => `= ${printed.replace(/\d$/, (d) => String((Number(d) + 3) % 10))}`);
    expect(read(wrong).filter((m) => m.mark !== 'correct').map((m) => [m.quantity, m.mark])).toEqual([[v.quantity, 'wrong']]);
  }, 20_000);
});

describe('feedback', () => {
  it('says the expected value at the places the key asks for, in the note and on the marked sheet', () => {
    const mazur = derive(loadNetwork(join(ROOT, 'fixtures', 'mazur-2-2-2.yaml')));
    const k = keyOfSheet(fill('$$out_{h1} = ?$$\n', mazur, { format: 'md', decimals: 4 }).filled, 4);
    const answer = '$$out_{h1} = 0.6933$$\n';
    const graded = gradeSheet(answer, k, mazur, { format: 'md' });
    expect(graded.map((m) => m.mark)).toEqual(['wrong']);
    expect(feedbackText('s01', graded)).toContain('wrong [0.6933]; expected 0.5933');
    expect(feedbackSheet(answer, graded, 'md')).toContain('blank 1: wrong, expected 0.5933 (0 marks)');
  });
});
