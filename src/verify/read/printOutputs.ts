// What a program's print calls show (`print(z, out)` over `tensor([[27., 27.], …]) tensor(27.)`): the output block right after the code read as `name = value` statements, a tensor entry by entry.
import type { PlainEquation } from './plainNormalize.js';
import { valueAt, type Piece } from './printedNumbers.js';
import { isProgram, codeBlockBody } from './codeBlocks.js';
import { findPrintedValues } from './printedValues.js';

/** `print(a, b.grad)` alone on its line at the top level: names and attributes only, no string, no call inside. */
const PRINT = /^print\(([^()"']*)\)[ \t]*$/gm;
const ARGUMENT = /^([A-Za-z][A-Za-z0-9]*)(\.grad)?$/;
/** A tensor's printed keywords after its value (`, grad_fn=<MulBackward0>`, `, requires_grad=True`) and its closing bracket. */
const TENSOR_CLOSE = /^(?:\s*,\s*(?:grad_fn=<\w+>|requires_grad=True|dtype=[\w.]+|device='[^'\n]*'))*\s*\)/;
/** A change made in place (`optimizer.step()`, `w.add_(…)`, `w.data -= …`, `w[0] = …`): a value printed after it may be no longer the one assigned. */
const IN_PLACE = /\.step\(|\w_\(|\.data[ \t]*[-+*/]?=(?!=)|\][ \t]*[-+*/]?=(?!=)/;
const NUMBER_LATEX = /-?[\d.]+(?: \\times 10\^\{-?\d+\})?/g;

type Block = { start: number; end: number };

/** The values programs print: a name's value on its own line in the block bodies `bodies`, and what the print calls of `blocks` show. */
export function findProgramValues(text: string, bodies: readonly Block[], blocks: readonly Block[]): PlainEquation[] {
  return [...findPrintedValues(text, bodies), ...findPrintOutputs(text, blocks)];
}

/**
 * Rule "printed output": the block right after a program block that prints only names (`print(z, out)`, `print(x.grad)`)
 * shows those names' values in order, one printed value each; an array's entries are `z_1`, `z_2`, … in the order the
 * program stores them (row by row). `x.grad` after the one `L.backward()` the programs call is ∂L/∂x. A name assigned
 * more than once (a second example, a loop) before the print shows no one value, and nothing of the block is read.
 */
export function findPrintOutputs(text: string, blocks: readonly Block[]): PlainEquation[] {
  const out: PlainEquation[] = [];
  // each block's body beside the block (a block with no body keeps its place, so the next block is its own neighbour)
  const bodies = blocks.map((b) => codeBlockBody(text, b));
  bodies.forEach((code, k) => {
    if (!code) return;
    const output = outputAfter(text, blocks[k]!.end, blocks[k + 1], bodies[k + 1]);
    const source = text.slice(code.start, code.end);
    if (!output || !isProgram(source) || isProgram(text.slice(output.start, output.end))) return;
    // every block so far, a program or not: `w[0] = w[0] - step * g` alone in a cell is a change in place all the same
    const before = bodies.slice(0, k + 1).filter((b): b is Block => b !== undefined).map((b) => text.slice(b.start, b.end)).join('\n');
    const names = printedNames(source, before);
    const values = names && outputValues(text, output);
    if (names && values && values.length === names.length) names.forEach((name, j) => out.push(...statements(name, values[j]!, output.end)));
  });
  return out;
}

/**
 * The output under a block ending at `end`: the body of the next code block when nothing stands between the two blocks
 * (a notebook's fenced output; its opening fence is no text between), or the lines indented four spaces right under it.
 */
function outputAfter(text: string, end: number, next: Block | undefined, nextBody: Block | undefined): Block | undefined {
  if (next && nextBody && /^\s*$/.test(text.slice(end, next.start))) return nextBody;
  const indented = /^\n?((?: {4}[^\n]*\n?)+)/.exec(text.slice(end));
  return indented ? { start: end + indented.index + indented[0].length - indented[1]!.length, end: end + indented.index + indented[0].length } : undefined;
}

/** The names a block prints, in the math grammar, or undefined where one cannot be read or has no one value. */
function printedNames(source: string, programs: string): string[] | undefined {
  const prints = [...source.matchAll(PRINT)];
  if (prints.length === 0 || IN_PLACE.test(programs) || prints.length !== (source.match(/\bprint\(/g) ?? []).length) return undefined;
  const names: string[] = [];
  for (const p of prints) {
    for (const argument of p[1]!.split(',').map((a) => a.trim())) {
      const m = ARGUMENT.exec(argument);
      if (!m || !assignedOnce(programs, m[1]!)) return undefined;
      const target = m[2] ? backwardTarget(programs) : m[1]!;
      if (target === undefined) return undefined;
      names.push(m[2] ? `\\frac{\\partial ${target}}{\\partial ${m[1]}}` : m[1]!);
    }
  }
  return names;
}

/** Whether the programs assign a name once, at the top level (not in a loop or a function). */
function assignedOnce(programs: string, name: string): boolean {
  const all = programs.match(new RegExp(`^[ \\t]*${name}[ \\t]*[-+*/]?=(?!=)|\\bfor[ \\t]+${name}\\b`, 'gm')) ?? [];
  return all.length === 1 && !/^[ \t]/.test(all[0]!);
}

/** The loss of the one `L.backward()` the programs call, once assigned, or undefined (none, several, or with an argument). */
function backwardTarget(programs: string): string | undefined {
  const calls = [...programs.matchAll(/^([ \t]*)(\w+)\.backward\(([^)]*)\)/gm)];
  if (calls.length !== 1 || calls[0]![1] !== '' || calls[0]![3]!.trim() !== '' || !assignedOnce(programs, calls[0]![2]!)) return undefined;
  return calls[0]![2]!;
}

/** The values an output block shows, in order (a tensor(…) or a bare number or array each), or undefined for anything else. */
function outputValues(text: string, block: Block): Piece[] | undefined {
  const values: Piece[] = [];
  let at = block.start;
  for (;;) {
    while (at < block.end && /\s/.test(text[at]!)) at++;
    if (at >= block.end) return values;
    const tensor = text.startsWith('tensor(', at);
    const value = valueAt(text, tensor ? at + 'tensor('.length : at, block.end, false);
    if (!value) return undefined;
    const close = tensor ? TENSOR_CLOSE.exec(text.slice(value.end, value.end + 80)) : [''];
    if (!close) return undefined;
    values.push(value.piece);
    at = value.end + close[0].length;
  }
}

/** `name = value`, or for an array `name_k = entry` for each entry in order, the name placed at its number. */
function statements(name: string, value: Piece, lineEnd: number): PlainEquation[] {
  const entries = [...value.latex.matchAll(NUMBER_LATEX)];
  if (!value.latex.startsWith('[')) return entries.length === 1 ? [statement(name, value.latex, value.offsets, lineEnd)] : [];
  // numpy's one-entry array ([0.00710467]) is the name's one value
  if (entries.length === 1) return [statement(name, entries[0]![0], value.offsets.slice(entries[0]!.index!, entries[0]!.index! + entries[0]![0].length), lineEnd)];
  const entryName = (k: number): string => name.replace(/(\\partial [A-Za-z]\w*|^[A-Za-z]\w*)(\}?)$/, `$1_{${k}}$2`);
  return entries.map((e, k) => statement(entryName(k + 1), e[0], value.offsets.slice(e.index!, e.index! + e[0].length), lineEnd));
}

function statement(name: string, latex: string, offsets: readonly number[], lineEnd: number): PlainEquation {
  const head = `${name} = `;
  return { latex: head + latex, offsets: [...Array.from(head, () => offsets[0]!), ...offsets, offsets[offsets.length - 1]! + 1], lineEnd };
}
