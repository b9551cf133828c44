// Turns a compiled derivation into generated JavaScript (new Function), chunked so V8 still optimizes each piece.
import type { MathNode } from 'mathjs';
import type { Compiled } from './compileExpr.js';
import type { Program } from './evaluateDerivation.js';
import { JS_HELPERS, toJsSource } from './jsSource.js';

/** One pass over all quantities: writes every computed slot of `slots` (leaves must already be set). */
export interface GeneratedProgram {
  program: Program;
  run(slots: Float64Array): void;
  /** Quantities printed as JS, and those kept as the program's closures (stable forms). */
  inlined: number;
  closures: number;
  chunks: number;
}

type Chunk = (s: Float64Array, C: readonly (Compiled | null)[], H: typeof JS_HELPERS) => void;

/** Source characters per generated function: large enough to amortize calls, small enough for TurboFan. */
const CHUNK_CHARS = 24_000;

export function generateProgram(program: Program, chunkChars = CHUNK_CHARS): GeneratedProgram {
  const { steps, derivation, ids } = program;
  const slotName = (name: string, node: MathNode): string | undefined => {
    const slot = (node as { slot?: number }).slot ?? program.slotOf.get(name);
    return slot === undefined ? undefined : `s[${slot}]`;
  };
  const bodies: string[] = [];
  let body = '';
  let inlined = 0;
  let closures = 0;
  for (let i = 0; i < steps.length; i++) {
    if (!steps[i]) continue;
    const def = derivation.quantities.get(ids[i]!)!.def!;
    const js = toJsSource(def, slotName);
    if (js === undefined) closures++;
    else inlined++;
    body += js === undefined ? `s[${i}] = C[${i}](s);\n` : `s[${i}] = ${js};\n`;
    if (body.length >= chunkChars) {
      bodies.push(body);
      body = '';
    }
  }
  if (body) bodies.push(body);
  const chunks = bodies.map((b) => new Function('s', 'C', 'H', `'use strict';\n${b}`) as Chunk);
  return {
    program,
    inlined,
    closures,
    chunks: chunks.length,
    run(slots) {
      for (let k = 0; k < chunks.length; k++) chunks[k]!(slots, steps, JS_HELPERS);
    },
  };
}
