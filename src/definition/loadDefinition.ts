// Reads a network file (YAML or JSON), validates it, and keeps a map from field paths to file positions.
import { GENERATED_MARK } from '../util/generatedMark.js';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { InputError, formatPath, type SourceLocation } from '../util/errors.js';
import { lineColOf, locateJsonOffset } from './locateJson.js';
import type { NetworkSpec } from './schema.js';
import { zodSchemas } from './zodSchemas.js';
import { closestName, fieldsAt } from './schemaKeys.js';
import { expandMatrixLayers } from './matrixLayers.js';
import { readPlainSpec } from './plainSpec.js';
import { readPlainYaml } from './plainYaml.js';
import { readInputText } from '../util/readInput.js';
import { firstYamlError } from './uniqueKeys.js';
import { protoKeyInJson, protoKeyInYaml, withoutPrototypes } from './nullPrototype.js';
import { repeatedJsonKey, scanJson } from './jsonKeys.js';
import { MAX_NESTING, tooDeepBrackets, tooDeepNodes } from './nestingDepth.js';
import { describeYamlError } from './yamlMessages.js';

/** A validated network file and the means to point back into it. */
export interface NetworkDefinition {
  spec: NetworkSpec;
  file: string;
  /** Leaves written as fractions (x: 2/3) by id, as written: derive --exact reads them exactly. */
  fractions?: Record<string, string>;
  /** The file position of a field, for error messages of later stages. */
  locate(path: readonly (string | number)[]): SourceLocation;
}

export interface LoadLimits {
  /** Largest accepted file, in bytes. */
  maxBytes: number;
  /** Most YAML alias expansions (guards against alias bombs). */
  maxAliases: number;
  /** Most parameters (weights and biases) in one file: a million already prints millions of equations. */
  maxParams: number;
}

/** The documented defaults; --max-bytes, --max-aliases and --max-params raise them. */
export const DEFAULT_LIMITS: LoadLimits = { maxBytes: 10 * 1024 * 1024, maxAliases: 1000, maxParams: 1_000_000 };

export function loadDefinitionFile(file: string, given: Partial<LoadLimits> = {}): NetworkDefinition {
  const limits = { ...DEFAULT_LIMITS, ...given };
  return parseDefinition(readInputText(file, limits.maxBytes), file === '-' ? '<stdin>' : file, limits);
}

