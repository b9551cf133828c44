// variants --lms moodle: a Moodle XML quiz, one cloze question per variant with NUMERICAL sub-answers; its structure checked.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNetwork, variants, moodleQuiz } from '../../src/api.js';
import { ROOT } from '../helpers/cli.js';

const NET = loadNetwork(join(ROOT, 'fixtures', 'comp9444-gd-1d.yaml'));
const list = variants(NET, { seed: 'lms', students: [{ id: 's1' }, { id: 's2', name: 'Ann <Lee> & Co' }], format: 'md' });
const xml = moodleQuiz(list, 'Gradient descent');

/** Well-formed outside CDATA: every element closed in order (no XML parser is a dependency; this is what import needs). */
function elementStack(text: string): string[] {
  const stack: string[] = [];
  const bare = text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '');
  for (const m of bare.matchAll(/<(\/?)([A-Za-z][\w-]*)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else stack.push(m[2]!);
  }
  expect(bare).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  return stack;
}

describe('moodleQuiz', () => {
  it('is well-formed XML with one cloze question per variant under <quiz>', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(elementStack(xml)).toEqual([]);
    expect(xml.match(/<question type="cloze">/g)).toHaveLength(2);
    expect(xml).toContain('<name><text>Gradient descent (Ann &lt;Lee&gt; &amp; Co)</text></name>');
  });
  it('puts a NUMERICAL sub-answer with the key value and tolerance at every blank', () => {
    const first = xml.slice(0, xml.indexOf('</question>'));
    const subs = [...first.matchAll(/\{1:NUMERICAL:=([-\d.e]+):([\d.e-]+)\}/g)];
    expect(subs.map((m) => Number(m[1]))).toEqual(list[0]!.answers.map((a) => Number(a.value.toPrecision(12))));
    expect(new Set(subs.map((m) => Number(m[2])))).toEqual(new Set([list[0]!.tolerance]));
    expect(first).toMatch(/<p>\\\(f = w \\cdot x = [-\d.]+ \\cdot 1 =\\\) \{1:NUMERICAL/);
  });
});
