// Paces a block's equations onto frames as the seed decks do: one quantity's derivation (a weight's partials, its
// gradient and its update) never splits across frames; one too long for a frame continues on "(cont.)" frames.
import type { Equation } from '../derive/layout.js';

/** Frame height in row units at \small on a 16:9 frame: a plain row is 1, a row with a fraction 1.4 (measured). */
const FRAME_UNITS = 9.5;

export interface PacedFrame {
  /** Align rows of the frame, each equation's rows together. */
  equations: string[][];
  /** Parameters whose derivation the frame shows (for its title). */
  params: string[];
  /** Continues the previous frame's derivation. */
  continued: boolean;
}

/** The parameter an equation is about (∂net/∂w5, ∂E/∂w5, w5⁺ → w5), or undefined for the unit's own quantities. */
export function equationParam(eq: Equation, params: ReadonlySet<string>): string | undefined {
  const last = eq.lhs.split('$').at(-1)!;
  return params.has(last) ? last : undefined;
}

function rowUnits(row: string): number {
  return row.includes('\\frac') ? 1.4 : 1;
}

const units = (rows: string[]): number => rows.reduce((s, r) => s + rowUnits(r), 0);

/** Groups consecutive equations by the quantity they derive, then packs whole groups onto frames. */
export function paceFrames(equations: readonly Equation[], rowsOf: (eq: Equation) => string[], params: ReadonlySet<string>): PacedFrame[] {
  const groups: { param?: string; equations: string[][] }[] = [];
  for (const eq of equations) {
    const param = equationParam(eq, params);
    const last = groups.at(-1);
    if (last && last.param === param) last.equations.push(rowsOf(eq));
    else groups.push({ param, equations: [rowsOf(eq)] });
  }
  const frames: PacedFrame[] = [];
  let current: PacedFrame | undefined;
  let used = 0;
  for (const group of groups) {
    const size = group.equations.reduce((s, rows) => s + units(rows), 0);
    if (current && used + size > FRAME_UNITS) current = undefined;
    if (!current) frames.push((current = { equations: [], params: [], continued: false })), (used = 0);
    if (group.param !== undefined) current.params.push(group.param);
    for (const rows of group.equations) {
      // A derivation longer than a frame: the rest goes on a frame titled "(cont.)".
      if (used > 0 && used + units(rows) > FRAME_UNITS) {
        frames.push((current = { equations: [], params: group.param !== undefined ? [group.param] : [], continued: true }));
        used = 0;
      }
      current.equations.push(rows);
      used += units(rows);
    }
  }
  return frames;
}
