// Quantities "after N rounds" (trained$N$node ids) and the slips that explain a wrong one: another update order or another round count.
import type { Replay, UpdateOrder } from './replayTraining.js';
import { reproduces, type Slip } from './slips.js';

export interface Trained {
  rounds: number;
  /** The graph node: out_o1, E_total, w5. */
  node: string;
}

/** trained$1000$out_o1: out_o1 after 1000 rounds of updates. */
export function trainedId(rounds: number, node: string): string {
  return `trained$${rounds}$${node}`;
}

export function parseTrained(id: string): Trained | undefined {
  const m = /^trained\$(\d+)\$(.+)$/.exec(id);
  return m ? { rounds: Number(m[1]), node: m[2]! } : undefined;
}

const plural = (n: number): string => `${n} round${n === 1 ? '' : 's'}`;

/**
 * The same rounds with the last layer updated first (Mazur's first code), then a round count off by one or by a
 * factor of ten, in either order.
 */
export function explainRounds(printed: string, t: Trained, replay: Replay, name: (id: string) => string): Slip | undefined {
  const id = `v$${t.node}`;
  const other = [t.rounds - 1, t.rounds + 1, t.rounds * 10, t.rounds / 10].filter((n) => Number.isInteger(n) && n >= 1);
  const tries: [number, UpdateOrder][] = [[t.rounds, 'sequential'], ...other.flatMap((n): [number, UpdateOrder][] => [[n, 'text'], [n, 'sequential']])];
  for (const [rounds, order] of tries) {
    const value = replay.value(id, rounds, order);
    if (value === undefined || !reproduces(printed, value)) continue;
    const how = order === 'sequential' ? " if each layer's updated weights are used too early, in the gradients of the layers before it" : '';
    const slip = rounds === t.rounds ? 'updated-too-early' : 'iteration-count';
    const after = rounds === t.rounds ? '' : `, not ${plural(t.rounds)}`;
    return { slip, detail: `${printed} is ${name(id)} after ${plural(rounds)}${after}${how} (${Number(value.toPrecision(9))})` };
  }
  return undefined;
}
