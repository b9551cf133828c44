// --only takes the file's parameter ids; a name the notation prints for one is refused with the id it stands for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, parseNetwork } from '../../src/api.js';
import { ROOT } from '../helpers/cli.js';

const mazur = readFileSync(join(ROOT, 'fixtures', 'mazur-2-2-2.yaml'), 'utf8');
const inNotation = (name: string) => parseNetwork(mazur.replace(/^notation: mazur$/m, `notation: ${name}`), 'net.yaml');

function refusal(def: ReturnType<typeof parseNetwork>, only: string): string {
  try {
    derive(def, { only: [only] });
  } catch (err) {
    return (err as Error).message;
  }
  return 'no error';
}

describe('--only', () => {
  it.each([
    ['layered', 'w_11^(3)', "--only names 'w_11^(3)', which is how the layered notation prints w5: --only takes the file's ids (--only w5)"],
    ['mazur', 'w9', "--only names 'w9', which is not a trainable parameter (trainable: w1, w2, w3, w4, w5, w6, w7, w8)"],
  ])('in the %s notation refuses %s in one line that says what to pass', (notation, only, message) => {
    expect(refusal(inNotation(notation), only)).toBe(message);
  });
  it('takes the id whatever the notation', () => {
    expect(refusal(inNotation('layered'), 'w5')).toBe('no error');
  });
});
