// Every numeric claim of documents 000 (simple GD), 002, 003 and 004 with verdict exact or not-printed, reproduced by the engine.
import { describe, expect, it } from 'vitest';
import { derive, emit, loadNetwork } from '../../src/api.js';
import { formatNumber } from '../../src/evaluate/numberPolicy.js';
import { loadClaims, printedDecimals, type Claim } from '../helpers/claims.js';
import { deriveJson } from '../helpers/cli.js';
import { claimValue, inputSettings } from './claimValue.js';

/** Each seed computation: its fixture and the flags derive runs with (the test runs the CLI for these). */
const COMPUTATIONS: Record<string, { fixture: string; flags: string[] }> = {
  simple_gd: { fixture: 'fixtures/comp9444-gd-1d.yaml', flags: ['--iterations', '2'] },
  fxyz: { fixture: 'fixtures/ceng506-fxyz.yaml', flags: [] },
  sigmoid_circuit: { fixture: 'fixtures/ceng506-sigmoid-circuit.yaml', flags: [] },
  weight_update: { fixture: 'fixtures/ceng506-weight-update.yaml', flags: ['--iterations', '19'] },
  softmax: { fixture: 'fixtures/tartu-softmax.yaml', flags: ['--decimals', '4'] },
};
/** Logic units: each claim is taken at its own 0/1 inputs, through the library. */
const GATES: Record<string, string> = { and_gate: 'fixtures/ceng506-and.yaml', or_gate: 'fixtures/ceng506-or.yaml', xnor: 'fixtures/ceng506-xnor.yaml' };

const claims = loadClaims().filter((c) => c.type === 'numeric' && /^00[0234]/.test(c.document) && c.computation !== 'mazur');
const checked = (c: Claim): boolean => c.verdict === 'exact' || c.verdict === 'not-printed';
const rows = (names: string[]): [string, Claim][] => claims.filter((c) => names.includes(c.computation) && checked(c)).map((c) => [c.id, c]);

/** As printed at the claim's decimals; a not-printed claim is compared at 9 decimals. */
const printed = (x: number, claim: Claim): string => formatNumber(x, { decimals: claim.printed === null ? 9 : printedDecimals(claim.printed), rounding: 'half-up', trimZeros: false, hand: false });
const expected = (claim: Claim): string => claim.printed ?? printed(Number(claim.exact), claim);

describe('seed claims of documents 000 (f = wx), 002 and 004, by the CLI', () => {
  const cache = new Map<string, [Record<string, unknown>, ReturnType<typeof derive>]>();
  const run = async (computation: string): Promise<[Record<string, unknown>, ReturnType<typeof derive>]> => {
    const { fixture, flags } = COMPUTATIONS[computation]!;
    if (!cache.has(computation)) cache.set(computation, [await deriveJson(fixture, flags), derive(loadNetwork(fixture))]);
    return cache.get(computation)!;
  };

  it('covers every checked numeric claim but document 003\'s arithmetic (1000/100) and the Tartu network\'s', () => {
    const covered = new Set([...Object.keys(COMPUTATIONS), ...Object.keys(GATES)]);
    expect(claims.filter((c) => checked(c) && !covered.has(c.computation)).map((c) => c.id)).toEqual([
      '003.num.iterations_per_epoch', '004.table.da3_ds3', '004.table.da4_ds4', '004.forced.yhat', '004.forced.E', '004.forced.s3', '004.forced.s4',
    ]);
  });

  it.each(rows(Object.keys(COMPUTATIONS)))('reproduces %s', async (_id, claim) => {
    const [json, doc] = await run(claim.computation);
    expect(printed(claimValue(claim.quantity!, json, doc), claim)).toBe(expected(claim));
  });
});

describe('seed claims of the AND, OR and XNOR units (document 002)', () => {
  it.each(rows(Object.keys(GATES)))('reproduces %s', (_id, claim) => {
    const def = loadNetwork(GATES[claim.computation]!);
    Object.assign(def.spec.inputs, inputSettings(claim.quantity!));
    const doc = derive(def);
    const json = JSON.parse(emit(doc, 'json')) as Record<string, unknown>;
    expect(printed(claimValue(claim.quantity!, json, doc), claim)).toBe(expected(claim));
  });
});

const tartu = await deriveJson('fixtures/tartu-1-2-2-1.yaml', ['--decimals', '4']);

describe('the Tartu network\'s hint table (document 004, weights chosen to reproduce it)', () => {
  const json = tartu;
  it.each([
    ['004.table.da3_ds3', "D('a3','s3')"],
    ['004.table.da4_ds4', "D('a4','s4')"],
    ['004.table.dE_dyhat', "D('E','yhat')"],
    ['004.table.dyhat_dw11', "D('yhat','w11')"],
    ['004.table.dyhat_dw12', "D('yhat','w12')"],
  ])('reproduces %s as %s', (id, quantity) => {
    const claim = claims.find((c) => c.id === id)!;
    expect(formatNumber(claimValue(quantity, json), { decimals: 4, rounding: 'half-up', trimZeros: false, hand: false })).toBe(claim.printed);
  });
});
