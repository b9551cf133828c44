// A page that writes decimal commas (German, French: w₁ = 0,15) read with decimal points, the text's length and offsets kept.

/** A number written with a decimal comma and a leading zero, 0,15 or −0,038, or η = 0,5 right after a relation: no list or tuple is written so. */
const LEADING_ZERO = /(?<![\w.,{}])0,\d{2,}(?!\d|[,.]\d)|(?<=[=≈][ \t]*[-−]?)0,\d(?!\d|[,.]\d)/g;
/** A number written with a point, 0.15: a page that prints more of them than of the above writes decimal points. */
const POINT = /(?<![\w.,])\d+\.\d+(?!\d|,\d)/g;
/** Any number written with a comma between digits and no space: 0,5, 1,105906, −0,038098 (not 1,000,000). */
const COMMA = /(?<![\w.,])(\d+),(\d+)(?!\d|[,.]\d)/g;

/**
 * The text with each decimal comma written as a point, when the page writes decimal commas: some number of the form
 * 0,15 (two digits or more after a leading zero: a tuple (0,1) or a thousands separator 1,000 is not one) or η = 0,5
 * (a relation right before it), and no more numbers with a point than of those forms. A comma in a subscript or
 * superscript (w_{1,2}, x^{0,1}) is an index list and stays. A page that writes points leaves its commas to the
 * reader as before (separators of a list).
 */
export function withDecimalPoints(text: string): string {
  const commas = text.match(LEADING_ZERO)?.length ?? 0;
  if (commas === 0 || (text.match(POINT)?.length ?? 0) > commas) return text;
  return text.replace(COMMA, (all: string, whole: string, fraction: string, at: number) => (inScript(text, at) ? all : `${whole}.${fraction}`));
}

/** Whether the offset lies in a braced sub- or superscript (_{…}, ^{…}) or right after a bare _ or ^. */
function inScript(text: string, at: number): boolean {
  if (at > 0 && (text[at - 1] === '_' || text[at - 1] === '^')) return true;
  let depth = 0;
  for (let i = at - 1; i >= 0 && i >= at - 200; i--) {
    const c = text[i];
    if (c === '\n' && text[i - 1] === '\n') return false;
    if (c === '}') depth++;
    else if (c === '{') {
      if (depth === 0) return text[i - 1] === '_' || text[i - 1] === '^';
      depth--;
    }
  }
  return false;
}
