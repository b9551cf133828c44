// Writes the CLI reference (docs/cli.md) from the yargs CommandModules themselves, so the documentation cannot drift.
import { readdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CommandModule, Options, PositionalOptions } from 'yargs';
import { runCli } from './run.js';

interface Described {
  positionals: [string, PositionalOptions][];
  options: [string, Options][];
  examples: [string, string][];
}

const HERE = dirname(fileURLToPath(import.meta.url));

/** Runs a command's builder against a recorder instead of yargs: it notes positionals, options and examples (awaiting an async builder). */
async function recordBuilder(module: CommandModule): Promise<Described> {
  const seen: Described = { positionals: [], options: [], examples: [] };
  const recorder: unknown = new Proxy({}, {
    // `then` stays undefined, so awaiting what a builder returns (the recorder itself) does not wait forever.
    get: (_target, method) => method === 'then' ? undefined : (...args: unknown[]) => {
      if (method === 'positional') seen.positionals.push([args[0] as string, args[1] as PositionalOptions]);
      if (method === 'option') seen.options.push([args[0] as string, args[1] as Options]);
      if (method === 'options') seen.options.push(...Object.entries(args[0] as Record<string, Options>));
      if (method === 'example') seen.examples.push([args[0] as string, args[1] as string]);
      return recorder;
    },
  });
  if (typeof module.builder === 'function') await (module.builder as (y: unknown) => unknown)(recorder);
  return seen;
}

/** Every CommandModule exported by cli/commands/*, keyed by its command name. */
export async function loadCommandModules(dir = join(HERE, 'commands')): Promise<Map<string, CommandModule>> {
  const ext = extname(fileURLToPath(import.meta.url));
  const modules = new Map<string, CommandModule>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(ext) && !f.endsWith(`.d${ext}`)).sort()) {
    const exports = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    for (const value of Object.values(exports)) {
      const m = value as CommandModule;
      if (m && typeof m === 'object' && typeof m.command === 'string' && typeof m.handler === 'function') modules.set(m.command.split(' ')[0]!, m);
    }
  }
  return modules;
}

/** `backprop-tex --help`: the commands in the order run.ts registers them, and the global options (100 columns wide). */
export async function mainHelp(): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(['--help'], { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } });
  if (status !== 0) throw new Error(`backprop-tex --help failed: ${err.join('')}`);
  return out.join('').replace(/[ \t]+$/gm, '').trimEnd();
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(o: Options | PositionalOptions): string {
  if (o.choices) return (o.choices as readonly unknown[]).map((c) => `\`${String(c)}\``).join(' \\| ');
  return o.type ?? 'string';
}

function defaultOf(o: Options | PositionalOptions): string {
  return o.default === undefined ? (o.demandOption ? '*required*' : '') : `\`${JSON.stringify(o.default)}\``;
}

function optionRow(name: string, o: Options): string {
  const conflicts = o.conflicts ? ` (not with --${String(o.conflicts)})` : '';
  return `| \`--${name}\` | ${typeOf(o)} | ${defaultOf(o)} | ${cell(String(o.describe ?? ''))}${conflicts} |`;
}

/** One command's section: synopsis, arguments, options, examples. */
async function describeCommand(module: CommandModule): Promise<string> {
  const d = await recordBuilder(module);
  const describe = String(module.describe);
  const lines = [`## \`backprop-tex ${module.command as string}\``, '', `${describe.charAt(0).toUpperCase()}${describe.slice(1)}.`, ''];
  if (d.positionals.length) {
    lines.push('| Argument | Type | Default | Description |', '|---|---|---|---|');
    for (const [name, o] of d.positionals) lines.push(`| \`${name}\` | ${typeOf(o)} | ${defaultOf(o)} | ${cell(String(o.describe ?? ''))} |`);
    lines.push('');
  }
  // A hidden option is an old name kept working (--eta for --lr); the reference lists the one name.
  const options = d.options.filter(([, o]) => !o.hidden);
  if (options.length) lines.push('| Option | Type | Default | Description |', '|---|---|---|---|', ...options.map(([n, o]) => optionRow(n, o)), '');
  if (d.examples.length) lines.push('```sh', ...d.examples.map(([cmd, what]) => `${cmd.replace('$0', 'backprop-tex')}   # ${what}`), '```', '');
  return lines.join('\n');
}

/** The whole reference: the top-level help, then each registered command; a command module that run.ts does not register (or the reverse) is an error. */
export async function describeCli(modules: Map<string, CommandModule>, help: string): Promise<string> {
  const registered = [...help.matchAll(/^\s+backprop-tex (\w[\w-]*)/gm)].map((m) => m[1]!);
  const missing = registered.filter((name) => !modules.has(name));
  const unregistered = [...modules.keys()].filter((name) => !registered.includes(name));
  if (missing.length || unregistered.length) {
    throw new Error(`commands in --help without a module: [${missing.join(', ')}]; modules not registered in run.ts: [${unregistered.join(', ')}]`);
  }
  return [
    '<!-- Generated by `npm run docs` from src/cli/commands/*.ts (src/cli/describeCli.ts); do not edit by hand. -->',
    '# Command-line reference',
    '',
    '```text',
    help,
    '```',
    '',
    'Exit codes: 0 success, 1 a check failed (`verify` found an erratum), 2 bad input or usage (one line `file:line:col: message`).',
    '',
    ...(await Promise.all(registered.map((name) => describeCommand(modules.get(name)!)))),
  ].join('\n');
}
