// The light half of the library API: load a network file, derive it (api/network.ts), print it (no verify, training or
// figures), so `derive` loads only the pipeline it runs. src/api.ts re-exports all of it.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import { emitJson } from '../emit/json.js';
import { emitMarkdown } from '../emit/markdown.js';
import { emitTex } from '../emit/tex.js';
import { emitBeamer, type FigurePart } from '../emit/beamer.js';
import { emitHtml } from '../emit/html.js';
import type { FigureData } from '../draw/figureData.js';
import { htmlFigure } from '../draw/htmlFigure.js';
import { emitText } from '../emit/text.js';
import { withHessian } from '../emit/hessian.js';
import type { HessianValues } from '../evaluate/evaluateHessian.js';
export { matrixFiles, matrixFolder } from '../emit/matrix/matrixFiles.js';
export { loadNetwork, parseNetwork, derive, type DeriveOptions, type DerivationForm } from './network.js';
export { definitionNotes } from '../definition/definitionNotes.js';

export type Format = 'tex' | 'md' | 'txt' | 'json' | 'beamer' | 'html';
/** What the deck and the page show beside the derivation (presentationExtras), and the Hessian section (hessianOf). */
export interface EmitExtras {
  /** beamer: the network's tikzpicture, the chain-rule figures per section, equations revealed one by one. */
  figure?: string;
  /** beamer: a graph too large for one slide at 8 pt, one frame a part (instead of `figure`). */
  figureParts?: FigurePart[];
  chainFigures?: ReadonlyMap<string, { param: string; figure: string }>;
  overlays?: boolean;
  /** html: the figure's data (drawn as SVG at the document's policy) and KaTeX's stylesheet. */
  figureData?: FigureData;
  css?: string;
  /** txt, md, tex, json: a section of second derivatives. */
  hessian?: HessianValues;
}

/** Prints a derivation in one format, with the extras the format shows beside it. */
export function emit(doc: DerivationDocument, format: Format, extras: EmitExtras = {}): string {
  const text = emitFormat(doc, format, extras);
  return extras.hessian ? withHessian(text, format, doc, extras.hessian) : text;
}

function emitFormat(doc: DerivationDocument, format: Format, extras: EmitExtras): string {
  switch (format) {
    case 'tex': return emitTex(doc, { figure: extras.figure });
    case 'md': return emitMarkdown(doc);
    case 'txt': return emitText(doc);
    case 'json': return emitJson(doc);
    case 'beamer': return emitBeamer(doc, { figure: extras.figure, figureParts: extras.figureParts, overlays: extras.overlays, chainFigures: extras.chainFigures });
    case 'html': return emitHtml(doc, { figure: extras.figureData && htmlFigure(extras.figureData, doc.valuation.policy), css: extras.css });
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}
