// A standalone LaTeX document around one figure (a TikZ network, an error curve, a sweep): what draw and train write.
import { GENERATED_MARK } from './generatedMark.js';

/** A standalone document around a figure; packages for TikZ figures and plots. */
export function standaloneDocument(body: string, opts: { plots?: boolean; groupplots?: boolean } = {}): string {
  return [
    `% ${GENERATED_MARK}. Compile with pdflatex.`,
    '\\documentclass[border=4pt]{standalone}',
    '\\usepackage{amsmath}',
    '\\usepackage{tikz}',
    ...(opts.plots ? ['\\usepackage{pgfplots}', '\\pgfplotsset{compat=1.16}'] : []),
    ...(opts.groupplots ? ['\\usepgfplotslibrary{groupplots}'] : []),
    '\\begin{document}',
    body.trimEnd(),
    '\\end{document}',
  ].join('\n') + '\n';
}
