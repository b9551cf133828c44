// `step FILE`: one optimizer step on given gradients (no loss): each parameter's update equations with its numbers,
// its value and state before and after, as LaTeX, plain text or JSON.
import type { NetworkDefinition } from '../definition/loadDefinition.js';
import { formatNumber, type NumberPolicy, DEFAULT_POLICY } from '../evaluate/numberPolicy.js';
import { identifierName } from '../graph/notation/names.js';
import { InputError } from '../util/errors.js';
import { configureOptimizer, type OptimizerChoice } from './optimizerConfig.js';
import { explainStep, takeStep, type UpdateLine } from './optimizers/index.js';

export type StepFormat = 'tex' | 'txt' | 'json';

export interface ParameterStep {
  id: string;
  before: number;
  gradient: number;
  after: number;
  /** State by key (velocity, cache, m, v): before and after the step. */
  state: Record<string, { before: number; after: number }>;
  lines: UpdateLine[];
}

export interface OptimizerStepResult {
  type: string;
  describe: string;
  /** This step's t (steps taken before it + 1). */
  t: number;
  params: ParameterStep[];
  format(format: StepFormat): string;
}

export function optimizerStep(def: NetworkDefinition, choice: OptimizerChoice & { policy?: Partial<NumberPolicy> } = {}): OptimizerStepResult {
  const gradients = def.spec.gradients;
  if (!gradients) throw new InputError('a step file gives the gradients: gradients: { w1: 0.5, … }', def.locate([]));
  const params = Object.keys(def.spec.parameters).filter((p) => !def.spec.frozen.includes(p));
  for (const p of Object.keys(gradients)) if (!params.includes(p)) throw new InputError(`gradients names '${p}', which is not a trainable parameter`, def.locate(['gradients', p]));
  const missing = params.filter((p) => gradients[p] === undefined);
  if (missing.length) throw new InputError(`no gradient for ${missing.join(', ')} (give one in gradients:, or list it in frozen:)`, def.locate(['gradients']));
  const { optimizer, settings, initialState, startT } = configureOptimizer(def, params, def.spec.learning_rate, choice);
  const w = Float64Array.from(params, (p) => def.spec.parameters[p]!);
  const g = Float64Array.from(params, (p) => gradients[p]!);
  const before = initialState.map((a) => Float64Array.from(a));
  const state = initialState.map((a) => Float64Array.from(a));
  const t = startT + 1;
  takeStep(optimizer, w, g, state, t, settings, new Float64Array(params.length));
  const policy = { ...DEFAULT_POLICY, ...choice.policy };
  const num = (x: number): string => formatNumber(x, policy);
  const steps = params.map((id, i): ParameterStep => {
    const trace = { w: def.spec.parameters[id]!, g: g[i]!, before: before.map((a) => a[i]!), after: state.map((a) => a[i]!), wAfter: w[i]!, t };
    const name = identifierName(id).tex;
    return {
      id, before: trace.w, gradient: trace.g, after: trace.wAfter,
      state: Object.fromEntries(optimizer.state.map((slot, j) => [slot.key, { before: trace.before[j]!, after: trace.after[j]! }])),
      lines: explainStep(optimizer, trace, { w: name, g: `\\frac{\\partial E}{\\partial ${name}}` }, settings, num),
    };
  });
  const result = { type: optimizer.id, describe: optimizer.describe, t, params: steps };
  return { ...result, format: (f) => formatStep(result, f, num) };
}

function formatStep(r: Omit<OptimizerStepResult, 'format'>, format: StepFormat, num: (x: number) => string): string {
  switch (format) {
    case 'json': return JSON.stringify({ kind: 'backprop-tex/step', version: 1, type: r.type, t: r.t, parameters: r.params }, null, 2) + '\n';
    case 'tex': return `% One step of ${r.describe}, t = ${r.t}\n` + r.params.map((p) => ['\\begin{align*}', p.lines.map((l) => `${l.lhs} &\\leftarrow ${l.rule} \\\\\n  &= ${l.numbers} = ${l.result}`).join(' \\\\\n'), '\\end{align*}'].join('\n')).join('\n') + '\n';
    case 'txt': {
      const keys = Object.keys(r.params[0]?.state ?? {});
      const head = ['parameter', 'gradient', ...keys.flatMap((k) => [`${k} before`, `${k} after`]), 'before', 'after'];
      const rows = r.params.map((p) => [p.id, num(p.gradient), ...keys.flatMap((k) => [num(p.state[k]!.before), num(p.state[k]!.after)]), num(p.before), num(p.after)]);
      const widths = head.map((_, c) => Math.max(...[head, ...rows].map((row) => row[c]!.length)));
      return `${r.describe}, t = ${r.t}\n` + [head, ...rows].map((row) => row.map((x, c) => x.padEnd(widths[c]!)).join('  ').trimEnd()).join('\n') + '\n';
    }
    default: {
      const never: never = format;
      throw new Error(`unknown step format ${String(never)}`);
    }
  }
}
