// A number the prose gives a name written in inline math is that name's value only where a copula alone links them and the sentence neither supposes nor speaks of training or a change.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/verify/read/readDocument.js';

/** The prose numbers read with a name for subject, as "name = number @ rounds". */
const named = (doc: string): string[] =>
  readDocument(doc).prose.flatMap((p) => (p.subject.kind === 'name' ? [`${p.subject.text} = ${p.text} @ ${p.rounds}`] : []));

describe('numbers the prose gives names in inline math', () => {
  it.each<[string, string, string[]]>([
    ['a name and "is"', 'The weight $w_5$ is 0.40 here.', ['w_5 = 0.40 @ 0']],
    ['"=" in the prose, and \\( \\)', 'so \\(out_{o1}\\) = 0.7514 and $\\eta$ equals 0.5.', ['out_{o1} = 0.7514 @ 0', '\\eta = 0.5 @ 0']],
    ['a derivative', 'and $\\frac{\\partial E}{\\partial w_5}$ is about 0.0822.', ['\\frac{\\partial E}{\\partial w_5} = 0.0822 @ 0']],
    ['in another language', 'Das Gewicht $w_5$ ist 0.40.', ['w_5 = 0.40 @ 0']],
  ])('reads %s', (_label, doc, expected) => {
    expect(named(doc)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['words between the name and the number', 'The weight $w_5$ starts out near 0.40.'],
    ['a change of the name', 'The change in $w_5$ is 0.08.'],
    ['a new value', 'The new $w_5$ is 0.3589.'],
    ['a sentence about training', 'After one epoch $w_5$ is 0.3589.'],
    ['"now"', 'Now $w_5$ is 0.3589.'],
    ['a supposition', 'If $w_5$ is 0.5, the output rises.'],
    ['a name that is not alone in its math', 'Here $w_5 + w_6$ is 0.85.'],
  ])('leaves alone %s', (_label, doc) => {
    expect(named(doc)).toEqual([]);
  });
});
