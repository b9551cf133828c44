import { readdirSync } from 'node:fs';
import { it } from 'vitest';
import { derive, emit, loadNetwork } from '../src/api.js';
import { verifyDocument } from '../src/verify/verifyDocument.js';
it('variants', () => {
  const out: string[] = [];
  for (const f of readdirSync('fixtures').filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const exact = derive(loadNetwork(`fixtures/${f}`));
    const variants: [string, object][] = [['trunc3', { decimals: 3, hand: true, rounding: 'truncate' }], ['trunc4', { decimals: 4, hand: true, rounding: 'truncate' }], ['sig3', { sig: 3, hand: true }], ['sig4', { sig: 4, hand: true }], ['even3', { decimals: 3, hand: true, rounding: 'half-even' }]];
    for (const [name, policy] of variants) {
      let hand;
      try { hand = derive(loadNetwork(`fixtures/${f}`), { policy: policy as never }); } catch (e) { out.push(`${f} ${name}: derive failed ${e}`); continue; }
      for (const format of ['tex'] as const) {
        const r = verifyDocument(emit(hand, format), exact, { format });
        const bad = r.claims.filter((c) => c.verdict === 'erratum' || (name.startsWith('trunc') ? false : c.verdict === 'truncation') || c.verdict === 'not-printed');
        if (bad.length) out.push(`${f} ${name} ${format}: ${bad.length}\n    ` + bad.slice(0, 3).map((c) => `${c.line}:${c.column} ${c.kind} ${c.subject} printed ${c.printed} expected ${c.expected} ${c.verdict} ${c.detail ?? c.slip ?? ''}`).join('\n    '));
      }
    }
  }
  console.log(out.join('\n') || 'none');
}, 600_000);
