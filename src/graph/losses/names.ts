// The built-in losses' names, in the file format's order, light to load: the zod schema (loaded on its own by the
// bundled CLI) lists them without the losses' formulas; index.ts's registry has exactly these keys.
export const LOSS_NAMES = ['half-sse', 'sse', 'mse', 'cross-entropy', 'binary-cross-entropy'] as const;
export type LossName = (typeof LOSS_NAMES)[number];
