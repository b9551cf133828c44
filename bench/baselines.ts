// Hand-written baselines, independent of the engine: plain Float64Array forward/backward loops for a sigmoid, half-SSE dense net.
import type { NetworkSpecInput } from './generateNetwork.js';

/** A dense net as plain matrices: W[l] is row-major (unit j of layer l+1 reads unit i of layer l at j·n_l + i). */
export interface PlainNet {
  sizes: number[];
  W: Float64Array[];
  b: Float64Array[];
  x: Float64Array;
  t: Float64Array;
}

/** Reads a layered spec's numbers into matrices (weights in each neuron's listed order, which is source order). */
export function plainNetFromSpec(spec: NetworkSpecInput): PlainNet {
  const layers = spec.layers!;
  const sizes = [Object.keys(spec.inputs ?? {}).length, ...layers.map((l) => Object.keys(l.neurons!).length)];
  const W = layers.map((layer, l) => {
    const m = new Float64Array(sizes[l + 1]! * sizes[l]!);
    Object.values(layer.neurons!).forEach((n, j) => Object.keys(n.weights).forEach((w, i) => (m[j * sizes[l]! + i] = (spec.parameters ?? {})[w]!)));
    return m;
  });
  const b = layers.map((layer) => Float64Array.from(Object.values(layer.neurons!), (n) => (n.bias ? (spec.parameters ?? {})[n.bias]! : 0)));
  const outputs = Object.keys(layers.at(-1)!.neurons!);
  return { sizes, W, b, x: Float64Array.from(Object.values(spec.inputs ?? {})), t: Float64Array.from(outputs, (u) => spec.targets![u]!) };
}

export interface PlainGradient {
  gW: Float64Array[];
  gb: Float64Array[];
  /** Forward and backward pass at the net's current W and b; returns E = Σ ½(t − o)². */
  run(): number;
}

export function createPlainGradient(net: PlainNet): PlainGradient {
  const { sizes, W, b, x, t } = net;
  const L = W.length;
  const a = sizes.map((n, l) => (l === 0 ? x : new Float64Array(n)));
  const d = sizes.map((n) => new Float64Array(n));
  const gW = W.map((m) => new Float64Array(m.length));
  const gb = b.map((v) => new Float64Array(v.length));
  const run = (): number => {
    for (let l = 0; l < L; l++) {
      const m = W[l]!, bias = b[l]!, inp = a[l]!, out = a[l + 1]!, nIn = sizes[l]!, nOut = sizes[l + 1]!;
      for (let j = 0; j < nOut; j++) {
        let s = 0;
        const row = j * nIn;
        for (let i = 0; i < nIn; i++) s += m[row + i]! * inp[i]!;
        out[j] = 1 / (1 + Math.exp(-(s + bias[j]!)));
      }
    }
    const o = a[L]!, dL = d[L]!;
    let E = 0;
    for (let k = 0; k < o.length; k++) {
      const e = t[k]! - o[k]!;
      E += 0.5 * e * e;
      dL[k] = -e * o[k]! * (1 - o[k]!);
    }
    for (let l = L - 1; l >= 0; l--) {
      const m = W[l]!, g = gW[l]!, inp = a[l]!, dOut = d[l + 1]!, dIn = d[l]!, nIn = sizes[l]!, nOut = sizes[l + 1]!;
      if (l > 0) dIn.fill(0);
      for (let j = 0; j < nOut; j++) {
        const delta = dOut[j]!;
        const row = j * nIn;
        gb[l]![j] = delta;
        for (let i = 0; i < nIn; i++) g[row + i] = delta * inp[i]!;
        if (l > 0) for (let i = 0; i < nIn; i++) dIn[i] += delta * m[row + i]!;
      }
      // σ'(net) = a(1 − a) for the layer below, applied once its sum is complete
      if (l > 0) for (let i = 0; i < nIn; i++) dIn[i] = dIn[i]! * inp[i]! * (1 - inp[i]!);
    }
    return E;
  };
  return { gW, gb, run };
}

/** Plain gradient descent on the weights only (biases frozen), built once; each call restarts from the net's weights and returns the final loss. */
export function createPlainTrainer(net: PlainNet): (epochs: number, eta: number) => number {
  const initial = net.W.map((m) => Float64Array.from(m));
  const grad = createPlainGradient(net);
  return (epochs, eta) => {
    net.W.forEach((m, l) => m.set(initial[l]!));
    for (let e = 0; e < epochs; e++) {
      grad.run();
      for (let l = 0; l < net.W.length; l++) {
        const m = net.W[l]!, g = grad.gW[l]!;
        for (let k = 0; k < m.length; k++) m[k] = m[k]! - eta * g[k]!;
      }
    }
    return grad.run();
  };
}

/** Mazur's 2-2-2 written out by hand (no loops), weights w1..w8 and shared biases b1, b2 from the spec: the fastest plain form. */
export function trainMazurUnrolled(spec: NetworkSpecInput, epochs: number, eta: number): number {
  const p = spec.parameters ?? {};
  const w = Float64Array.from(['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8'], (k) => p[k]!);
  const [i1, i2, b1, b2, t1, t2] = [spec.inputs!.i1!, spec.inputs!.i2!, p.b1!, p.b2!, spec.targets!.o1!, spec.targets!.o2!];
  let E = 0;
  for (let e = 0; e <= epochs; e++) {
    const h1 = 1 / (1 + Math.exp(-(w[0]! * i1 + w[1]! * i2 + b1))), h2 = 1 / (1 + Math.exp(-(w[2]! * i1 + w[3]! * i2 + b1)));
    const o1 = 1 / (1 + Math.exp(-(w[4]! * h1 + w[5]! * h2 + b2))), o2 = 1 / (1 + Math.exp(-(w[6]! * h1 + w[7]! * h2 + b2)));
    E = 0.5 * (t1 - o1) ** 2 + 0.5 * (t2 - o2) ** 2;
    if (e === epochs) break;
    const d1 = -(t1 - o1) * o1 * (1 - o1), d2 = -(t2 - o2) * o2 * (1 - o2);
    const dh1 = (d1 * w[4]! + d2 * w[6]!) * h1 * (1 - h1), dh2 = (d1 * w[5]! + d2 * w[7]!) * h2 * (1 - h2);
    // simultaneous update: every gradient above was taken at this epoch's weights
    const g = [dh1 * i1, dh1 * i2, dh2 * i1, dh2 * i2, d1 * h1, d1 * h2, d2 * h1, d2 * h2];
    for (let k = 0; k < 8; k++) w[k] = w[k]! - eta * g[k]!;
  }
  return E;
}
