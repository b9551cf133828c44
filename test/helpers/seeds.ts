// Where the seed documents and their claims are: ../shared beside the repository (as in CI), or $BACKPROP_TEX_SHARED.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export const SHARED = process.env.BACKPROP_TEX_SHARED ?? join(ROOT, '..', 'shared');
export const SEEDS = join(SHARED, 'seeds');
export const CLAIMS = join(SHARED, 'seed-claims', 'claims.json');

/** True when the seed material is present. In CI it must be: its absence fails the run instead of skipping. */
export const hasSeeds = ((): boolean => {
  if (existsSync(CLAIMS) && existsSync(SEEDS)) return true;
  if (process.env.CI === 'true') throw new Error(`the seed material is missing in CI (looked in ${SHARED})`);
  console.warn(`skipped: seed documents not found in ${SHARED} (set BACKPROP_TEX_SHARED)`);
  return false;
})();

export const seedPath = (name: string): string => join(SEEDS, name);
