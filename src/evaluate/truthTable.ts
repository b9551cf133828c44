// Evaluates a network or graph on every 0/1 combination of its inputs (logic units: AND, OR, XNOR).
import type { Derivation } from '../derive/deriveGraph.js';
import { qid } from '../derive/quantity.js';
import { runProgram, type Program } from './evaluateDerivation.js';

export interface TruthRow {
  inputs: Record<string, number>;
  /** Each shown unit: its value and, for σ(z), the value of its argument z. */
  units: Record<string, { value: number; argument?: number }>;
}

/** Units a truth table shows: every activation (σ, tanh, …) of the network or graph, in order. */
export function tableUnits(d: Derivation): string[] {
  const g = d.graph;
  return g.order.filter((id) => {
    const n = g.nodes.get(id)!;
    return n.kind === 'activation' || (n.kind === 'expr' && activationArgument(d, id) !== undefined);
  });
}

/** The single parent of a node that is one function of it (f = sigmoid(z)), if it is one. */
export function activationArgument(d: Derivation, id: string): string | undefined {
  const n = d.graph.nodes.get(id)!;
  if (n.kind === 'activation') return n.parents[0];
  const f = n.expr as { isFunctionNode?: boolean; args?: { isSymbolNode?: boolean; name?: string }[] } | undefined;
  return f?.isFunctionNode && f.args?.length === 1 && f.args[0]!.isSymbolNode ? f.args[0]!.name : undefined;
}

export function truthTable(d: Derivation, program: Program, inputs: string[]): TruthRow[] {
  const units = tableUnits(d);
  const rows: TruthRow[] = [];
  for (let mask = 0; mask < 2 ** inputs.length; mask++) {
    // The first input is the most significant bit: 00, 01, 10, 11 as the slides list them.
    const values = inputs.map((_, i) => (mask >> (inputs.length - 1 - i)) & 1);
    const ev = runProgram(program, { overrides: new Map(inputs.map((x, i) => [qid.value(x), values[i]!])) });
    rows.push({
      inputs: Object.fromEntries(inputs.map((x, i) => [x, values[i]!])),
      units: Object.fromEntries(units.map((u) => {
        const arg = activationArgument(d, u);
        return [u, { value: ev.get(qid.value(u)), ...(arg ? { argument: ev.get(qid.value(arg)) } : {}) }];
      })),
    });
  }
  return rows;
}
