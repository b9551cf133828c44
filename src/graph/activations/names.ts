// The built-in activations' names, in the file format's order, light to load: the zod schema (loaded on its own by the
// bundled CLI) lists them without the activations' formulas; index.ts's registry has exactly these keys.
export const ACTIVATION_NAMES = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'linear', 'softmax'] as const;
export type ActivationName = (typeof ACTIVATION_NAMES)[number];
