// Reads a case split (\begin{cases} 1 & \text{if } z > 0 \\ 0 & \text{otherwise} \end{cases}) into nested mathjs conditionals, so the branch the network's values pick is judged.
import { ConditionalNode, ConstantNode, OperatorNode, type MathNode } from '../../util/mathjs.js';
import type { Grammar } from './grammar.js';
import type { MathCursor } from './mathCursor.js';
import type { Token } from './latexTokens.js';

/** Comparisons a condition may make, as mathjs writes them. */
const COMPARISONS: Readonly<Record<string, readonly [string, string]>> = {
  '>': ['>', 'larger'],
  '<': ['<', 'smaller'],
  '\\gt': ['>', 'larger'],
  '\\lt': ['<', 'smaller'],
  '\\geq': ['>=', 'largerEq'],
  '\\ge': ['>=', 'largerEq'],
  '\\geqslant': ['>=', 'largerEq'],
  '\\leq': ['<=', 'smallerEq'],
  '\\le': ['<=', 'smallerEq'],
  '\\leqslant': ['<=', 'smallerEq'],
  '=': ['==', 'equal'],
};

/** Words before a condition ("if", "for", "when", and the same in the languages of the corpus). */
const IF_WORDS = new Set(['if', 'for', 'when', 'where', 'wenn', 'falls', 'für', 'si', 'cuando', 'se', 'quando', 'sinon si', '若', '当', '如果']);
/** Words of the last branch, which holds when no condition above it does. */
const OTHERWISE_WORDS = new Set(['otherwise', 'else', 'sonst', 'sinon', 'en otro caso', 'de lo contrario', 'si no', 'caso contrário', 'senão', 'altrimenti', '否则', '其他', 'otherwise.', 'else.']);

interface Branch { value: MathNode; condition?: MathNode }

/**
 * Called with the cursor just past `{cases}`; `close` is the index of its \end. Each row is `value & condition`; the
 * last row may say "otherwise". A row whose condition is no single comparison makes the whole split unread.
 */
export function parseCases(c: MathCursor, g: Grammar, begin: Token, close: number): MathNode {
  const branches = c.within(c.pos, close, () => readBranches(c, g, begin), close + 1);
  let node: MathNode | undefined;
  for (let k = branches.length - 1; k >= 0; k--) {
    const b = branches[k]!;
    if (!b.condition) {
      if (node || k !== branches.length - 1) return c.fail('a case split with "otherwise" before its last row is not read', begin);
      node = b.value;
    } else node = node ? new ConditionalNode(b.condition, b.value, node) : new ConditionalNode(b.condition, b.value, nan());
  }
  return node ?? c.fail('an empty case split', begin);
}

/** A split whose conditions cover nothing the network takes has no value there. */
function nan(): MathNode {
  return new ConstantNode(Number.NaN);
}

function readBranches(c: MathCursor, g: Grammar, begin: Token): Branch[] {
  const branches: Branch[] = [];
  for (const row of rows(c, c.pos, c.end)) {
    const amp = row.amp;
    if (amp === undefined) return c.fail('a case split row without & before its condition is not read', begin);
    const value = c.within(row.from, trimEnd(c, row.from, amp), () => g.side(c));
    const condition = c.within(amp + 1, trimEnd(c, amp + 1, row.to), () => readCondition(c, g, begin));
    branches.push({ value, condition });
  }
  c.pos = c.end;
  if (branches.length === 0) return c.fail('an empty case split', begin);
  return branches;
}

/** The rows between `from` and `to`: split at \\ outside groups and inner environments, each with its first top-level &. */
function rows(c: MathCursor, from: number, to: number): { from: number; to: number; amp?: number }[] {
  const out: { from: number; to: number; amp?: number }[] = [];
  let start = from;
  let amp: number | undefined;
  let environments = 0;
  for (let k = from; k < to; k++) {
    const t = c.tokens[k]!;
    if ((t.kind === 'lbrace' || t.kind === 'open') && t.match !== undefined) k = t.match;
    else if (t.kind === 'command' && t.text === '\\begin') environments++;
    else if (t.kind === 'command' && t.text === '\\end') environments--;
    else if (environments === 0 && t.kind === 'char' && t.text === '&') amp ??= k;
    else if (environments === 0 && t.kind === 'command' && t.text === '\\\\') {
      out.push({ from: start, to: k, amp });
      const space = c.tokens[k + 1]; // \\[2pt]
      if (space?.kind === 'open' && space.text === '[' && space.match !== undefined && space.match < to) k = space.match;
      start = k + 1;
      amp = undefined;
    }
  }
  if (start < to && c.tokens.slice(start, to).some((t) => t.kind !== 'command' || t.text !== '\\\\')) out.push({ from: start, to, amp });
  return out;
}

/** `to` moved back past trailing commas, full stops and semicolons ("1, & z > 0,"). */
function trimEnd(c: MathCursor, from: number, to: number): number {
  while (to > from && c.tokens[to - 1]!.kind === 'char' && /^[,.;]$/.test(c.tokens[to - 1]!.text)) to--;
  return to;
}

/** `\text{if } z > 0`, `z \geq 0`, `\text{otherwise}`: a comparison, or undefined for the default branch. */
function readCondition(c: MathCursor, g: Grammar, begin: Token): MathNode | undefined {
  for (;;) {
    const word = wordAt(c.peek());
    if (word === undefined) break;
    if (OTHERWISE_WORDS.has(word)) {
      c.next();
      return undefined;
    }
    if (!IF_WORDS.has(word)) return c.fail(`a case split whose condition says "${word}" is not read`, begin);
    c.next();
  }
  const left = g.side(c);
  const t = c.peek();
  const op = t && (t.kind === 'char' || t.kind === 'command') ? COMPARISONS[t.text] : undefined;
  if (!op) return c.fail('a case split whose condition is not one comparison is not read', begin);
  c.next();
  const right = g.side(c);
  return new OperatorNode(op[0] as '>', op[1] as 'larger', [left, right]);
}

/** The lower-case words of a \text{…} token or of a run of letters that is a word of a condition, else undefined. */
function wordAt(t: Token | undefined): string | undefined {
  if (!t) return undefined;
  if (t.kind === 'text') return t.text.trim().toLowerCase().replace(/[,:]$/, '').trim() || undefined;
  if (t.kind === 'letters') {
    const w = t.text.toLowerCase();
    return IF_WORDS.has(w) || OTHERWISE_WORDS.has(w) ? w : undefined;
  }
  return undefined;
}
