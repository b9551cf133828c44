// The --out name against what a command writes: the format read off its extension, and a .pdf or another format's name refused before anything is written.
import { extname } from 'node:path';
import { UsageError } from './reportError.js';

/** The text formats backprop-tex writes, by the extension a user gives them. */
const FORMAT_OF_EXTENSION: Record<string, string> = { '.tex': 'tex', '.md': 'md', '.markdown': 'md', '.txt': 'txt', '.json': 'json', '.html': 'html', '.htm': 'html' };

/** What each format is called in a message, and the extension it is written with. */
const FORMATS: Record<string, { name: string; extension: string }> = {
  tex: { name: 'LaTeX', extension: '.tex' },
  beamer: { name: 'a Beamer deck (LaTeX)', extension: '.tex' },
  md: { name: 'Markdown', extension: '.md' },
  txt: { name: 'plain text', extension: '.txt' },
  json: { name: 'JSON', extension: '.json' },
  html: { name: 'HTML', extension: '.html' },
};

/** Files that are compiled or rendered from what backprop-tex writes, never written by it. */
const RENDERED = /^\.(pdf|dvi|ps|png|jpe?g|gif|svg|webp|docx?|pptx?|odt|odp)$/i;

/** The format an --out name asks for (`deck.md` → md), or undefined for `-`, no name or an extension of no format. */
export function formatOfOut<F extends string>(out: string | undefined, allowed: readonly F[]): F | undefined {
  if (out === undefined || out === '-') return undefined;
  const format = FORMAT_OF_EXTENSION[extname(out).toLowerCase()];
  return allowed.includes(format as F) ? (format as F) : undefined;
}

/**
 * Refuses an --out name whose extension says another thing than `format`: `derive --out notes.pdf` (LaTeX is compiled
 * to a PDF, not written as one) or `--format md --out notes.tex`. A name with no extension, or one of no format, is kept.
 */
export function checkOutName(out: string | undefined, format: string, command: string): void {
  if (out === undefined || out === '-') return;
  const extension = extname(out);
  const { name, extension: own } = FORMATS[format] ?? { name: format, extension: `.${format}` };
  const renamed = `${out.slice(0, out.length - extension.length)}${own}`;
  if (RENDERED.test(extension)) {
    const how = own === '.tex' ? ` and compile it (pdflatex ${renamed.split('/').at(-1)})` : '';
    const kind = extension.slice(1).toUpperCase();
    throw new UsageError(`--out ${out}: ${command} writes ${name}, not ${/^[AEFHILMNORSX]/.test(kind) ? 'an' : 'a'} ${kind} file; name it ${renamed}${how}`);
  }
  const asked = FORMAT_OF_EXTENSION[extension.toLowerCase()];
  if (asked !== undefined && asked !== format && !(format === 'beamer' && asked === 'tex')) {
    throw new UsageError(`--out ${out}: the name says ${FORMATS[asked]!.name} but ${command} writes ${name} here; name it ${renamed}, or give --format ${asked}`);
  }
}
