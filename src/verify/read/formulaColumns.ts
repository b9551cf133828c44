// A table column whose header is a formula of other columns (| $y$ | $\hat{y}$ | Error $(y - \hat{y})$ |): each row's cell read as that formula worked on the row's numbers.
import { ConstantNode, OperatorNode, ParenthesisNode, SymbolNode, type MathNode } from '../../util/mathjs.js';
import { nodeKey } from './canonicalName.js';
import type { LineIndex } from './lineIndex.js';
import { parseLatexMath } from './parseLatexMath.js';
import type { DocumentEquation } from './readEquations.js';
import type { DocumentTable, TableCell } from './tables.js';

/** The math of a header: its last `$…$` ("Error $(y - \hat{y})$"), or the whole header where it has no word in it. */
function headerMath(text: string): string | undefined {
  const dollars = [...text.matchAll(/\$([^$]+)\$/g)].at(-1)?.[1];
  if (dollars !== undefined) return dollars.trim();
  return /(?<!\\)\b[A-Za-z]{3,}\b/.test(text) ? undefined : text.trim();
}

/** The header's math parsed to one expression with no number in it, or undefined. */
function headerNode(text: string): MathNode | undefined {
  const math = headerMath(text);
  if (math === undefined || math === '') return undefined;
  const p = parseLatexMath(math);
  if (p.skipped || p.failed.length > 0 || p.chains.length !== 1 || p.chains[0]!.sides.length !== 1) return undefined;
  const side = p.chains[0]!.sides[0]!;
  return side.numbers.length === 0 ? side.node : undefined;
}

/** Whether a node is arithmetic of names alone: + − × ÷ and powers, parentheses, names and constants. */
function isArithmetic(node: MathNode): boolean {
  let ok = true;
  node.traverse((n) => {
    if (!(n instanceof OperatorNode || n instanceof ParenthesisNode || n instanceof SymbolNode || n instanceof ConstantNode)) ok = false;
    if (n instanceof OperatorNode && !['add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus'].includes(n.fn)) ok = false;
  });
  return ok;
}

/**
 * Each row's cell under a formula header, written as the formula with the row's numbers in place of the names of the
 * other columns (`(0.0 - 0.3) = 0.3`): arithmetic the judge checks. Only formulas whose every name heads a column.
 */
export function formulaColumns(table: DocumentTable, lines: LineIndex): DocumentEquation[] {
  const nodes = table.header.map((h) => headerNode(h.text));
  const columns = new Map<string, number>();
  nodes.forEach((n, j) => {
    const key = n instanceof SymbolNode ? nodeKey(n) : null;
    if (key !== null && !columns.has(key)) columns.set(key, j);
  });
  const out: DocumentEquation[] = [];
  nodes.forEach((node, j) => {
    if (!node || node instanceof SymbolNode || !isArithmetic(node)) return;
    const names = node.filter((n) => n instanceof SymbolNode).map((n) => nodeKey(n));
    if (names.length === 0 || names.some((k) => k === null || !columns.has(k) || columns.get(k) === j)) return;
    for (const row of table.rows) {
      const cell = row[j];
      const operands = new Map([...columns].map(([k, c]) => [k, row[c]?.number]));
      if (!cell?.number || names.some((k) => !operands.get(k!))) continue;
      out.push(worked(node, operands, cell, lines));
    }
  });
  return out;
}

/** `formula-with-numbers = number`: each substituted number at its own cell, so it is counted once, and the printed one at its own. */
function worked(node: MathNode, operands: ReadonlyMap<string, TableCell['number']>, cell: TableCell, lines: LineIndex): DocumentEquation {
  const used: NonNullable<TableCell['number']>[] = [];
  const placed = node.transform((n) => {
    if (!(n instanceof SymbolNode)) return n;
    used.push(operands.get(nodeKey(n)!)!);
    return new SymbolNode(`§${used.length - 1}§`);
  });
  const n = cell.number!;
  const home = Math.min(cell.offset, ...used.map((u) => u.offset));
  let latex = '';
  const offsets: number[] = [];
  for (const part of placed.toString().split(/(§\d+§)/)) {
    const k = /^§(\d+)§$/.exec(part)?.[1];
    const v = k === undefined ? undefined : used[Number(k)]!;
    // the printed text, so its decimals stay as printed; a negative one in parentheses
    const text = v === undefined ? part : v.value < 0 ? `(${v.text})` : v.text;
    for (let i = 0; i < text.length; i++) offsets.push(v === undefined ? home : v.offset + Math.min(Math.max(i - (v.value < 0 ? 1 : 0), 0), v.text.length - 1));
    latex += text;
  }
  latex += ` = ${n.text}`;
  offsets.push(home, home, home, ...Array.from({ length: n.text.length + 1 }, (_, i) => n.offset + i));
  const equation = { index: 0, latex, offset: home, ...lines.locate(home), delimiter: 'plain' as const, display: false, region: -1, regionClose: n.offset + n.text.length, offsets };
  return { equation, parse: parseLatexMath(latex) };
}