export function parseDefinition(text: string, file: string, given: Partial<LoadLimits> = {}): NetworkDefinition {
  const limits = { ...DEFAULT_LIMITS, ...given };
  // JSON (generated networks can be megabytes) takes the fast path; positions are found only if an error needs one.
  const json = /^\s*\{/.test(text) ? tryJson(text) : undefined;
  // Valid JSON is checked for depth and repeated keys in one token scan (a character loop costs a cold process more).
  const jsonFault = json === undefined ? undefined : scanJson(text, MAX_NESTING);
  if (json === undefined || jsonFault !== undefined) refuseDeepNesting(text, file, tooDeepBrackets(text));
  if (jsonFault !== undefined) refuseRepeatedKey(text, file);
  let parsedDoc: { doc: Document; lineCounter: LineCounter } | undefined;
  const yamlDoc = (): { doc: Document; lineCounter: LineCounter } => {
    if (!parsedDoc) {
      const lineCounter = new LineCounter();
      // repeated keys are found by firstYamlError: the library's own check is quadratic in a mapping's size
      parsedDoc = { doc: parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true, logLevel: 'error' }), lineCounter };
    }
    return parsedDoc;
  };
  // A JSON file is located by a linear scan of its text: re-reading megabytes of JSON as YAML takes minutes.
  const locate = (path: readonly (string | number)[]): SourceLocation =>
    json === undefined ? locatePath(yamlDoc().doc, yamlDoc().lineCounter, file, path) : { file, path: formatPath(path), ...lineColOf(text, locateJsonOffset(text, path)) };
  // Plain YAML (most network files) is read without the yaml library, which then only reads the rest and locates errors.
  const plainYaml = json === undefined ? readPlainYaml(text) : undefined;
  let data: unknown = json ?? plainYaml;
  if (data === undefined) {
    const { doc, lineCounter } = yamlDoc();
    const first = firstYamlError(doc);
    if (first) {
      const pos = lineCounter.linePos(first.offset);
      throw new InputError(describeYamlError(first, text, first.offset), { file, line: pos.line, col: pos.col });
    }
    const deep = tooDeepNodes(doc);
    if (deep !== undefined) refuseDeepNesting(text, file, deep);
    try {
      data = doc.toJS({ maxAliasCount: limits.maxAliases });
    } catch (err) {
      const why = readableYamlError((err as Error).message).replace(/^Excessive alias count.*/, `more than ${limits.maxAliases} alias expansions (raise the limit with --max-aliases)`);
      throw new InputError(`cannot read the YAML: ${why}`, { file, line: 1, col: 1 });
    }
  }
  const protoAt = plainYaml !== undefined ? undefined : json === undefined ? protoKeyInYaml(yamlDoc().doc, yamlDoc().lineCounter) : protoKeyInJson(text);
  if (protoAt) throw new InputError("'__proto__' cannot be a name (it is the prototype of every JavaScript object): rename it", { file, ...protoAt });
  checkParameterCount(data, limits.maxParams, () => locate(['parameters']));
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError('a network file must be a mapping with inputs, parameters and layers or graph', { file, line: 1, col: 1 });
  }
  // A network file backprop-tex wrote as JSON (variants) carries its signature as a leading "generated" key.
  if (json !== undefined && typeof (data as Record<string, unknown>).generated === 'string' && String((data as Record<string, unknown>).generated).startsWith(GENERATED_MARK)) {
    const { generated: _mark, ...rest } = data as Record<string, unknown>;
    data = rest;
  }
  // The commonest files (plain numbers, built-in names) are read without zod, which then answers only the rest.
  const plain = readPlainSpec(data);
  if (plain) return { spec: plain, file, locate, fractions: fractionsOf(data) };
  // Without zod's compiled fast path: a file is validated once per run, and generating and compiling that code costs
  // more than it saves (first parse in a fresh process: 8-8-8-8 23 → 17 ms, Mazur 15 → 9 ms, medians of 21).
  const parsed = zodSchemas().NetworkSpec.safeParse(data, { jitless: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    // An unknown field is reported at the field itself, not at the mapping that holds it.
    const at = issue.code === 'unrecognized_keys' && issue.keys?.length ? [...path, issue.keys[0]!] : path;
    const fields = (p: readonly (string | number)[]): string[] => fieldsAt(zodSchemas().NetworkSpec, p);
    const message = describeIssue(issue, { value: valueAt(data, path), key: path.at(-1), path, data, fields });
    const where = at !== path && json === undefined ? locateKey(yamlDoc().doc, yamlDoc().lineCounter, file, at) : undefined;
    throw new InputError(message, { ...(where ?? locate(at)), path: formatPath(path) });
  }
  const expanded = expandMatrixLayers(parsed.data, data, locate);
  return { spec: withoutPrototypes(expanded.spec), file, locate, fractions: { ...fractionsOf(data), ...expanded.fractions } };
}

/** The top-level inputs, targets and parameters written as fraction strings, by id. */
function fractionsOf(data: unknown): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const field of ['inputs', 'targets', 'parameters']) {
    const values = (data as Record<string, unknown>)[field];
    if (values === null || typeof values !== 'object') continue;
    for (const [id, v] of Object.entries(values)) if (typeof v === 'string') out[id] = v.replace(/\s+/g, '');
  }
  return out;
}

function refuseDeepNesting(text: string, file: string, offset: number | undefined): void {
  if (offset === undefined) return;
  throw new InputError(`the file nests deeper than ${MAX_NESTING} levels (a network file needs about 6)`, { file, ...lineColOf(text, offset) });
}

/** JSON.parse keeps the last of two equal keys; the YAML reader refuses them, and so does this. */
function refuseRepeatedKey(text: string, file: string): void {
  const repeated = repeatedJsonKey(text);
  if (!repeated) return;
  const first = lineColOf(text, repeated.first);
  throw new InputError(`the key '${repeated.key}' is given twice in one mapping (first at ${first.line}:${first.col}): keep one`, { file, ...lineColOf(text, repeated.second) });
}

/** Refuses a file with more parameters than the limit before any work is spent on them. */
function checkParameterCount(data: unknown, max: number, where: () => SourceLocation): void {
  const params = data !== null && typeof data === 'object' ? (data as Record<string, unknown>).parameters : undefined;
  if (params === null || typeof params !== 'object') return;
  const count = Object.keys(params).length;
  if (count > max) throw new InputError(`the file has ${count} parameters, more than the limit of ${max} (raise it with --max-params)`, { ...where(), path: 'parameters' });
}

/** JSON.parse, or undefined when the text is not valid JSON (the YAML parser then reports where). */
function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

