// Browser twin of katex.ts (chosen by package.json's "browser" field and the playground's build): KaTeX bundled with the page.
import katex, { type KatexOptions } from 'katex';

export function renderKatex(tex: string, options: KatexOptions): string {
  return katex.renderToString(tex, options);
}
