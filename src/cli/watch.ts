// --watch and --pdf for derive, train and draw: run again on every save of the input file; compile the written .tex with latexmk.
import { readFileSync, watch } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Options } from 'yargs';
import { currentRun, writeErr } from './io.js';
import { reportError } from './reportError.js';

/** A line on stderr that is not an error (watching, a PDF written), unless --quiet. */
const note = (text: string): void => {
  if (!currentRun().quiet) writeErr(`${text}\n`);
};

export const watchOptions = {
  watch: { type: 'boolean', default: false, describe: 'run again on every save of FILE and rewrite the outputs; a bad edit prints its error and keeps watching' },
  pdf: { type: 'boolean', default: false, describe: 'compile each written LaTeX document with latexmk (when it is installed)' },
} satisfies Record<string, Options>;

export interface WatchArgs { file: string; watch: boolean; pdf: boolean }

/** Runs a command once, or with --watch after every change of args.file until interrupted. run returns the files it wrote. */
export async function runWatched(args: WatchArgs, run: () => string[] | Promise<string[]>): Promise<void> {
  const once = async (): Promise<void> => {
    const written = await run();
    if (args.pdf) await compilePdfs(written);
  };
  if (!args.watch) return once();
  const file = resolve(args.file);
  let last = readText(file);
  await once().catch((err: unknown) => void reportError(err, currentRun()));
  note(`watching ${args.file} (Ctrl-C stops)`);
  let running: Promise<void> | undefined;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const rerun = (): void => {
    if (running) return void (again = true);
    const text = readText(file);
    if (text === undefined || text === last) return;
    last = text;
    const run = currentRun();
    running = once().catch((err: unknown) => void reportError(err, run)).finally(() => {
      running = undefined;
      if (again) (again = false), rerun();
    });
  };
  // The folder, not the file: editors save by writing a new file and renaming it over the old one.
  watch(dirname(file), (_kind, name) => {
    if (name !== basename(file)) return;
    clearTimeout(timer);
    timer = setTimeout(rerun, 50);
  });
  await new Promise<never>(() => undefined);
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

let latexmkMissing = false;

/** latexmk on each written file that is a whole LaTeX document (a --fragment is not); its PDF goes beside it. */
async function compilePdfs(written: readonly string[]): Promise<void> {
  // node:child_process loads only for --pdf: derive, draw and train import this module on every run.
  const { spawn } = await import('node:child_process');
  for (const tex of written.filter((f) => f.endsWith('.tex') && readText(f)?.includes('\\documentclass'))) {
    if (latexmkMissing) return;
    const code = await new Promise<number | 'missing'>((done) => {
      const child = spawn('latexmk', ['-pdf', '-interaction=nonstopmode', '-halt-on-error', basename(tex)], { cwd: dirname(tex), stdio: 'ignore' });
      child.on('error', () => done('missing'));
      child.on('close', (c) => done(c ?? 1));
    });
    if (code === 'missing') (latexmkMissing = true), note('latexmk is not installed: --pdf writes no PDF');
    else if (code !== 0) writeErr(`${tex}: latexmk failed (exit ${code}); see ${tex.replace(/\.tex$/, '.log')}\n`);
    else note(`wrote ${tex.replace(/\.tex$/, '.pdf')}`);
  }
}
