// readPlainYaml reads plain YAML exactly as the yaml library does wherever it answers, and leaves everything else to it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readPlainYaml } from '../../src/definition/plainYaml.js';
import { networkFiles } from '../helpers/networkFiles.js';

/** Where the plain reader answers, its data is the library's (values, -0, key order). */
function agrees(text: string): boolean {
  const plain = readPlainYaml(text);
  if (plain === undefined) return false;
  const library: unknown = parseYaml(text, { uniqueKeys: false, strict: true });
  expect(plain).toStrictEqual(library);
  expect(JSON.stringify(plain)).toBe(JSON.stringify(library));
  return true;
}

describe('readPlainYaml', () => {
  it('reads every repository network file as the yaml library does, and most of them', () => {
    const files = [...networkFiles('fixtures'), ...networkFiles('test'), ...networkFiles('docs')];
    const read = files.filter((f) => agrees(readFileSync(f, 'utf8')));
    expect(files.length).toBeGreaterThan(50);
    expect(read.length / files.length).toBeGreaterThan(0.6);
  });

  it('reads block mappings and sequences, flow collections, numbers and strings', () => {
    const text = [
      '# a comment',
      'title: Mazur\'s net, 2 × 2 # trailing comment',
      'inputs: { i1: 0.05, i2: -.10, i3: +3, i4: 1e-3, i5: -0, i6: 7., i7: 007 }',
      'frozen: [b1, b2]',
      'empty: { a: [], b: {} }',
      'layers:',
      '  - name: hidden',
      '    activation: leaky-relu',
      '    neurons:',
      '      h1: { weights: { w1: i1, w2: i2 }, bias: b1 }',
      '  - name: out',
      'list:',
      '- 1/3',
      '- x y',
      'deep: { a: { b: [c, [d, { e: f }]] } }',
    ].join('\n');
    expect(agrees(text)).toBe(true);
    expect(readPlainYaml(text)!.inputs).toStrictEqual({ i1: 0.05, i2: -0.1, i3: 3, i4: 0.001, i5: -0, i6: 7, i7: 7 });
  });

  it('leaves to the library what the subset does not cover', () => {
    for (const text of [
      'a: "quoted"',
      "a: 'quoted'",
      'a: &x 1\nb: *x',
      'a: !!str 1',
      'a: |\n  text',
      'a: >\n  text',
      'a: one\n  two',
      'a: null',
      'a: ~',
      'a: true',
      'a: .inf',
      'a: 0x1F',
      'a: 0o17',
      'a:',
      'a: 1\na: 2',
      '__proto__: 1',
      'a: { __proto__: 1 }',
      'a: { b: 1, }',
      'a: [1,\n  2]',
      'a: b: c',
      'a: b#c',
      '---\na: 1',
      '%YAML 1.2\n---\na: 1',
      'a:\n\t- 1',
      '- 1\n- 2',
      'plain scalar',
      'a:\n  -\n    b: 1',
      '<<: { a: 1 }',
      `a: ${'['.repeat(200)}${']'.repeat(200)}`,
      'a: { b:1 }',
      'a: x: y',
      'a: :x',
    ]) {
      expect(readPlainYaml(text), text).toBeUndefined();
    }
  });
});
