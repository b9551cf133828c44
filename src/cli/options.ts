// Shared CLI options: number policy flags, input limits and the learning rate, and their translation for the library API.
import type { Options } from 'yargs';
import type { LoadLimits, NumberPolicy } from '../api.js';
import { DEFAULT_POLICY } from '../api/defaults.js';

export const numberOptions = {
  // One default for every command and format: DEFAULT_POLICY (figures print at most 4 decimals of it; see draw)
  decimals: { type: 'number', describe: `digits after the decimal point (default ${DEFAULT_POLICY.decimals})` },
  sig: { type: 'number', describe: 'significant digits instead of decimals', conflicts: 'decimals' },
  rounding: { choices: ['half-up', 'half-even', 'truncate'] as const, default: 'half-up', describe: 'how printed numbers are rounded' },
  'keep-zeros': { type: 'boolean', default: false, describe: 'keep trailing zeros (0.751365070 instead of 0.75136507)' },
  hand: { type: 'boolean', default: false, describe: 'recompute every line from the printed, rounded values before it, as by hand' },
} satisfies Record<string, Options>;

export interface NumberArgs {
  decimals?: number;
  sig?: number;
  rounding: NumberPolicy['rounding'];
  'keep-zeros': boolean;
  hand: boolean;
}

export function policyFromArgs(args: NumberArgs): Partial<NumberPolicy> {
  const policy: Partial<NumberPolicy> = { rounding: args.rounding, trimZeros: !args['keep-zeros'], hand: args.hand };
  if (args.decimals !== undefined) policy.decimals = checkDigits(args.decimals, '--decimals');
  if (args.sig !== undefined) policy.sig = checkDigits(args.sig, '--sig');
  return policy;
}

function checkDigits(n: number, flag: string): number {
  if (!Number.isInteger(n) || n < 0 || n > 15) throw new RangeError(`${flag} takes a whole number from 0 to 15`);
  return n;
}

/** Limits on what a network file may ask of backprop-tex; the defaults are in DEFAULT_LIMITS. */
export const limitOptions = {
  'max-bytes': { type: 'number', describe: 'largest network file read, in bytes (default 10485760 = 10 MB)' },
  'max-aliases': { type: 'number', describe: 'most YAML alias expansions, against alias bombs (default 1000)' },
  'max-params': { type: 'number', describe: 'most parameters in one network file (default 1000000)' },
} satisfies Record<string, Options>;

export interface LimitArgs {
  'max-bytes'?: number;
  'max-aliases'?: number;
  'max-params'?: number;
}

export function limitsFromArgs(args: LimitArgs): Partial<LoadLimits> {
  const limits: Partial<LoadLimits> = {};
  if (args['max-bytes'] !== undefined) limits.maxBytes = checkCount(args['max-bytes'], '--max-bytes');
  if (args['max-aliases'] !== undefined) limits.maxAliases = checkCount(args['max-aliases'], '--max-aliases');
  if (args['max-params'] !== undefined) limits.maxParams = checkCount(args['max-params'], '--max-params');
  return limits;
}

function checkCount(n: number, flag: string): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${flag} takes a whole number of at least 0`);
  return n;
}

/** The learning rate is --lr in every command (the file's learning_rate, the API's learningRate); --eta is its old, hidden name. */
export function learningRateOptions(describe: string, fallback?: number) {
  return {
    lr: { type: 'number', describe, ...(fallback !== undefined && { default: fallback }) },
    eta: { type: 'number', hidden: true, describe: 'the old name of --lr' },
  } satisfies Record<string, Options>;
}

export interface LearningRateArgs {
  lr?: number;
  eta?: number;
}

/** The old name, when given, wins: --lr may hold only its default. */
export function learningRateFrom(args: LearningRateArgs): number | undefined {
  return args.eta ?? args.lr;
}
