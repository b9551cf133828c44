// `backprop-tex derive FILE`: prints the derivation and writes it as .tex (or md, txt, json, a Beamer deck, an HTML page).
import { basename, dirname, join } from 'node:path';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { EmitExtras, NetworkDefinition, NotationName } from '../../api.js';

import { runWatched, watchOptions, type WatchArgs } from '../watch.js';
import { DEFAULT_MAX_EQUATIONS, NOTATION_NAMES } from '../../api/defaults.js';
import { checkOutName, formatOfOut } from '../outName.js';
import { writeErr, writeOut } from '../io.js';
import { InputError } from '../../api/errors.js';
import { learningRateFrom, learningRateOptions, limitOptions, limitsFromArgs, numberOptions, policyFromArgs, type LearningRateArgs, type LimitArgs, type NumberArgs } from '../options.js';

type Format = 'tex' | 'md' | 'txt' | 'json' | 'beamer' | 'html';

interface DeriveArgs extends NumberArgs, LimitArgs, LearningRateArgs, WatchArgs {
  file: string;
  format?: Format;
  out?: string;
  only?: string;
  'max-equations': number;
  form?: 'scalar' | 'matrix';
  notation?: NotationName;
  iterations?: number;
  'batch-size'?: number;
  shuffle?: boolean;
  seed?: number;
  'after-update'?: 'outputs' | 'all';
  'delta-w'?: boolean;
  hessian?: boolean;
  exact?: boolean;
  precision?: number;
  force: boolean;
  overlays: boolean;
  quiet: boolean;
}

export const deriveCommand: CommandModule<object, DeriveArgs> = {
  command: 'derive <file>',
  describe: 'derive every gradient of a network file and print it with its numbers',
  builder: (y: Argv) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'network file (.yaml or .json)' })
      .options({
        format: { choices: ['tex', 'md', 'txt', 'json', 'beamer', 'html'] as const, describe: 'output format (default: from --out, else tex)' },
        out: { type: 'string', alias: 'o', describe: "output file, or '-' for standard output (default: print txt and write out/NAME.tex)" },
        form: { choices: ['scalar', 'matrix'] as const, describe: "scalar: every unit's equations; matrix: vectors and matrices layer by layer (bmatrix), for dense layered networks (default: scalar, or matrix above --max-equations)" },
        notation: { choices: NOTATION_NAMES, describe: "names (and the matrix form's convention), overriding the file's notation: ng = Ng's [l], dZ, dW, 1/m; row-major = X W + b" },
        only: { type: 'string', describe: 'comma-separated parameters to derive (e.g. w5,w1)' },
        ...learningRateOptions("learning rate η, overriding the file's"),
        hessian: { type: 'boolean', describe: 'also print the second derivatives ∂²E/∂w_i∂w_j, checked against finite differences' },
        exact: { type: 'boolean', describe: 'list every quantity exactly: a fraction where every operation is rational, else --precision digits (txt or json)' },
        precision: { type: 'number', describe: 'significant digits of --exact where a value is not rational (default 40)' },
        iterations: { type: 'number', describe: "also run N rounds of gradient descent (of the file's optimizer, its state carried from round to round) and tabulate each round (at most 10000 unless --max-iterations)" },
        'max-iterations': { type: 'number', describe: 'raise the limit of --iterations (default 10000)' },
        'batch-size': { type: 'number', describe: "with --iterations N: N steps of SGD over the file's examples in batches of B (1: online SGD), each step's forward pass, loss, gradients and updates listed (txt, md, json, tex; beamer: a frame per step)" },
        shuffle: { type: 'boolean', describe: 'with --batch-size: shuffle the examples each epoch (seeded by --seed, as train does)' },
        seed: { type: 'number', describe: 'seed of --shuffle (default 1)' },
        'delta-w': { type: 'boolean', describe: 'print Δw = η·∂E/∂w as a line of its own, and w⁺ = w − Δw' },
        'after-update': { choices: ['outputs', 'all'] as const, describe: 'what "after the update" and each round of --iterations list: the outputs and the loss (default), or every computed node (nets, hidden units, per-example losses)' },
        'max-equations': { type: 'number', default: DEFAULT_MAX_EQUATIONS, describe: 'above this many equations, print the index form (and the --only instances); --only beyond it is refused' },
        overlays: { type: 'boolean', default: false, describe: 'beamer: reveal the equations of each frame one by one' },
        force: { type: 'boolean', default: false, describe: 'overwrite an output file that backprop-tex did not generate' },
        quiet: { type: 'boolean', default: false, describe: 'print nothing on success' },
        ...numberOptions,
        ...limitOptions,
        ...watchOptions,
      })
      .example('$0 derive fixtures/mazur-2-2-2.yaml', 'print the derivation and write out/mazur-2-2-2.tex')
      .example('$0 derive net.yaml --format md --out -', 'Markdown to standard output')
      .example('$0 derive net.yaml --form matrix', 'the vectorised derivation: z = W a + b, δ, ∂E/∂W = δ aᵀ with bmatrix numbers')
      .example('$0 derive net.yaml --decimals 4 --hand', '4 decimals, each line from the rounded lines before it') as unknown as Argv<DeriveArgs>,
  handler: async (args: ArgumentsCamelCase<DeriveArgs>) => runWatched(args, () => deriveOnce(args)),
};

