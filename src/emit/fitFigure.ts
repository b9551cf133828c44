// The \fitfigure macros of the article and the deck (draw/figureFit.ts models their scaling, to keep labels at 8 pt or more).

/** The article shrinks a figure to the text width (360 pt at 11 pt), then to 0.6 of the text height (541 pt). */
export const ARTICLE_FIT = [
  '\\newsavebox\\figbox\\newcommand\\fitfigure[1]{\\sbox\\figbox{#1}%',
  '\\ifdim\\wd\\figbox>\\linewidth\\sbox\\figbox{\\resizebox{\\linewidth}{!}{\\usebox\\figbox}}\\fi',
  '\\ifdim\\ht\\figbox>0.6\\textheight\\sbox\\figbox{\\resizebox{!}{0.6\\textheight}{\\usebox\\figbox}}\\fi',
  '\\usebox\\figbox}',
].join('\n');

/** The deck scales a figure to 0.95 of the frame's width (398 pt on 16:9), or a tall one to 0.8 of its height (252 pt). */
export const DECK_FIT =
  '\\newcommand\\fitfigure[1]{\\sbox\\figbox{#1}\\ifdim\\dimexpr\\ht\\figbox+\\dp\\figbox\\relax>0.53\\wd\\figbox\\resizebox{!}{0.8\\textheight}{\\usebox\\figbox}\\else\\resizebox{0.95\\textwidth}{!}{\\usebox\\figbox}\\fi}';
