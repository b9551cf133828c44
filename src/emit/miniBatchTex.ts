// Online and mini-batch SGD step by step (derive --iterations N --batch-size B) in LaTeX: per step, each example's forward
// pass and loss, the batch gradient as the mean (or sum) of the examples' gradients, and each update w⁺ = w − η·g, as
// align* rows; long lists of values and long sums wrap onto rows of their own so that a row fits a page or a frame.
import type { DerivationDocument } from '../evaluate/derivationDocument.js';
import type { MiniBatchStep } from '../evaluate/iterate.js';
import { formatNumber, texNumber } from '../evaluate/numberPolicy.js';
import { miniBatchTitle } from './miniBatchSteps.js';
import { estimateTexWidth } from './texWidth.js';

/** One step: its heading (plain LaTeX text) and its align* rows (each with one `&`), grouped by example and parameter. */
export interface TexStep {
  heading: string;
  groups: string[][];
}

/** The width a row may take, in the width model's ems: the article's (tex.ts ROW_EMS), which a frame at \small also fits. */
const ROW_EMS = 34;

/** The section title in LaTeX text (η in math). */
export function miniBatchTexTitle(doc: DerivationDocument): string {
  return miniBatchTitle(doc).replace('η', '$\\eta$');
}

export function miniBatchTexSteps(doc: DerivationDocument): TexStep[] {
  const n = (x: number): string => texNumber(formatNumber(x, doc.valuation.policy));
  const ctx: Ctx = { n, name: (id) => doc.notation.node(id).tex, updated: (p) => doc.notation.updated(p).tex, eta: doc.notation.eta.tex, etaValue: n(doc.valuation.exact('eta')) };
  return doc.steps!.map((s) => ({
    heading: `Step ${s.step} (epoch ${s.epoch}), example${s.examples.length > 1 ? 's' : ''} ${s.examples.map((e) => e.example).join(', ')}`,
    groups: [...s.examples.map((e) => exampleRows(e, ctx)), ...Object.keys(s.gradients).map((p) => paramRows(s, p, ctx))],
  }));
}

interface Ctx {
  n: (x: number) => string;
  name: (id: string) => string;
  updated: (param: string) => string;
  eta: string;
  /** η as printed. */
  etaValue: string;
}

/** The items in rows of at most `ems` each (joined by `sep`), at least one item a row. */
function pack(items: readonly string[], ems: number, sep: string): string[][] {
  const rows: string[][] = [];
  for (const item of items) {
    const last = rows.at(-1);
    if (last && estimateTexWidth([...last, item].join(sep)) <= ems) last.push(item);
    else rows.push([item]);
  }
  return rows;
}
const paren = (x: string): string => (x.startsWith('-') ? `(${x})` : x);

/** "example k: net = …, out = …, E_k = …", three values a row. */
function exampleRows(e: MiniBatchStep['examples'][number], ctx: Ctx): string[] {
  const values = [...Object.entries(e.values).map(([id, x]) => `${ctx.name(id)} = ${ctx.n(x)}`), `E_{${e.example}} = ${ctx.n(e.loss)}`];
  const label = `\\text{example ${e.example}:}`;
  return pack(values, ROW_EMS - estimateTexWidth(`${label}\\quad`), ',\\ ').map((part, i) => `${i ? '' : label} &\\quad ${part.join(',\\ ')}`);
}

/** ∂E/∂p as the mean (or sum) of the examples' gradients, four terms a row, then p⁺ = p − η·∂E/∂p with numbers. */
function paramRows(s: MiniBatchStep, p: string, ctx: Ctx): string[] {
  const dp = `\\frac{\\partial E}{\\partial ${ctx.name(p)}}`;
  const g = ctx.n(s.gradients[p]!);
  // the rule on one row, the numbers on the next: a row of both is wider than a frame
  const update = [`${ctx.updated(p)} &= ${ctx.name(p)} - ${ctx.eta} \\, ${dp}`, `&= ${ctx.n(s.before[p]!)} - ${ctx.etaValue} \\cdot ${paren(g)} = ${ctx.n(s.after[p]!)}`];
  if (s.examples.length === 1) return [`${dp} &= ${g}`, ...update];
  const terms = s.examples.map((e, i) => {
    const x = ctx.n(e.gradients[p]!);
    return i === 0 ? x : x.startsWith('-') ? `- ${x.slice(1)}` : `+ ${x}`;
  });
  const open = s.combine === 'mean' ? `\\frac{1}{${s.examples.length}} \\bigl(` : '\\bigl(';
  const lines = pack(terms, ROW_EMS - estimateTexWidth(`${dp} = ${open}`), ' ').map((part) => part.join(' '));
  const rows = lines.map((line, i) => `${i ? '&\\quad\\quad' : `${dp} &= ${open}`} ${line}${i === lines.length - 1 ? ' \\bigr)' : ''}`);
  return [...rows, `&= ${g}`, ...update];
}
