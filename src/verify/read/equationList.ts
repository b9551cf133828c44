// A \begin{cases} that only stacks equations (no row carries a condition) is a list of equations, read row by row.

const MARKER = /\\(begin|end)\{([A-Za-z]+\*?)\}/y;
const ROW_BREAK = /\\\\\*?(\s*\[[^\]]{0,20}\])?/y;
/** A relation at the top level of a row: what makes a row an equation rather than a value of a case split. */
const RELATION = /=|\\approx(?![A-Za-z])|≈/;
/** What may stand after & (or after \end{cases}) without being a condition: spacing and punctuation. */
const NOTHING = /^(?:\s|\\q?quad(?![A-Za-z])|\\[;,:!]|[.,;])*$/;

export interface EquationList {
  /** Offset of the \end{cases} marker and the offset just past it and the punctuation after it. */
  endFrom: number;
  endTo: number;
  /** The spacing after each row's &: nothing to read. */
  emptyCells: Array<{ from: number; to: number }>;
}

/**
 * `begin` is the offset of a top-level \begin{cases} in `body`, `rowStart` where its row starts. The cases is a list
 * when it is the whole row (nothing before it, nothing after it but punctuation up to the next row break), and every
 * one of its rows is an equation with at most one &, after which nothing but spacing stands. A real case split
 * (`f(x) = \begin{cases} 1 & x > 0 \\ 0 & \text{else}\end{cases}`) is not a list.
 */
export function equationListAt(body: string, begin: number, rowStart: number): EquationList | undefined {
  if (body.slice(rowStart, begin).trim() !== '') return undefined;
  const open = '\\begin{cases}';
  if (!body.startsWith(open, begin)) return undefined;
  const rows = rowsUntilEnd(body, begin + open.length);
  if (rows === undefined) return undefined;
  const after = body.slice(rows.endTo);
  const nextBreak = after.search(/\\\\/);
  const trailing = nextBreak < 0 ? after : after.slice(0, nextBreak);
  if (!NOTHING.test(trailing)) return undefined;
  const filled = rows.rows.filter((r) => r.some((cell) => cell.text.trim() !== ''));
  if (filled.length === 0) return undefined;
  const listed = filled.every((r) => r.length <= 2 && RELATION.test(r[0]!.text) && (r.length === 1 || NOTHING.test(r[1]!.text)));
  if (!listed) return undefined;
  const emptyCells = rows.rows.flatMap((r) => r.slice(1)).map((cell) => ({ from: cell.from, to: cell.from + cell.text.length }));
  return { endFrom: rows.endFrom, endTo: rows.endTo + trailing.length, emptyCells };
}

interface Cell {
  from: number;
  text: string;
}

interface Rows {
  rows: Cell[][];
  endFrom: number;
  endTo: number;
}

/** The rows (cells split at top-level &) from `from` to the \end{cases} that closes it; undefined if never closed. */
function rowsUntilEnd(body: string, from: number): Rows | undefined {
  const rows: Cell[][] = [];
  let cells: Cell[] = [];
  let cellStart = from;
  let braces = 0;
  let environments = 0;
  const closeCell = (at: number): void => {
    cells.push({ from: cellStart, text: body.slice(cellStart, at) });
  };
  for (let i = from; i < body.length; i++) {
    const c = body[i];
    if (c === '{') braces++;
    else if (c === '}') braces--;
    else if (c === '&' && braces === 0 && environments === 0) {
      closeCell(i);
      cellStart = i + 1;
    } else if (c === '\\') {
      MARKER.lastIndex = i;
      ROW_BREAK.lastIndex = i;
      const marker = MARKER.exec(body);
      if (marker && marker[1] === 'end' && environments === 0 && braces === 0) {
        if (marker[2] !== 'cases') return undefined;
        closeCell(i);
        rows.push(cells);
        return { rows, endFrom: i, endTo: MARKER.lastIndex };
      }
      if (marker) {
        environments += marker[1] === 'begin' ? 1 : -1;
        i = MARKER.lastIndex - 1;
      } else if (ROW_BREAK.exec(body) && braces === 0 && environments === 0) {
        closeCell(i);
        rows.push(cells);
        cells = [];
        cellStart = ROW_BREAK.lastIndex;
        i = ROW_BREAK.lastIndex - 1;
      } else i++;
    }
  }
  return undefined;
}