interface Issue {
  code: string;
  message: string;
  keys?: string[];
  errors?: Issue[][];
  values?: unknown[];
  expected?: string;
  issues?: Issue[];
}

/** Where an issue stands in the file's data, and the fields the schema allows at a path. */
interface IssueContext {
  value: unknown;
  key: unknown;
  path: readonly (string | number)[];
  data: unknown;
  fields(path: readonly (string | number)[]): string[];
}

function describeIssue(issue: Issue, context: IssueContext): string {
  const { value, key } = context;
  if (issue.code === 'invalid_key') return `${JSON.stringify(key)} is not a valid name: ${issue.issues?.[0]?.message ?? 'use letters, digits and _, starting with a letter'}`;
  if (issue.code === 'unrecognized_keys' && issue.keys) return `unknown field ${issue.keys.map((k) => `'${k}'`).join(', ')}${didYouMean(issue.keys[0]!, context.fields(context.path))}`;
  if (issue.code === 'invalid_type' && issue.expected) return value === undefined ? missingField(context) : wrongType(issue.expected, value, FRACTION_FIELDS.has(String(context.path[0])));
  if (issue.code === 'invalid_union' && issue.errors) {
    // A choice (activation, loss): name the bad value and list what is accepted.
    const names = issue.errors.flat().flatMap((e) => (e.values ?? []).map(String));
    const objects = issue.errors.flat().some((e) => e.expected === 'object' || e.code === 'unrecognized_keys');
    const accepted = [...names, ...(objects ? ['an object with type (e.g. { type: custom, expr: ... })'] : [])];
    return `${JSON.stringify(value)} is not accepted here: expected ${accepted.join(', ')}`;
  }
  return issue.message;
}

/** ", did you mean 'bias'?" for a field a letter or two from an allowed one, else a list of the allowed ones. */
function didYouMean(word: string, allowed: string[]): string {
  const near = closestName(word, allowed);
  if (near) return `: did you mean '${near}'?`;
  return allowed.length > 0 && allowed.length <= 12 ? ` (allowed here: ${allowed.join(', ')})` : '';
}

/** The fields whose values may be written as fractions (fractionsOf reads them). */
const FRACTION_FIELDS = new Set(['inputs', 'targets', 'parameters', 'examples']);

const KIND: Record<string, string> = { number: 'a number', string: 'a string', boolean: 'true or false', array: 'a list', object: 'a mapping', record: 'a mapping' };

/** "missing field 'neurons'", naming a field written in its place ('neuron': did you mean …?) or the fields not allowed there. */
function missingField({ key, path, data, fields }: IssueContext): string {
  const holder = valueAt(data, path.slice(0, -1));
  const allowed = new Set(fields(path.slice(0, -1)));
  const strays = holder !== null && typeof holder === 'object' && !Array.isArray(holder) ? Object.keys(holder).filter((k) => !allowed.has(k)) : [];
  const near = strays.find((k) => closestName(k, [String(key)]) !== undefined);
  if (near) return `missing field '${String(key)}' ('${near}' is written here: did you mean '${String(key)}'?)`;
  return `missing field '${String(key)}'${strays.length > 0 ? ` (not fields here: ${strays.map((k) => `'${k}'`).join(', ')})` : ''}`;
}

/** "expected a number, got the string "0.1": write it without quotes". */
function wrongType(expected: string, value: unknown, fractionAllowed: boolean): string {
  const want = expected === 'number' && fractionAllowed ? 'a number or a fraction such as 2/3' : (KIND[expected] ?? expected);
  if (typeof value === 'string' && expected === 'number' && value.trim() !== '' && Number.isFinite(Number(value))) return `expected a number, got the string ${JSON.stringify(value)}: write it without quotes`;
  return `expected ${want}, got ${describeValue(value)}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = data;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

/** The position of the key that ends `path` (a field the schema does not know is reported where its name is written). */
function locateKey(doc: Document, lc: LineCounter, file: string, path: readonly (string | number)[]): SourceLocation | undefined {
  const holder = doc.getIn(path.slice(0, -1), true) as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined;
  const pair = holder?.items?.find((p) => p.key?.value === path.at(-1));
  if (!pair?.key?.range) return undefined;
  const pos = lc.linePos(pair.key.range[0]);
  return { file, path: formatPath(path), line: pos.line, col: pos.col };
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

/** The YAML library's message, first line only; a stack overflow means the file nests too deeply. */
function readableYamlError(message: string): string {
  if (/call stack/i.test(message)) return 'the file nests too deeply (more levels of [ ] or { } than a network file needs)';
  return firstLine(message);
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}
