// Reads a network file (YAML or JSON), validates it, and keeps a map from field paths to file positions.
import { readFileSync, statSync } from 'node:fs';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { InputError, formatPath, type SourceLocation } from '../util/errors.js';
import { NetworkSpec } from './schema.js';

/** A validated network file and the means to point back into it. */
export interface NetworkDefinition {
  spec: NetworkSpec;
  file: string;
  /** The file position of a field, for error messages of later stages. */
  locate(path: readonly (string | number)[]): SourceLocation;
}

export interface LoadLimits {
  /** Largest accepted file, in bytes. */
  maxBytes: number;
  /** Most YAML alias expansions (guards against alias bombs). */
  maxAliases: number;
}

export const DEFAULT_LIMITS: LoadLimits = { maxBytes: 10 * 1024 * 1024, maxAliases: 1000 };

export function loadDefinitionFile(file: string, limits: LoadLimits = DEFAULT_LIMITS): NetworkDefinition {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new InputError('cannot read the file', { file });
  }
  if (size > limits.maxBytes) {
    throw new InputError(`the file has ${size} bytes, more than the limit of ${limits.maxBytes} (raise it with --max-bytes)`, { file });
  }
  return parseDefinition(readFileSync(file, 'utf8'), file, limits);
}

export function parseDefinition(text: string, file: string, limits: LoadLimits = DEFAULT_LIMITS): NetworkDefinition {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    throw new InputError(firstLine(first.message), { file, line: pos.line, col: pos.col });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliases });
  } catch (err) {
    throw new InputError(`cannot read the YAML: ${firstLine((err as Error).message)}`, { file, line: 1, col: 1 });
  }
  const locate = (path: readonly (string | number)[]): SourceLocation => locatePath(doc, lineCounter, file, path);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError('a network file must be a mapping with inputs, parameters and layers or graph', { file, line: 1, col: 1 });
  }
  const parsed = NetworkSpec.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    throw new InputError(describeIssue(issue), locate(path));
  }
  return { spec: parsed.data, file, locate };
}

function describeIssue(issue: { code: string; message: string; keys?: string[] }): string {
  if (issue.code === 'unrecognized_keys' && issue.keys) return `unknown field ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  return issue.message;
}

/** Finds the deepest existing YAML node on the path and returns its start position. */
function locatePath(doc: Document, lc: LineCounter, file: string, path: readonly (string | number)[]): SourceLocation {
  const where: SourceLocation = { file, path: formatPath(path) };
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const pos = lc.linePos(node.range[0]);
      return { ...where, line: pos.line, col: pos.col };
    }
  }
  return { ...where, line: 1, col: 1 };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}
