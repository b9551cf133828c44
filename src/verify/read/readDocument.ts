// The read stage of verify: a document's text → its equations parsed into chains, its prose numbers and phrases, with positions. Knows no network.
import { FunctionNode, SymbolNode, type MathNode, type OperatorNode } from '../../util/mathjs.js';
import { BLANK_NAME, ELLIPSIS_NAME, changeOf, nodeKey } from './canonicalName.js';
import type { DocumentFormat, ExtractOptions } from './extractEquations.js';
import { findProseNumbers, type ProseNumber } from './proseNumbers.js';
import { mathNamesOf } from './mathNameSubjects.js';
import { readEquations, type DocumentEquation, type DocumentMath, type IndexBaseOptions } from './readEquations.js';
import { findCodeSpanEquations, findPlainEquations } from './plainText.js';
import { codeBlockBody, findCodeBlockEquations, findCommentEquations } from './codeBlocks.js';
import { parseLatexMath, type MathChain, type MathParse, type ParseOptions } from './parseLatexMath.js';
import { expandMatrices } from './matrixChains.js';
import type { Shapes } from './matrixShapes.js';
import { findRoundsSpans, type RoundsSpan } from './roundsContext.js';
import { readNotebook, type NotebookText } from './notebook.js';
import { InputError } from '../../util/errors.js';
import { tableStatements } from './tableStatements.js';
import { joinValueCells } from './joinCells.js';
import { withLabelSubjects } from './labelSubjects.js';
import { withUnitWordSubjects } from './unitWordSubjects.js';
import { withVectorLabels } from './vectorLabels.js';
import { commentsOnly, isSourceFile, paragraphs } from './sourceComments.js';
import { findNameRows } from './nameRows.js';
import { findLabelRows } from './labelRows.js';
import { paragraphEnd } from './scopes.js';
import { gradientLetter } from './gradientNames.js';
import { formulaNames, printedFormulas } from './programFormulas.js';
import { findProgramValues } from './printOutputs.js';
import { withUpstreamGradients } from './upstreamGradients.js';
import { withDecimalPoints } from './decimalComma.js';
import { traverseTree } from '../../util/walkTree.js';
import { chainsOf } from './documentChains.js';
import { withDefinedNames } from './definedNames.js';
import { htmlAsText, isHtml } from './htmlText.js';
import { renderedMathSource } from './renderedMath.js';

export type ReadOptions = ExtractOptions & ParseOptions & IndexBaseOptions & {
  /** The document's file name, for error messages. */
  file?: string;
  /**
   * Equations written as plain text in prose and lists: 'lines' (default for Markdown and text) reads lines that are
   * mostly an equation and list items, 'all' every equation that parses, 'off' none. TeX documents write math as math.
   */
  plainText?: 'lines' | 'all' | 'off';
};

/** Everything verify knows about a document before it looks at a network. */
export interface ReadDocument extends DocumentMath {
  /** The text verify reads: the document itself, or a notebook's Markdown cells. */
  text: string;
  /** The text's words: an HTML page's tags, styles and scripts blanked in place (the same length), else the text. */
  words: string;
  format: DocumentFormat;
  /** Where the text speaks of the network after N rounds of training. */
  rounds: RoundsSpan[];
  /** Numbers stated in the prose with what they are said to be. */
  prose: ProseNumber[];
  /** Every name the document writes, inside formulas and derivatives too, as canonical keys (function names included). */
  names: ReadonlySet<string>;
  /** The names and derivatives (∂L/∂z) the document writes as quantities, in the order first written: what `--explain` lists. */
  quantityNames: readonly string[];
  /** The number of decimals the document prints most often (4 if it prints no decimals at all): the precision of its blanks. */
  decimals: number;
  /** Names a program prints a value of, by the formula of names it assigns them (`err = y_true - y_hat`). */
  programFormulas: ReadonlyMap<string, MathNode>;
}

