// Shared CLI options: number policy flags and their translation into a NumberPolicy.
import type { Options } from 'yargs';
import type { NumberPolicy } from '../evaluate/numberPolicy.js';

export const numberOptions = {
  decimals: { type: 'number', describe: 'digits after the decimal point (default 9)' },
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