/** One run of derive; returns the files it wrote. */
async function deriveOnce(args: ArgumentsCamelCase<DeriveArgs>): Promise<string[]> {
  // The light API: verify, training and figures load only when this run asks for them.
  const { loadNetwork, derive, emit, matrixFiles, matrixFolder, definitionNotes } = await import('../../api/derivation.js');
  const { writeFileAtomic } = await import('../writeOutput.js');
  const def = loadNetwork(args.file, limitsFromArgs(args));
  for (const note of definitionNotes(def)) writeErr(`backprop-tex: note: ${note}\n`);
  if (args.exact && args.form === 'matrix') throw new InputError('--exact lists every quantity one a line, not the matrix form: drop --exact or --form matrix', { file: def.file });
  if (args.exact) return deriveExact(def, args);
  const derived = derive(def, {
    policy: policyFromArgs(args),
    learningRate: learningRateFrom(args),
    maxEquations: args['max-equations'],
    form: args.form,
    notation: args.notation,
    iterations: args['batch-size'] === undefined ? args.iterations : undefined,
    afterUpdate: args['after-update'],
    deltaW: args['delta-w'],
    only: args.only?.split(',').map((s) => s.trim()).filter(Boolean),
  });
  // --batch-size: the iterations are steps of SGD over the examples (loaded only then)
  const doc = args['batch-size'] === undefined ? derived : (await import('../../api/miniBatch.js')).withMiniBatchSteps(derived, def, { iterations: args.iterations, batchSize: args['batch-size'], shuffle: args.shuffle, seed: args.seed });
  const format: Format = args.format ?? formatOfOut(args.out, ['tex', 'md', 'txt', 'json', 'html'] as const) ?? 'tex';
  checkOutName(args.out, format, 'derive');
  const hessian = args.hessian ? (await import('../../api/hessian.js')).hessianOf(doc) : undefined;
  const extras = format === 'tex' || format === 'beamer' || format === 'html' ? await presentation(def, format, args.overlays) : {};
  const content = emit(doc, format, { ...extras, hessian });
  if (args.out === '-') {
    writeOut(content);
    return [];
  }
  const target = args.out ?? join('out', `${basename(args.file).replace(/\.(ya?ml|json)$/i, '')}${format === 'beamer' ? '-deck.tex' : `.${format}`}`);
  const terminal = args.out === undefined && !args.quiet ? emit(doc, 'txt', { hessian }) : undefined;
  writeFileAtomic(target, content, { force: args.force });
  // the full numbers of the matrices the document elides, in NAME-matrices/ beside it (the document names the folder)
  const folder = join(dirname(target), matrixFolder(doc));
  const sides = matrixFiles(doc).map((f) => {
    writeFileAtomic(join(folder, f.name), f.content, { force: args.force });
    return join(folder, f.name);
  });
  if (terminal) writeOut(terminal);
  if (!args.quiet) writeErr(`wrote ${target}${sides.length ? ` and ${sides.length} CSV files in ${folder}` : ''}\n`);
  return [target, ...sides];
}

/** The article's figure, the deck's figures, or the page's figure data and KaTeX's stylesheet. */
async function presentation(def: NetworkDefinition, format: 'tex' | 'beamer' | 'html', overlays: boolean): Promise<EmitExtras> {
  const { presentationExtras } = await import('../../api/figures.js');
  return { ...presentationExtras(def, format, { overlays }), ...(format === 'html' && { css: (await import('../katexCss.js')).readKatexCss() }) };
}

/** derive --exact: the listing on standard output (txt, or json with --format json). */
async function deriveExact(def: Parameters<typeof import('../../api.js').derive>[0], args: ArgumentsCamelCase<DeriveArgs>): Promise<string[]> {
  const { exactListing } = await import('../../api.js');
  const text = await exactListing(def, { precision: args.precision, learningRate: learningRateFrom(args), format: args.format === 'json' ? 'json' : 'txt' });
  if (!args.quiet) writeOut(text);
  return [];
}
