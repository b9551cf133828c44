// Export buttons: .tex, beamer .tex, .md and .json, made by the same emit calls as `derive`, named as `derive` names them.
import { emit, presentationExtras, type DerivationDocument, type NetworkDefinition } from '../browser.js';

export type ExportFormat = 'tex' | 'beamer' | 'md' | 'json';

export interface ExportSettings { fileName: string; decimals?: number; hand: boolean }

/** What `derive FILE --format F` writes for the same file and number flags (beamer with its figures, no overlays). */
export function exportText(def: NetworkDefinition, doc: DerivationDocument, format: ExportFormat): string {
  return emit(doc, format, format === 'beamer' || format === 'tex' ? presentationExtras(def, format, { overlays: false }) : {});
}

/** The file `derive` writes: out/NAME.tex, out/NAME-deck.tex, out/NAME.md, out/NAME.json. */
export function exportName(fileName: string, format: ExportFormat): string {
  const base = fileName.replace(/\.(ya?ml|json)$/i, '');
  return format === 'beamer' ? `${base}-deck.tex` : `${base}.${format}`;
}

/** The command line that writes the same file. */
export function cliCommand(s: ExportSettings, format: ExportFormat): string {
  const flags = [`--format ${format}`, ...(s.decimals !== undefined ? [`--decimals ${s.decimals}`] : []), ...(s.hand ? ['--hand'] : [])];
  return `backprop-tex derive ${s.fileName} ${flags.join(' ')}`;
}

export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
