// Document arguments written as glob patterns ('week*/slides.tex', quoted, or from a shell that does not expand them) → the files they match, sorted.
import { existsSync } from 'node:fs';
import { InputError } from '../api/errors.js';

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Each argument that names no existing path but holds a glob character is replaced by the files it matches, in
 * sorted order (a shell sorts its own expansions the same way); a pattern that matches nothing is bad input, so a CI
 * job never checks zero documents of a misspelt folder and calls them clean. Other arguments pass unchanged.
 */
export async function expandDocumentArgs(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === '-' || existsSync(arg) || !GLOB_CHARS.test(arg)) {
      out.push(arg);
      continue;
    }
    const { globSync } = await import('tinyglobby');
    const matches = globSync(arg, { onlyFiles: true, expandDirectories: false, absolute: false, dot: false }).sort();
    if (matches.length === 0) throw new InputError(`no document matches the pattern ${arg}`, { file: arg });
    out.push(...matches);
  }
  return out;
}
