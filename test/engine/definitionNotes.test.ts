// A network file that is valid but surely not meant (a softmax over one unit) derives, with one located note on stderr.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { definitionNotes } from '../../src/definition/definitionNotes.js';
import { loadNetwork } from '../../src/api.js';

const file = (activation: string, units: string): string => `title: t\nnotation: plain\ninputs: { x: 1 }\ntargets: { ${units.split(',').map((u) => `${u}: 1`).join(', ')} }\nparameters: { ${units.split(',').map((_, k) => `w${k}: 0.5`).join(', ')} }\nlayers:\n  - activation: ${activation}\n    neurons:\n${units.split(',').map((u, k) => `      ${u}: { weights: { w${k}: x } }`).join('\n')}\nloss: cross-entropy\nlearning_rate: 0.1\n`;

describe('notes on a network file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'notes-'));
  const write = (name: string, text: string): string => (writeFileSync(join(dir, name), text), join(dir, name));

  it('says where a softmax over one unit is (its gradient is 0 whatever the input), and derives all the same', async () => {
    const one = write('one.yaml', file('softmax', 'o'));
    expect(definitionNotes(loadNetwork(one))).toEqual([`${one}:7:17: a softmax over one unit is 1 whatever its input, so every gradient through it is 0 (one unit with two classes is a sigmoid) (layers[0].activation)`]);
    const r = await runCli(['derive', one, '--format', 'txt', '-o', join(dir, 'one.txt')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`backprop-tex: note: ${one}:7:17: a softmax over one unit`);
  });

  it('says nothing of a softmax over two units or a sigmoid over one', () => {
    expect(definitionNotes(loadNetwork(write('two.yaml', file('softmax', 'o1,o2'))))).toEqual([]);
    expect(definitionNotes(loadNetwork(write('sig.yaml', file('sigmoid', 'o'))))).toEqual([]);
  });
});
