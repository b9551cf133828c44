// A `# comment` line inside a fenced program (a notebook's code cell) is no heading: sections are cut at headings only.
import { describe, expect, it } from 'vitest';
import { sections } from '../../../src/verify/read/scopes.js';

const cuts = (text: string) => sections(text).map((s) => text.slice(s.start, s.end).split('\n', 1)[0]);

describe('sections', () => {
  it.each([
    ['a Python fence', '# One\ntext\n```python\n# a comment\nx = 1\n```\n# Two\n', ['# One', '# Two']],
    ['a tilde fence', '# One\n~~~py\n# a comment\n~~~\n# Two\n', ['# One', '# Two']],
    ['a fence left open', '# One\n```python\n# a comment\n', ['# One']],
    ['no fence', '# One\n# Two\n', ['# One', '# Two']],
  ])('cuts at headings, not at the comments of %s', (_, text, expected) => {
    expect(cuts(text)).toEqual(expected);
  });
});
