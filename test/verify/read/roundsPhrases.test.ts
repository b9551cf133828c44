// "After N epochs" in the languages of the pages read (German, French, Spanish, Italian, Portuguese, Chinese, Vietnamese, Turkish): the values that follow are the network's after N updates.
import { describe, expect, it } from 'vitest';
import { linearUnit } from '../../helpers/linearUnit.js';
import { findRoundsSpans } from '../../../src/verify/read/roundsContext.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// y = w x, x = 2, w = 0.5, target 1.5, η = 0.1: w = 0.6 after one step, 0.66 after two
const unit = linearUnit({ target: 1.5, eta: 0.1 });

describe('rounds of training named in other languages', () => {
  it.each([
    ['Nach 1.000 Epochen gilt', 1000],
    ['nach der zweiten Iteration', 2],
    ['nach einer Epoche', 1],
    ['nach 3 Aktualisierungen', 3],
    ['nach 10 Schritten', 10],
    ['après 10 itérations', 10],
    ['après la deuxième époque', 2],
    ['después de 1 000 iteraciones', 1000],
    ['tras 500 épocas', 500],
    ['dopo la seconda epoca', 2],
    ['dopo 100 iterazioni', 100],
    ['após a 2ª iteração', 2],
    ['depois de 3 épocas', 3],
    ['经过1000次迭代后', 1000],
    ['训练 500 轮后', 500],
    ['第2次迭代后', 2],
    ['sau 1000 epoch', 1000],
    ['sau 10 lần lặp', 10],
    ['1000 epoch sonra', 1000],
    ['500 iterasyondan sonra', 500],
  ])('reads "%s" as after %i updates', (phrase, rounds) => {
    expect(findRoundsSpans(`${phrase}: $w = 1$`).map((s) => s.rounds)).toEqual([rounds]);
  });

  it.each(['nach dem ersten Schritt', 'après la première étape', 'nach unzähligen Epochen', 'Nachbar 2 Epochen', '求导2次后'])(
    'does not read "%s" (a step of the procedure, or no count)',
    (phrase) => {
      expect(findRoundsSpans(`${phrase}: $w = 1$`)).toEqual([]);
    },
  );

  it('judges the values after such a phrase against the network after that many updates', () => {
    const md = 'Am Anfang ist $w = 0.5$.\n\nNach der zweiten Iteration ist $w = 0.66$ und $y = 1.32$.\n';
    expect(verifyDocument(md, unit, { format: 'md' }).claims.map((c) => `${c.line}: ${c.printed} ${c.verdict}`)).toEqual(['1: 0.5 exact', '3: 0.66 exact', '3: 1.32 exact']);
  });
});
