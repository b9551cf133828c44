// The commonest command lines (derive FILE --out x.tex, verify DOC… --net FILE) read without yargs, whose load and
// parse are a sixth of such a run. The options are the command's own: its builder is run on a recorder, so the
// options table stays the one in the command's file. Anything not plainly an option of the table, given once, with a
// plain value (a short flag, --no-x, a repeated or array option, a number in another notation, a value outside the
// choices, options that conflict, a missing or extra positional) is left to yargs, which parses or refuses it as
// always; test/perf/quickArgs.test.ts holds the two answers equal.
import type { CommandModule, Options, PositionalOptions } from 'yargs';

/** The options every command takes (yargs' global ones). */
export const GLOBAL_OPTIONS = {
  quiet: { type: 'boolean', global: true, describe: 'print nothing on success (errors still go to stderr)' },
  verbose: { type: 'boolean', global: true, describe: 'also print where in backprop-tex an error arose' },
} satisfies Record<string, Options>;

/** The option fields this reader understands; a table with any other field is left to yargs. */
const KNOWN_FIELDS = new Set(['type', 'choices', 'default', 'describe', 'hidden', 'conflicts', 'global', 'array', 'demandOption', 'alias']);
/** A number as yargs reads one and prints back unchanged: plain decimals. */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

interface Table {
  positionals: { name: string; array: boolean }[];
  options: Map<string, Options>;
}

const DECLINE = Symbol('decline');
const decline = (): never => {
  throw DECLINE;
};

/** What a command's builder declares, read by running it on a recorder (any call but these three is left to yargs). */
function tableOf(command: CommandModule<object, never>): Table {
  const table: Table = { positionals: [], options: new Map(Object.entries(GLOBAL_OPTIONS)) };
  const recorder: object = new Proxy({}, {
    get: (_t, method) => {
      if (method === 'positional') return (name: string, o: PositionalOptions) => (table.positionals.push({ name, array: o.array === true }), recorder);
      if (method === 'options') return (o: Record<string, Options>) => (Object.entries(o).forEach(([k, v]) => table.options.set(k, v)), recorder);
      if (method === 'example') return () => recorder;
      return decline;
    },
  });
  if (typeof command.builder !== 'function') decline();
  (command.builder as (y: object) => unknown)(recorder);
  const fields = [...table.options.values()].flatMap((o) => Object.keys(o));
  if (fields.some((f) => !KNOWN_FIELDS.has(f))) decline();
  return table;
}

/** The command `argv` names (after run.ts's joinDashValues) and yargs' arguments object, or undefined where only yargs may answer. */
export function quickArgs<C extends CommandModule<object, never>>(argv: readonly string[], commands: readonly C[]): { command: C; args: Record<string, unknown> } | undefined {
  try {
    const command = commands.find((c) => typeof c.command === 'string' && c.command.split(' ')[0] === argv[0]);
    return command ? { command, args: readArgs(argv.slice(1), argv[0]!, tableOf(command)) } : undefined;
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
}

function readArgs(tokens: readonly string[], name: string, table: Table): Record<string, unknown> {
  const args: Record<string, unknown> = { _: [name], $0: 'backprop-tex' };
  const loose: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.startsWith('--')) {
      if (token.startsWith('-') || !Number.isNaN(Number(token))) decline();
      loose.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const key = eq < 0 ? token.slice(2) : token.slice(2, eq);
    const option = table.options.get(key) ?? decline();
    if (key in args || option.array) decline();
    if (option.type === 'boolean') {
      // yargs reads `--force true` as one flag and its value
      if (eq >= 0 || /^(true|false)$/.test(tokens[i + 1] ?? '')) decline();
      args[key] = true;
      continue;
    }
    const text = eq >= 0 ? token.slice(eq + 1) : tokens[++i];
    if (text === undefined || (eq < 0 && text.startsWith('-'))) decline();
    args[key] = valueOf(option, text!);
  }
  placePositionals(args, loose, table);
  for (const [key, option] of table.options) {
    if (option.conflicts !== undefined && key in args && [option.conflicts].flat().some((c) => typeof c === 'string' && c in args)) decline();
    if (!(key in args) && option.default !== undefined) args[key] = option.default;
  }
  for (const key of Object.keys(args)) if (key.includes('-')) args[key.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())] = args[key];
  // an option's alias (-o for --out) holds its value too, as in yargs' answer; the short flag itself is left to yargs
  for (const [key, option] of table.options) for (const alias of [option.alias ?? []].flat()) if (key in args) args[alias] = args[key];
  return args;
}

function valueOf(option: Options, text: string): unknown {
  if (option.choices !== undefined) return (option.choices as readonly unknown[]).includes(text) && option.type !== 'number' ? text : decline();
  if (option.type === 'number') return PLAIN_NUMBER.test(text) ? Number(text) : decline();
  return option.type === 'string' && Number.isNaN(Number(text)) ? text : decline();
}

function placePositionals(args: Record<string, unknown>, loose: string[], table: Table): void {
  const [only, ...more] = table.positionals;
  if (!only || more.length > 0 || loose.length === 0 || (!only.array && loose.length > 1)) decline();
  args[only!.name] = only!.array ? loose : loose[0];
}
