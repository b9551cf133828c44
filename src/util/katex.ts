// KaTeX for the HTML pages, loaded on the first formula typeset (Node.js): only `--format html` and the playground
// pay its load. The browser twin (katex.browser.ts) imports it statically, since a page bundles it anyway.
import { createRequire } from 'node:module';
import type { KatexOptions } from 'katex';

type Katex = typeof import('katex').default;
let katex: Katex | undefined;

/** katex.renderToString, with KaTeX required on the first call. */
export function renderKatex(tex: string, options: KatexOptions): string {
  katex ??= createRequire(import.meta.url)('katex') as Katex;
  return katex.renderToString(tex, options);
}
