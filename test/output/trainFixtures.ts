// Shared set-up for the output tests: Mazur's network and the 1-D example, prepared for training.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { loadNetwork } from '../../src/api.js';
import { prepareTraining } from '../../src/train/prepareTraining.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MAZUR = join(ROOT, 'fixtures', 'mazur-2-2-2.yaml');
export const GD_1D = join(ROOT, 'test', 'output', 'fixtures', 'gd-1d.yaml');
export const TWO_LAYER = join(ROOT, 'test', 'engine', 'graphs', 'two-layer.yaml');
export const golden = (name: string): string => join(ROOT, 'test', 'output', 'golden', name);

export const prepare = (file: string) => prepareTraining(loadNetwork(file));
