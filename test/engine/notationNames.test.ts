// Every notation preset prints distinct names for distinct nodes of every fixture: a name shared by two quantities
// makes every line that uses it ambiguous (Tartu's ŷ and s_out for each of two outputs made verify report 25 errata).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../src/api.js';
import { NOTATION_NAMES } from '../../src/api/defaults.js';

const FIXTURES = readdirSync('fixtures').filter((f) => /\.(ya?ml|json)$/.test(f)).sort();

describe('names of nodes under every notation', () => {
  it.each(FIXTURES)('%s: each preset names each node differently', (file) => {
    const def = loadNetwork(`fixtures/${file}`);
    for (const notation of NOTATION_NAMES) {
      let doc: ReturnType<typeof derive>;
      try {
        doc = derive(def, { notation });
      } catch {
        continue; // a preset that does not fit the file says so itself (tested with the presets)
      }
      const byName = new Map<string, string>();
      for (const id of doc.derivation.graph.nodes.keys()) {
        const tex = doc.notation.node(id).tex;
        const other = byName.get(tex);
        expect(other === undefined ? undefined : `${notation}: ${other} and ${id} both print ${tex}`).toBeUndefined();
        byName.set(tex, id);
      }
    }
  });
});
