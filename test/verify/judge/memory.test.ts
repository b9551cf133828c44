// The document memory is a value: each `with` returns a new version and leaves the old one as it was, also when an old version is extended.
import { describe, expect, it } from 'vitest';
import { SymbolNode } from '../../../src/util/mathjs.js';
import { DocumentMemory } from '../../../src/verify/judge/memory.js';

const side = { node: new SymbolNode('x'), source: '0.1 + 0.2', start: 0, end: 9, numbers: [], blank: false };

describe('DocumentMemory', () => {
  const m0 = DocumentMemory.empty();
  const m1 = m0.with({ kind: 'formula', id: 'v$net_h1', node: new SymbolNode('w1'), wrong: false });
  const m2 = m1.with({ kind: 'arithmetic', id: 'v$net_h1', value: 0.3775 });
  const m3 = m2.with({ kind: 'arithmetic', id: 'v$net_h1', value: 0.3776 }).with({ kind: 'lastArithmetic', id: 'v$net_h1', arithmetic: { value: 0.3, side } });
  const fork = m1.with({ kind: 'arithmetic', id: 'v$net_h1', value: 9 });
  const wrong = m3.with({ kind: 'wrongPrinted', text: '0.3275', root: { kind: 'value', verdict: 'erratum', start: 0, printed: '0.3275' } });

  it.each<[string, () => unknown, unknown]>([
    ['the empty memory knows nothing', () => [m0.lastFormula('v$net_h1'), m0.arithmeticFor('v$net_h1'), m0.printedWrong('0.3275')], [undefined, undefined, false]],
    ['a formula is remembered by the next version', () => m1.lastFormula('v$net_h1')?.node.toString(), 'w1'],
    ['arithmetic accumulates in order', () => m3.arithmeticFor('v$net_h1'), [0.3775, 0.3776]],
    ['an older version does not see later facts', () => [m1.arithmeticFor('v$net_h1'), m2.arithmeticFor('v$net_h1')], [undefined, [0.3775]]],
    ['extending an older version forks it', () => [fork.arithmeticFor('v$net_h1'), m3.arithmeticFor('v$net_h1')], [[9], [0.3775, 0.3776]]],
    ['the last side of numbers is kept per quantity', () => [m3.lastArithmetic('v$net_h1')?.value, m3.lastArithmetic('v$out_h1')], [0.3, undefined]],
    ['numbers printed wrong are remembered as printed', () => [wrong.printedWrong('0.3275'), m3.printedWrong('0.3275'), wrong.printedWrong('0.32750')], [true, false, false]],
  ])('%s', (_what, read, expected) => {
    expect(read()).toEqual(expected);
  });
});
