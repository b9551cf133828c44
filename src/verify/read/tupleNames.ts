// A tuple given to one name (`exp = ([0.10, -0.14], 0.02, [0.30, 0.29])`, a test case's expected output): its entries named by an earlier line that names as many values of the same kinds (`output: w = [..], b = .., losses = [..]`).
import type { Piece } from './printedNumbers.js';

/** One line of a block that gives several names values: the names in order, and whether each value is a list. */
export interface NamedList {
  at: number;
  names: { name: string; list: boolean }[];
}

/** `name = value` at the top level of a line (not inside brackets), with what its value starts with. */
const ASSIGNMENT = /(?<![\w.])([A-Za-z]\w*)[ \t]*=(?!=)[ \t]*(\S)/g;

/** The lines of the blocks that give two or more names a value each (`updated_weights = [0.08, -0.19], updated_bias = -0.02, …`). */
export function namedLists(text: string, blocks: readonly { start: number; end: number }[]): NamedList[] {
  const out: NamedList[] = [];
  for (const block of blocks) {
    let at = block.start;
    for (const line of text.slice(block.start, block.end).split('\n')) {
      const names = topLevel(line).map((m) => ({ name: m[1]!, list: m[2] === '[' }));
      if (names.length >= 2) out.push({ at, names });
      at += line.length + 1;
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The assignments of a line outside any bracket. */
function topLevel(line: string): RegExpMatchArray[] {
  const depth: number[] = [];
  let d = 0;
  for (const c of line) {
    depth.push(d);
    d += c === '[' || c === '(' || c === '{' ? 1 : c === ']' || c === ')' || c === '}' ? -1 : 0;
  }
  return [...line.matchAll(ASSIGNMENT)].filter((m) => depth[m.index!] === 0);
}

/**
 * The names of a tuple's entries: those of the last list before `at` with as many names, each a list where the entry
 * is one and a number where it is one; undefined where no list fits.
 */
export function tupleNames(lists: readonly NamedList[], at: number, entries: readonly Piece[]): string[] | undefined {
  const fits = (l: NamedList): boolean => l.at < at && l.names.length === entries.length && l.names.every((n, k) => n.list === entries[k]!.latex.startsWith('['));
  const list = lists.filter(fits).at(-1);
  return list?.names.map((n) => n.name);
}
