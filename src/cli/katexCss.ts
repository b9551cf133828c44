// KaTeX's stylesheet with its woff2 fonts inlined as data: URIs, so an HTML page works offline (read from the katex package).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function readKatexCss(): string {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('katex/dist/katex.min.css'));
  const css = readFileSync(join(dist, 'katex.min.css'), 'utf8');
  // Keep only the woff2 source of each @font-face (every current browser reads it), as a data: URI.
  return css.replace(/src:url\(fonts\/([\w-]+)\.woff2\)[^;}]*/g, (_m, name: string) => {
    const font = readFileSync(join(dist, 'fonts', `${name}.woff2`)).toString('base64');
    return `src:url(data:font/woff2;base64,${font}) format("woff2")`;
  });
}
