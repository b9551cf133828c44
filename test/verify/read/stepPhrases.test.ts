// "After the step:" and a heading "Epoch 2" say the values under them are the network's after one update (N − 1 under
// "Epoch N"); "after this step" (a tutorial's own step) and "after the update of w" say nothing of the kind.
import { describe, expect, it } from 'vitest';
import { linearUnit } from '../../helpers/linearUnit.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// y = w x, x = 2, w = 0.5 → y = 1.0; after one step toward 1.5 at η = 0.1, w = 0.6 and y = 1.2
const unit = linearUnit({ target: 1.5, eta: 0.1 });
const verdicts = (md: string): string[] => verifyDocument(md, unit, { format: 'md' }).claims.map((c) => `${c.line}: ${c.printed} ${c.verdict}`);
const apart = (...parts: string[]): string => parts.join('\n\n## Next\n\n') + '\n';

describe('phrases that say the network has taken a step', () => {
  it('reads the output after "After the step:" and under "## Epoch 2" as after one update', () => {
    expect(verdicts(apart('After the step: $y = 1.2$.', '## Epoch 2\n\nNow $y = 1.2$.', 'Then $y = 1.2$.'))).toEqual(['1: 1.2 exact', '7: 1.2 exact', '11: 1.2 erratum']);
  });

  it('keeps "after this step" and "after the update of w" at the network as given', () => {
    expect(verdicts(apart('After this step we have $y = 1.0$.', 'After the update of $w$ the old output $y = 1.0$ is stale.'))).toEqual(['1: 1.0 exact', '5: 1.0 exact']);
  });

  it('finds the old value printed after the step', () => {
    expect(verdicts('After the step: $y = 1.0$.\n')).toEqual(['1: 1.0 erratum']);
  });
});
