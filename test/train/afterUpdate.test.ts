// Every quantity after the update (derive --after-update all, JSON afterUpdate, rounds[k].values) against a plain loop.
import { describe, expect, it } from 'vitest';
import { derive, emit, parseNetwork } from '../../src/api.js';
import { runCli } from '../helpers/cli.js';

const sig = (x: number): number => 1 / (1 + Math.exp(-x));

/** Mazur's 2-2-2 network in plain arrays: forward pass, half-SSE, one gradient-descent step, forward again. */
function plainMazur(w: number[], eta: number): Record<string, number>[] {
  const [i1, i2, b1, b2, t1, t2] = [0.05, 0.1, 0.35, 0.6, 0.01, 0.99];
  const forward = (v: number[]): Record<string, number> => {
    const net_h1 = v[0]! * i1 + v[1]! * i2 + b1;
    const net_h2 = v[2]! * i1 + v[3]! * i2 + b1;
    const [out_h1, out_h2] = [sig(net_h1), sig(net_h2)];
    const net_o1 = v[4]! * out_h1 + v[5]! * out_h2 + b2;
    const net_o2 = v[6]! * out_h1 + v[7]! * out_h2 + b2;
    const [out_o1, out_o2] = [sig(net_o1), sig(net_o2)];
    const [E_o1, E_o2] = [0.5 * (t1 - out_o1) ** 2, 0.5 * (t2 - out_o2) ** 2];
    return { net_h1, net_h2, out_h1, out_h2, net_o1, net_o2, out_o1, out_o2, E_o1, E_o2, E_total: E_o1 + E_o2 };
  };
  const f = forward(w);
  const d1 = (f.out_o1! - t1) * f.out_o1! * (1 - f.out_o1!);
  const d2 = (f.out_o2! - t2) * f.out_o2! * (1 - f.out_o2!);
  const dh1 = (d1 * w[4]! + d2 * w[6]!) * f.out_h1! * (1 - f.out_h1!);
  const dh2 = (d1 * w[5]! + d2 * w[7]!) * f.out_h2! * (1 - f.out_h2!);
  const g = [dh1 * i1, dh1 * i2, dh2 * i1, dh2 * i2, d1 * f.out_h1!, d1 * f.out_h2!, d2 * f.out_h1!, d2 * f.out_h2!];
  const next = w.map((x, k) => x - eta * g[k]!);
  return [f, forward(next)];
}

const MAZUR = `inputs: { i1: 0.05, i2: 0.10 }
targets: { o1: 0.01, o2: 0.99 }
parameters: { w1: 0.15, w2: 0.20, w3: 0.25, w4: 0.30, w5: 0.40, w6: 0.45, w7: 0.50, w8: 0.55, b1: 0.35, b2: 0.60 }
frozen: [b1, b2]
layers:
  - neurons: { h1: { weights: { w1: i1, w2: i2 }, bias: b1 }, h2: { weights: { w3: i1, w4: i2 }, bias: b1 } }
  - neurons: { o1: { weights: { w5: h1, w6: h2 }, bias: b2 }, o2: { weights: { w7: h1, w8: h2 }, bias: b2 } }
`;
const W0 = [0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55];

describe('every quantity after the update', () => {
  it('JSON afterUpdate holds every net, unit and loss term, equal to a plain loop', () => {
    const json = JSON.parse(emit(derive(parseNetwork(MAZUR)), 'json')) as { afterUpdate: Record<string, number> };
    const [, after] = plainMazur(W0, 0.5);
    expect(Object.keys(json.afterUpdate)).toEqual(Object.keys(after!));
    for (const [id, v] of Object.entries(after!)) expect(json.afterUpdate[id]).toBeCloseTo(v, 14);
  });

  it('rounds[k].values with afterUpdate: all list every computed node of each round', () => {
    const doc = derive(parseNetwork(MAZUR), { iterations: 3, afterUpdate: 'all' });
    let w = W0;
    for (const round of doc.rounds!) {
      const [, after] = plainMazur(w, 0.5);
      w = W0.map((_, k) => round.params[`w${k + 1}`]!);
      for (const [id, v] of Object.entries(after!)) expect(round.values[id]).toBeCloseTo(v, 13);
    }
    expect(Object.keys(doc.rounds![0]!.values)).toContain('out_h2');
  });

  it('derive --after-update all prints the hidden units and each loss term with a ⁺', async () => {
    const r = await runCli(['derive', 'fixtures/mazur-2-2-2.yaml', '--format', 'txt', '--out', '-', '--after-update', 'all']);
    const after = r.stdout.slice(r.stdout.indexOf('After the update'));
    expect(after).toContain('out_h1⁺ = 0.593256764');
    expect(after).toContain('E_o2⁺ = 0.023051272');
    expect(after).toContain('E_total⁺ = 0.291027774');
  });
});

describe('Δw as its own line (derive --delta-w)', () => {
  it('Δw = η·∂E/∂w and w⁺ = w − Δw, equal to the plain loop; JSON deltaW holds every Δw', () => {
    const json = JSON.parse(emit(derive(parseNetwork(MAZUR), { deltaW: true }), 'json')) as { deltaW: Record<string, number>; updated: Record<string, number>; equations: { text: string }[] };
    const [, after] = plainMazur(W0, 0.5);
    expect(after).toBeDefined();
    W0.forEach((w, k) => expect(w - json.deltaW[`w${k + 1}`]!).toBeCloseTo(json.updated[`w${k + 1}`]!, 15));
    expect(json.deltaW.w5).toBeCloseTo(0.5 * 0.082167041, 9);
    const lines = json.equations.map((e) => e.text);
    const at = lines.indexOf('Δw5 = η · ∂E_total/∂w5 = 0.5 · 0.082167041 = 0.04108352');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('w5⁺ = w5 − Δw5 = 0.4 − 0.04108352 = 0.35891648');
  });

  it('without the flag no Δw line is printed', () => {
    const json = JSON.parse(emit(derive(parseNetwork(MAZUR)), 'json')) as { deltaW?: unknown; equations: { text: string }[] };
    expect(json.deltaW).toBeUndefined();
    expect(json.equations.some((e) => e.text.startsWith('Δ'))).toBe(false);
  });
});