export function readDocument(source: string, options: ReadOptions = {}): ReadDocument {
  const notebook = options.format === 'ipynb' ? openNotebook(source, options.file) : undefined;
  // a program's source is read for its comments alone (code such as new(-2f) is no equation); a page KaTeX or MathJax 2 rendered, from the TeX it keeps
  const text = renderedMathSource(withDecimalPoints(notebook?.text ?? (options.format !== 'tex' && options.format !== 'md' && isSourceFile(options.file) ? commentsOnly(source, options.file!) : source)));
  const parsing = { ...options, lossLetter: options.lossLetter ?? gradientLetter(text) }; // dZ, dW, db: the gradient of the loss letter the document writes
  const read = readEquations(text, notebook ? { ...parsing, format: 'md', lines: notebook.lines } : parsing);
  const words = isHtml(text) ? htmlAsText(text) : text; // an HTML page's tags are no part of its text
  // joined after the plain-text equations are placed: a line "=0.67(1−0.67)(−0.17)" continues the formula above it
  const plain = withPlainText(read, text, words, { ...parsing, ...(text !== source && !notebook ? { sourceComments: true } : {}) });
  // then a list item's label (`**For $w_1$:**`) says what a gradient word or a name marked new under it is about
  const cells = { ...plain, equations: withDefinedNames(withVectorLabels(withUnitWordSubjects(withLabelSubjects(joinValueCells(plain.equations, text, options), text)), text), text) };
  const { math, tableRounds, names } = withTables(cells, text, options.format ?? 'md');
  const rounds = [...findRoundsSpans(text), ...tableRounds].sort((a, b) => a.start - b.start);
  const spans = math.equations.map((e): [number, number] => [Math.max(0, e.equation.offset - 2), e.equation.regionClose]);
  const comments = math.code.filter((c) => c.comment).map((c): [number, number] => [c.start, c.end]); // a TeX comment is not prose
  const formulas = printedFormulas(chainsOf(math), text, math.code);
  return {
    ...math,
    text,
    words,
    format: options.format ?? 'md',
    rounds,
    prose: findProseNumbers(words, [...spans, ...comments].sort((a, b) => a[0] - b[0]), rounds, mathNamesOf(math.equations)),
    // a printed value's formula reads names the page may print nowhere else (y_true): they are the document's too
    programFormulas: formulas,
    names: new Set([...documentNames(math), ...formulaNames(formulas)]),
    quantityNames: names ?? quantityNames(math),
    decimals: commonDecimals(math),
  };
}

/** The plain-text equations of a Markdown or text document, placed among its math in document order. */
function withPlainText(math: DocumentMath, text: string, words: string, options: ReadOptions & { sourceComments?: boolean }): DocumentMath {
  const mode = options.plainText ?? (options.format === 'tex' ? 'off' : 'lines');
  if (mode === 'off') return math;
  const taken = [...math.code, ...math.equations.map((e) => ({ start: Math.max(0, e.equation.offset - 2), end: e.equation.regionClose }))];
  // math left unclosed ($$ with no closing $$) is still LaTeX to its paragraph's end, never plain text to read
  for (const s of math.skipped) if (s.reason.startsWith('unclosed')) taken.push({ start: s.offset, end: paragraphEnd(text, s.offset) });
  const spans = math.code.filter((c) => c.span);
  const blocks = math.code.filter((c) => !c.span && !c.comment);
  // a line that gives a name a printed value alone (`y_hat = [0.7514 0.7729]`, `w = 1.2e-04`) is read as printed values, which know numpy's spacing and e-notation; the rest of a block of worked text as plain text
  // a program's source read for its comments: each paragraph of them may be the output it printed (# z = [-1.4 -1.3 4.1])
  const bodies = [...blocks.map((b) => codeBlockBody(text, b)).filter((b) => b !== undefined), ...(options.sourceComments ? paragraphs(text) : [])];
  const printed = findProgramValues(text, bodies, blocks);
  const apart = (e: { offsets: readonly number[]; lineEnd: number }) => !printed.some((p) => e.offsets[0]! <= p.lineEnd && p.offsets[0]! <= e.lineEnd);
  // a program's code stays in code; the working its comments show (`# 2.0 * 0.5 + 0.1 = 1.1`) is read
  const worked = [...findCodeBlockEquations(text, blocks), ...findCommentEquations(text, blocks)].filter(apart);
  // in code, dw may be a weight's change as well as its gradient: d-names are read as gradients in math and prose only (in code, under a program handed dout: rule upstream-gradient); a line of names over a line of their numbers (h1, h2, o1, o2 / 0.56 0.5 0.48 0.53), or a label naming their family (=更新后的权值=)
  const prose = [...findPlainEquations(words, taken, { all: mode === 'all' }).filter(apart), ...findNameRows(words, taken), ...findLabelRows(words, taken)];
  const code = new Set(withUpstreamGradients([...findCodeSpanEquations(text, spans), ...worked, ...printed], text, blocks, options.lossLetter));
  const plain = [...prose, ...code];
  if (plain.length === 0) return math;
  // a list printed in code or text (initial_weights = [0.1, -0.2]) reads entry by entry, as a matrix in math does
  const shapes: Shapes = new Map();
  const added: DocumentEquation[] = plain.map((p) => {
    const offset = p.offsets[0]!;
    const equation = { index: 0, latex: p.latex, offset, ...math.lines.locate(offset), delimiter: 'plain' as const, display: false, region: -1, regionClose: p.lineEnd, offsets: p.offsets };
    const parse = parseLatexMath(p.latex, code.has(p) ? { ...options, lossLetter: undefined } : options);
    return { equation, parse: expandMatrices(parse, shapes, math.indexBase) };
  });
  return { ...math, equations: inDocumentOrder(math.equations, added) };
}

