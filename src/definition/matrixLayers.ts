// A layer written as a weight matrix (W = [[…], […]], biases [b1, b2]) turned into neurons with named parameters, as init names them.
import { InputError, type SourceLocation } from '../util/errors.js';
import type { LayerFileSpec, LayerSpec, NetworkFileSpec, NetworkSpec, NeuronSpec } from './schema.js';

type Locate = (path: readonly (string | number)[]) => SourceLocation;

/** What a file's matrix layers became: the spec with layers of neurons, and their entries written as fractions by id. */
export interface ExpandedLayers {
  spec: NetworkSpec;
  fractions: Record<string, string>;
}

/**
 * The spec with each matrix layer turned into neurons. Units are the layer's `units`, else the target ids for the last
 * layer (when their number matches), else h1, h2, … across hidden layers and o1, o2, … for the outputs; weights are
 * w1, w2, … neuron by neuron (Mazur's order) and biases b1, b2, … (one per layer when the file gives one number), each
 * skipping an id the file already uses. A file with no matrix layer is returned as it is.
 */
export function expandMatrixLayers(spec: NetworkFileSpec, raw: unknown, locate: Locate): ExpandedLayers {
  const fractions: Record<string, string> = Object.create(null) as Record<string, string>;
  if (!spec.layers?.some((l) => l.weights !== undefined)) return { spec: spec as NetworkSpec, fractions };
  const taken = new Set([...Object.keys(spec.parameters), ...Object.keys(spec.inputs), ...Object.keys(spec.targets), ...spec.layers.flatMap((l) => Object.keys(l.neurons ?? {}))]);
  const fresh = (prefix: string): (() => string) => {
    let n = 0;
    return () => {
      let id: string;
      do id = `${prefix}${++n}`;
      while (taken.has(id));
      taken.add(id);
      return id;
    };
  };
  const ids = { w: fresh('w'), b: fresh('b'), h: fresh('h'), o: fresh('o') };
  const parameters: Record<string, number> = { ...spec.parameters };
  let before = inputIds(spec);
  const layers = spec.layers.map((layer, l): LayerSpec => {
    if (layer.weights === undefined) {
      before = Object.keys(layer.neurons!);
      return layer as LayerSpec;
    }
    const last = l === spec.layers!.length - 1;
    const units = unitIds(layer, last ? Object.keys(spec.targets) : [], last ? ids.o : ids.h, locate, l);
    checkShape(layer, units, before, locate, l);
    const rawLayer = (raw as { layers: { weights: unknown[][]; biases?: unknown }[] }).layers[l]!;
    const value = (id: string, v: number, written: unknown): string => {
      parameters[id] = v;
      if (typeof written === 'string') fractions[id] = written.replace(/\s+/g, '');
      return id;
    };
    const shared = typeof layer.biases === 'number' ? value(ids.b(), layer.biases, rawLayer.biases) : undefined;
    const neurons: Record<string, NeuronSpec> = Object.create(null) as Record<string, NeuronSpec>;
    units.forEach((unit, j) => {
      const weights: Record<string, string> = Object.create(null) as Record<string, string>;
      layer.weights![j]!.forEach((w, k) => void (weights[value(ids.w(), w, rawLayer.weights[j]![k])] = before[k]!));
      const own = Array.isArray(layer.biases) ? value(ids.b(), layer.biases[j]!, (rawLayer.biases as unknown[])[j]) : shared;
      neurons[unit] = own === undefined ? { weights } : { weights, bias: own };
    });
    before = units;
    const { weights: _w, biases: _b, units: _u, ...rest } = layer;
    return { ...rest, neurons };
  });
  return { spec: { ...spec, parameters, layers }, fractions };
}

/** The ids of the network's inputs in the file's order (a file with examples: the first example's). */
function inputIds(spec: NetworkFileSpec): string[] {
  const own = Object.keys(spec.inputs);
  return own.length > 0 || !spec.examples ? own : Object.keys(spec.examples[0]!.inputs);
}

function unitIds(layer: LayerFileSpec, targets: string[], next: () => string, locate: Locate, l: number): string[] {
  const rows = layer.weights!.length;
  if (layer.units) {
    if (layer.units.length !== rows) throw new InputError(`${counted(layer.units.length, 'unit id')} for a weight matrix of ${counted(rows, 'row')} (one row per unit)`, locate(['layers', l, 'units']));
    return layer.units;
  }
  return targets.length === rows ? targets : Array.from({ length: rows }, next);
}

/** "1 row", "2 rows": a count with its noun in agreement. */
function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Every row as long as the layer before has units, and one bias per row. */
function checkShape(layer: LayerFileSpec, units: string[], before: string[], locate: Locate, l: number): void {
  layer.weights!.forEach((row, j) => {
    if (row.length !== before.length) {
      throw new InputError(`row ${j + 1} of the weight matrix has ${counted(row.length, 'weight')}, but the layer before has ${counted(before.length, 'unit')} (${before.join(', ')}): one column per unit`, locate(['layers', l, 'weights', j]));
    }
  });
  if (Array.isArray(layer.biases) && layer.biases.length !== units.length) {
    throw new InputError(`${counted(layer.biases.length, 'bias', 'biases')} for ${counted(units.length, 'unit')}: give one per unit, or one number shared by the layer`, locate(['layers', l, 'biases']));
  }
}
