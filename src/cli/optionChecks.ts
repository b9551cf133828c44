// One table of every numeric option's kind and range, and the rule for options given twice: checked in one place.
import { UsageError } from './reportError.js';

interface NumericRule {
  integer?: boolean;
  min: number;
  /** The smallest value refused (exclusive bound) instead of `min` inclusive: a rate above 0. */
  above?: boolean;
  max?: number;
  /** A soft cap: above it, the option named here must raise it (--max-epochs 1e7). */
  cap?: { max: number; flag: string };
}

const COUNT = { integer: true, min: 0 } as const;

/** Every numeric option of every command. */
export const NUMERIC_OPTIONS: Record<string, NumericRule> = {
  decimals: { integer: true, min: 0, max: 15 },
  sig: { integer: true, min: 0, max: 15 },
  'max-bytes': COUNT,
  'max-aliases': COUNT,
  'max-params': COUNT,
  'max-equations': COUNT,
  'max-epochs': { integer: true, min: 1 },
  'max-iterations': { integer: true, min: 1 },
  iterations: { integer: true, min: 0, cap: { max: 10_000, flag: '--max-iterations' } },
  epochs: { integer: true, min: 1, cap: { max: 1_000_000, flag: '--max-epochs' } },
  every: { integer: true, min: 1 },
  lr: { min: 0, above: true, max: 1e6 },
  eta: { min: 0, above: true, max: 1e6 },
  momentum: { min: 0, max: 1 },
  beta: { min: 0, max: 1 },
  beta1: { min: 0, max: 1 },
  beta2: { min: 0, max: 1 },
  eps: { min: 0, above: true, max: 1 },
  seed: { integer: true, min: 0, max: Number.MAX_SAFE_INTEGER },
  port: { integer: true, min: 0, max: 65535 },
  'min-coverage': { min: 0, max: 100 },
  jobs: { integer: true, min: 1, max: 1024 },
};

/** Options that may be given more than once (verify --name) and yargs' own keys. */
const REPEATABLE = new Set(['_', '$0', 'docs', 'answers', 'name']);

/** Refuses an option given twice and a numeric option out of its range, naming the option. */
export function checkOptions(args: Record<string, unknown>, given: readonly string[]): void {
  for (const [key, value] of Object.entries(args)) {
    if (REPEATABLE.has(key) || !Array.isArray(value) || value.every((v) => typeof v === 'boolean')) continue;
    if (/[A-Z]/.test(key) && `${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` in args) continue;
    if (key.length === 1) continue; // a short alias (-o): yargs gives its long name the same values, named below
    throw new UsageError(`--${key} is given ${value.length} times; give it once`);
  }
  if (given.includes('--lr') && given.includes('--eta')) throw new UsageError('--lr and --eta are the same option (--eta is its old name); give one');
  for (const [key, rule] of Object.entries(NUMERIC_OPTIONS)) {
    if (typeof args[key] === 'number') checkNumber(`--${key}`, args[key], rule, args);
  }
}

function checkNumber(flag: string, n: number, rule: NumericRule, args: Record<string, unknown>): void {
  const kind = rule.integer ? 'a whole number' : 'a number';
  const range = rule.max !== undefined ? `${rule.above ? 'above' : 'from'} ${rule.min} ${rule.above ? 'and at most' : 'to'} ${rule.max}` : `${rule.above ? 'above' : 'of at least'} ${rule.min}`;
  const ok = Number.isFinite(n) && (!rule.integer || Number.isInteger(n)) && (rule.above ? n > rule.min : n >= rule.min) && (rule.max === undefined || n <= rule.max);
  if (!ok) throw new UsageError(`${flag} takes ${kind} ${range}, not ${Number.isNaN(n) ? 'NaN (or not a number)' : n}`);
  if (rule.cap) {
    const limit = typeof args[rule.cap.flag.slice(2)] === 'number' ? (args[rule.cap.flag.slice(2)] as number) : rule.cap.max;
    if (n > limit) throw new UsageError(`${flag} ${n} is more than the limit of ${limit} (raise it with ${rule.cap.flag})`);
  }
}

/** The option names written on a command line (--out=x and --out x alike). */
export function flagsOf(argv: readonly string[]): string[] {
  return argv.filter((a) => a.startsWith('--')).map((a) => a.split('=')[0]!);
}
