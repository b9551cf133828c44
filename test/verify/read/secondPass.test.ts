// A bulleted plain list of values (`- y3=0.57`) under a heading that says the forward pass runs again with the new weights: read as values after one update.
import { describe, expect, it } from 'vitest';
import { linearUnit } from '../../helpers/linearUnit.js';
import { findPlainEquations } from '../../../src/verify/read/plainText.js';
import { findRoundsSpans } from '../../../src/verify/read/roundsContext.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

// one linear weight: y = w x, x = 2, w = 0.5, target 1.5, η = 0.1 → y = 1.0; after one step w = 0.6 and y = 1.2
const unit = linearUnit({ target: 1.5, eta: 0.1 });
const verdicts = (md: string): string[] => verifyDocument(md, unit, { format: 'md' }).claims.map((c) => `${c.line}: ${c.printed} ${c.verdict}`);

describe('a second forward pass written as a list', () => {
  it('reads a bullet as a list marker, not a minus sign', () => {
    expect(findPlainEquations('- y3=0.57\n* y4 = 0.56\n', []).map((e) => e.latex)).toEqual(['y3=0.57', 'y4 = 0.56']);
  });

  it.each([
    ['## Forward pass with the new weights', 1],
    ['## 用新权重再做一次前向计算', 1],
    ['Now a second forward pass:', 1],
  ])('takes "%s" to speak of the network after %i update', (line, rounds) => {
    const text = `${line}\n\nintro\n\n- y = 1.2\n`;
    expect(findRoundsSpans(text).map((s) => [s.rounds, s.end >= text.indexOf('y =')])).toEqual([[rounds, true]]);
  });

  it('judges the list under such a heading against the network after the update, to the end of its section', () => {
    const md = '# Step\n\n- y = 1.0\n\n## Forward pass with the new weights\n\nThe page gives:\n\nthe output\n\nonce more\n\n- y = 1.2\n\n## Next\n\n- y = 1.0\n';
    expect(verdicts(md)).toEqual(['3: 1.0 exact', '13: 1.2 exact', '17: 1.0 exact']);
  });
});
