// A reader for the plain YAML most network files are written in (block mappings and sequences, one-line flow collections, plain scalars, comments), so a run need not load the yaml library; anything else is left to it.
import { MAX_NESTING } from './nestingDepth.js';

interface Line {
  indent: number;
  text: string;
}

/** Thrown inside the reader for anything outside the plain subset: the caller then reads the file with the yaml library. */
class NotPlain extends Error {}

const fail = (): never => {
  throw new NotPlain();
};

/** The core schema's scalars that are neither decimal numbers nor strings (null, booleans, .inf/.nan, 0o, 0x). */
const SPECIAL = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** Characters a plain scalar may not start with (YAML's indicators); '-' is allowed before a non-space. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * The data of a YAML text written in the plain subset (what the yaml library's toJS would give), or undefined when the
 * text uses anything else (quotes, anchors, tags, multi-line scalars, null or boolean values, repeated keys, '__proto__',
 * nesting deeper than MAX_NESTING): the caller reads those with the library, which also reports every fault.
 */
export function readPlainYaml(text: string): Record<string, unknown> | undefined {
  try {
    const lines = contentLines(text);
    if (lines.length === 0 || lines[0]!.indent !== 0) return undefined;
    const r = new BlockReader(lines);
    const data = r.block(0, 1);
    if (r.at !== lines.length || typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
    return data as Record<string, unknown>;
  } catch (err) {
    if (err instanceof NotPlain) return undefined;
    throw err;
  }
}

/** The lines with content, comments cut; a tab, a document marker or a directive is outside the subset. */
function contentLines(text: string): Line[] {
  const out: Line[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.includes('\t') || raw.includes('\r')) fail();
    const hash = raw.search(/(^|\s)#/);
    const text = (hash < 0 ? raw : raw.slice(0, hash)).trimEnd();
    if (text.trim() === '') continue;
    if (text.includes('#') || /^(---|\.\.\.|%)/.test(text)) fail();
    const indent = text.length - text.trimStart().length;
    out.push({ indent, text: text.slice(indent) });
  }
  return out;
}

class BlockReader {
  at = 0;
  constructor(private readonly lines: Line[]) {}

  /** The block node whose first line is the current one, at `indent`. */
  block(indent: number, depth: number): unknown {
    if (depth > MAX_NESTING) fail();
    const line = this.lines[this.at]!;
    if (line.indent !== indent) fail();
    return isItem(line.text) ? this.sequence(indent, depth) : this.mapping(indent, depth);
  }

  private mapping(indent: number, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.indent < indent || (line.indent === indent && isItem(line.text))) break;
      if (line.indent > indent) fail();
      const colon = line.text.search(/:( |$)/);
      if (colon < 0) fail();
      const key = line.text.slice(0, colon);
      if (!KEY.test(key) || SPECIAL.test(key) || Object.hasOwn(out, key) || key === '__proto__') fail();
      const rest = line.text.slice(colon + 1).trim();
      this.at++;
      out[key] = rest === '' ? this.nested(indent, depth) : this.inline(rest, indent, depth);
    }
    return out;
  }

  private sequence(indent: number, depth: number): unknown[] {
    const out: unknown[] = [];
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.indent < indent || (line.indent === indent && !isItem(line.text))) break;
      if (line.indent > indent) fail();
      const body = line.text.slice(1);
      const rest = body.trimStart();
      if (rest === '') fail();
      if (/^[^{[].*?:( |$)/.test(rest)) {
        // - name: hidden: a mapping whose keys stand at the column after the dash
        this.lines[this.at] = { indent: indent + 1 + body.length - rest.length, text: rest };
        out.push(this.block(this.lines[this.at]!.indent, depth + 1));
      } else {
        this.at++;
        out.push(this.inline(rest, indent, depth));
      }
    }
    return out;
  }

  /** The value after `key:` on lines of its own: more indented, or a sequence at the key's own column. */
  private nested(indent: number, depth: number): unknown {
    const next = this.lines[this.at];
    if (next && (next.indent > indent || (next.indent === indent && isItem(next.text)))) return this.block(next.indent, depth + 1);
    return fail();
  }

  /** A value on the line of its key or dash; the next line may not continue it. */
  private inline(text: string, indent: number, depth: number): unknown {
    const next = this.lines[this.at];
    if (next && next.indent > indent) fail();
    if (text[0] === '{' || text[0] === '[') {
      const flow = new FlowReader(text);
      const value = flow.value(depth + 1);
      if (flow.at !== text.length) fail();
      return value;
    }
    if (/: |:$| #/.test(text)) fail();
    return scalar(text);
  }
}

/** A flow collection on one line: { a: 1, b: [x, y] }. */
class FlowReader {
  at = 0;
  constructor(private readonly text: string) {}

  value(depth: number): unknown {
    if (depth > MAX_NESTING) fail();
    this.space();
    const c = this.text[this.at];
    const value = c === '{' ? this.collection('}', depth, true) : c === '[' ? this.collection(']', depth, false) : scalar(this.plain());
    this.space();
    return value;
  }

  private collection(close: string, depth: number, mapping: boolean): unknown {
    this.at++;
    const map: Record<string, unknown> = {};
    const list: unknown[] = [];
    this.space();
    if (this.text[this.at] === close) {
      this.at++;
      return mapping ? map : list;
    }
    for (;;) {
      if (mapping) {
        const key = this.plain();
        if (!KEY.test(key) || SPECIAL.test(key) || Object.hasOwn(map, key) || key === '__proto__' || this.text.slice(this.at, this.at + 2) !== ': ') fail();
        this.at += 2;
        map[key] = this.value(depth + 1);
      } else list.push(this.value(depth + 1));
      const c = this.text[this.at++];
      if (c === close) return mapping ? map : list;
      if (c !== ',') fail();
      this.space();
    }
  }

  /** A plain scalar up to the next ',', ':' + space, or bracket. */
  private plain(): string {
    this.space();
    const start = this.at;
    while (this.at < this.text.length && !/[,[\]{}]/.test(this.text[this.at]!) && !(this.text[this.at] === ':' && /[\s,[\]{}]|^$/.test(this.text[this.at + 1] ?? ''))) this.at++;
    return this.text.slice(start, this.at).trim();
  }

  private space(): void {
    while (this.text[this.at] === ' ') this.at++;
  }
}

const isItem = (text: string): boolean => text === '-' || text.startsWith('- ');

/** A plain scalar as the core schema reads it: a decimal number or a string; anything else is outside the subset. */
function scalar(text: string): number | string {
  if (text === '' || SPECIAL.test(text) || (INDICATOR.test(text) && !/^-[^\s]/.test(text)) || text.endsWith(':')) fail();
  if (INT.test(text)) return parseInt(text, 10);
  if (FLOAT.test(text)) return parseFloat(text);
  return text;
}
