// Every network file (.yaml, .yml) under a folder of the repository, for tests that hold a reader to every real file.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every network file under `dir` (node_modules and hidden folders left out). */
export function networkFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return networkFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}
