// Reading a network's quantity names shape by shape (w_{7} for every w_{n}) gives each name the key reading it whole gives,
// for every quantity of every network file in the repository, in LaTeX and in plain text.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive, loadNetwork } from '../../../src/api.js';
import { quantityName } from '../../../src/emit/quantityName.js';
import { byShape, keyOfLatex } from '../../../src/verify/resolve/latexKey.js';
import { normalize } from '../../../src/verify/read/plainNormalize.js';

const files = ['fixtures', 'test/verify/public', 'test/verify/handwritten'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f)));
const plain = (text: string): string | null => keyOfLatex(normalize(text, 0, text.length, -1).latex);

describe('keys by shape', () => {
  it('agree with keys read whole for every quantity name of every network file', () => {
    let names = 0;
    for (const file of files) {
      let doc;
      try {
        doc = derive(loadNetwork(file));
      } catch {
        continue; // a file that is not a network of its own (a fragment, or a file meant to be refused)
      }
      const [latex, text] = [byShape((t) => keyOfLatex(t)), byShape(plain)];
      for (const id of doc.derivation.quantities.keys()) {
        let tex: string | null;
        try {
          tex = quantityName(id, doc.derivation, doc.notation, 'tex');
        } catch {
          continue;
        }
        if (tex === null) continue;
        const t = quantityName(id, doc.derivation, doc.notation, 'text')!;
        expect([file, latex(tex), text(t)]).toEqual([file, keyOfLatex(tex), plain(t)]);
        names++;
      }
    }
    expect(names).toBeGreaterThan(3000);
  });

  it('reads a name whole where its shape keeps no digits in order', () => {
    const calls: string[] = [];
    const key = byShape((t) => (calls.push(t), t === 'x_{77}' ? 'x' : keyOfLatex(t)));
    expect(key('x_{12}')).toBe('x_12');
    expect(calls).toEqual(['x_{77}', 'x_{12}']);
  });
});
