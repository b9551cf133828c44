// A number in prose followed by "before the step" is the value before the one step the sentence speaks of, one
// followed by "after it" (or "after the update") the value after it; a number with neither is left to the rounds context.
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { findProseNumbers } from '../../../src/verify/read/proseNumbers.js';
import { verifyDocument } from '../../../src/verify/verifyDocument.js';

const mazur = derive(loadNetwork('fixtures/mazur-2-2-2.yaml'));
const prose = (doc: string) => verifyDocument(doc, mazur, { format: 'md' }).claims.filter((c) => c.kind === 'prose').map((c) => `${c.printed} ${c.verdict}${c.slip ? ` ${c.slip}` : ''}`);
const rounds = (text: string) => findProseNumbers(text, [], []).map((p) => `${p.text}@${p.rounds}`);

describe('which side of the step a prose number is on', () => {
  it('reads "X before the step and is Y after it" as the loss at 0 and 1 steps (Mazur: 0.298371109, 0.291027774)', () => {
    expect(prose('The error was 0.298371109 before the step and is 0.291027774 after it.\n')).toEqual(['0.298371109 exact', '0.291027774 exact']);
  });

  it('finds the error after the step computed from updated weights too early (Mazur\'s program order)', () => {
    expect(prose('The error was 0.298371109 before the step and is 0.291027924 after it.\n')).toEqual(['0.298371109 exact', '0.291027924 erratum updated-too-early']);
  });

  it('reads another wording: "the loss is 0.69 before this update and 0.52 after the update"', () => {
    expect(rounds('The loss is 0.69 before this update and 0.52 after the update.')).toEqual(['0.69@0', '0.52@1']);
  });

  it('does not take "after it" for a step where the sentence names none, nor "after 10 steps" for one', () => {
    expect(rounds('The error is 0.3 and after it comes the backward pass.')).toEqual([]);
    expect(rounds('The error is 0.3 after 10 steps.')).toEqual([]);
  });
});