/**
 * Statements read from the document's tables (outside math and code), placed among its math in document order;
 * `names`: the math's quantity names, when the tables changed none of its equations (no need to walk them again).
 */
function withTables(math: DocumentMath, text: string, format: DocumentFormat): { math: DocumentMath; tableRounds: RoundsSpan[]; names?: string[] } {
  const taken = [...math.code, ...math.equations.filter((e) => e.equation.delimiter !== 'plain').map((e) => ({ start: Math.max(0, e.equation.offset - 2), end: e.equation.regionClose }))];
  const names = quantityNames(math);
  const found = tableStatements(text, format, math.lines, taken, names);
  const equations = math.equations.map((e) => {
    const cell = found.subjects.find((c) => e.equation.offset >= c.start && e.equation.offset < c.end);
    return cell ? { ...e, parse: withSubject(e.parse, cell.name) } : e;
  });
  const placed = inDocumentOrder(equations, found.equations);
  const unchanged = placed.length === math.equations.length && placed.every((e, i) => e === math.equations[i]);
  return { math: { ...math, equations: placed }, tableRounds: found.rounds, ...(unchanged ? { names } : {}) };
}

/** 1.2 − 0.3(−1.6) = 1.680 in a "New w" cell says w = 1.2 − 0.3(−1.6) = 1.680: the column's name as the first side. */
function withSubject(parse: MathParse, name: string): MathParse {
  const named = parseLatexMath(name);
  const subject = named.skipped ? undefined : named.chains[0]?.sides[0];
  if (parse.skipped || !subject || parse.chains.length !== 1) return parse;
  const [chain] = parse.chains as [MathChain];
  if (nodeKey(chain.sides[0]!.node) !== null) return parse;
  const side = { ...subject, start: chain.start, end: chain.start };
  return { ...parse, chains: [{ ...chain, sides: [side, ...chain.sides], relations: ['=', ...chain.relations] }] };
}

/** Equations read another way (plain text, tables) placed among the math by offset, every index renumbered. */
function inDocumentOrder(math: readonly DocumentEquation[], added: readonly DocumentEquation[]): DocumentEquation[] {
  const equations = [...math, ...added].sort((a, b) => a.equation.offset - b.equation.offset);
  equations.forEach((e, i) => (e.equation.index = i));
  return equations;
}

export { chainsOf } from './documentChains.js';

/** Names as written: the Δ of a change (Δw_5) is part of its name, so a document's own Δ is one it writes alone. */
function documentNames(math: DocumentMath): Set<string> {
  const names = new Set<string>();
  for (const c of chainsOf(math)) {
    for (const s of c.sides) {
      const inChange = new Set<MathNode>();
      traverseTree(s.node, (n) => {
        if (changeOf(n)) {
          names.add(nodeKey(n)!);
          inChange.add((n as OperatorNode).args[0]!);
        } else if (n instanceof SymbolNode && !inChange.has(n)) names.add(n.name);
      });
    }
  }
  return names;
}

function quantityNames(math: DocumentMath): string[] {
  const names = new Set<string>();
  for (const c of chainsOf(math)) {
    for (const s of c.sides) {
      traverseTree(s.node, (n, path) => {
        const key = (n instanceof FunctionNode && n.fn.name === 'partial') || changeOf(n) ? nodeKey(n) : n instanceof SymbolNode && path !== 'fn' ? n.name : null;
        if (key !== null && key !== BLANK_NAME && key !== ELLIPSIS_NAME) names.add(key);
      });
    }
  }
  return [...names];
}

function commonDecimals(math: DocumentMath): number {
  const tally = new Map<number, number>();
  for (const c of chainsOf(math)) for (const s of c.sides) for (const n of s.numbers) if (n.decimals > 0) tally.set(n.decimals, (tally.get(n.decimals) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 4;
}

function openNotebook(source: string, file = '<document>'): NotebookText {
  try {
    return readNotebook(source);
  } catch (e) {
    throw new InputError(e instanceof Error ? e.message : String(e), { file });
  }
}
