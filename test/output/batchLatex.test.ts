// The batched pdflatex helper (test/helpers/batchLatex.ts): one body per distinct source, and every error or Overfull
// box of the log attributed to each document of that body (no pdflatex run: the log is written here).
import { describe, expect, it } from 'vitest';
import { combineDocuments, readBatchLog } from '../helpers/batchLatex.js';

const doc = (body: string): string => `\\documentclass{standalone}\n\\usepackage{tikz}\n\\begin{document}\n${body}\n\\end{document}\n`;

describe('combineDocuments and readBatchLog', () => {
  const docs = [{ name: 'a draw', source: doc('A') }, { name: 'b draw', source: doc('B') }, { name: 'c draw', source: doc('A') }];
  const combined = combineDocuments('\\documentclass[tikz]{standalone}', docs);

  it('compiles a source shared by two documents once, announced under both names', () => {
    expect(combined.match(/^A$/gm)).toHaveLength(1);
    expect(combined.match(/^B$/gm)).toHaveLength(1);
    expect(combined).toContain('\\typeout{BATCH-DOCUMENT:a draw}\n\\typeout{BATCH-ALSO:c draw}\n\nA');
    expect(combined.match(/\\usepackage\{tikz\}/g)).toHaveLength(1);
  });

  it('gives each error and Overfull box to every document of its body', () => {
    const log = ['BATCH-DOCUMENT:a draw', 'BATCH-ALSO:c draw', '! Undefined control sequence.', 'BATCH-DOCUMENT:b draw',
      'Overfull \\hbox (3.5pt too wide) in paragraph', 'Overfull \\hbox (0.5pt too wide) in paragraph', 'BATCH-DOCUMENT:end'].join('\n');
    const read = readBatchLog(log);
    expect(read.errors).toEqual(['a draw: ! Undefined control sequence.', 'c draw: ! Undefined control sequence.']);
    expect(read.overfull).toEqual(['b draw: Overfull \\hbox (3.5pt too wide) in paragraph']);
  });

  describe('with shareFrames', () => {
    const deck = (frames: string[]): string => `\\documentclass{beamer}\n\\title{T}\n\\begin{document}\n${frames.join('\n')}\n\\end{document}\n`;
    const frame = (body: string): string => `\\begin{frame}\n${body}\n\\end{frame}`;
    const decks = [
      { name: 'one', source: deck([frame('\\titlepage'), frame('same'), frame('first')]) },
      { name: 'two', source: deck([frame('\\titlepage'), frame('same'), frame('second')]) },
    ];
    const shared = combineDocuments('\\documentclass{beamer}', decks, { shareFrames: true });

    it('compiles a frame two decks write alike once, and each title page in its own deck', () => {
      expect(shared.match(/^same$/gm)).toHaveLength(1);
      expect(shared.match(/\\titlepage/g)).toHaveLength(2);
      expect(shared.match(/^(first|second)$/gm)).toEqual(['first', 'second']);
      expect(combineDocuments('\\documentclass{beamer}', decks).match(/^same$/gm)).toHaveLength(2);
    });

    it('gives an Overfull box of the shared frame to both decks, and one after it to its own deck only', () => {
      // what pdflatex writes: each \typeout line of the combined source in order, an Overfull box after each frame body
      const log = shared.split('\n').flatMap((line) => {
        const out = /^\\typeout\{(.*)\}$/.exec(line);
        if (out) return [out[1]!];
        return /^(same|first|second)$/.test(line) ? [`Overfull \\hbox (${line.length}pt too wide) in paragraph`] : [];
      }).join('\n');
      expect(readBatchLog(log).overfull).toEqual([
        'one: Overfull \\hbox (4pt too wide) in paragraph',
        'two: Overfull \\hbox (4pt too wide) in paragraph',
        'one: Overfull \\hbox (5pt too wide) in paragraph',
        'two: Overfull \\hbox (6pt too wide) in paragraph',
      ]);
    });
  });
});
