// Words for new and old in a document's language (w_{neu}, y_{neu}, w_{viejo}) and y with a word for the target: what verify judges with them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.js';
import { derive, parseNetwork } from '../../../src/api.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// one linear weight: y = w x, x = 2, w = 0.5, target 1.5, η = 0.1 (w⁺ = 0.6, y after the update 1.2)
const unit = derive(parseNetwork(`
inputs: { x: 2.0 }
targets: { y: 1.5 }
parameters: { w: 0.5 }
learning_rate: 0.1
layers:
  - activation: linear
    neurons:
      y: { weights: { w: x } }
loss: half-sse
`, 'unit.yaml'));

const page = (update: string, after: string): string =>
  [`Gewicht $w = 0.5$, Eingabe $x = 2.0$, Ausgabe $y = w \\cdot x = 1.0$, Zielwert $y_{echt} = 1.5$.`, '', `$$w_{neu} = ${update}$$`, '', `Danach: $y_{neu} = ${after}$.`, ''].join('\n');
const verdicts = (text: string): string[] =>
  verifyDocument(text, unit, { format: 'md' }).claims.filter((c) => c.kind === 'value').map((c) => `${c.line}: ${c.subject} ${c.printed} ${c.verdict}`);

describe('update words of other languages', () => {
  it('reads w_{neu} as the updated weight, y_{neu} as the output after the update, y_{echt} as the target', () => {
    expect(verdicts(page('0.5 + 0.1 = 0.6', '0.6 \\cdot 2.0 = 1.2'))).toEqual(['1: w 0.5 exact', '1: x 2.0 exact', '1: y 1.0 exact', '1: y_{echt} 1.5 exact', '3: w_{neu} 0.6 exact', '5: y_{neu} 1.2 exact']);
  });

  it('reads words with accents and in other scripts (mới, nouveau, yeni, 新, новый; cũ) as new and old, and finds a wrong update', () => {
    const updated = (word: string, value: string) => verdicts(`$$w_{\\text{${word}}} = ${value}$$\n`);
    for (const word of ['mới', 'nouveau', 'nuovo', 'yeni', '新', '新しい', 'новый', 'новое']) expect(updated(word, '0.6')).toEqual([`1: w_{\\text{${word}}} 0.6 exact`]);
    expect(updated('mới', '0.4')).toEqual(['1: w_{\\text{mới}} 0.4 erratum']);
    expect(verdicts('$$w_{\\text{cũ}} = 0.5$$\n')).toEqual(['1: w_{\\text{cũ}} 0.5 exact']);
  });

  it('finds a wrong sign in the update and an output recomputed with the old weight', () => {
    const r = verifyDocument(page('0.5 - 0.1 = 0.4', '0.5 \\cdot 2.0 = 1.0'), unit, { format: 'md' });
    const errata = r.claims.filter((c) => c.verdict === 'erratum' && c.kind === 'value').map((c) => `${c.line}: ${c.subject} ${c.printed}`);
    expect(errata).toEqual(['3: w_{neu} 0.4', '5: y_{neu} 1.0']);
    expect(r.claims.find((c) => c.subject === 'y_{neu}')!.detail).toMatch(/value of out_y, not out_y⁺/);
  });

  it('reads the word after an index in one subscript (w_{5,neu}) as the update of w_5, and finds a wrong one', () => {
    const mazur = derive(parseNetwork(readFileSync(join(ROOT, 'fixtures', 'mazur-2-2-2.yaml'), 'utf8'), 'mazur-2-2-2.yaml'));
    const claim = (text: string) => verifyDocument(text, mazur, { format: 'md' }).claims.find((c) => c.kind === 'value' && c.subject === 'w_{5,neu}');
    expect(claim('$$w_{5,neu} = 0.4 - 0.5 \\cdot 0.082167041 = 0.35891648$$\n')?.verdict).toBe('exact');
    expect(claim('$$w_{5,neu} = 0.4 - 0.5 \\cdot 0.082167041 = 0.36891648$$\n')?.verdict).toBe('erratum');
  });
});
