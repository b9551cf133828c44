// Words that name a network of another shape ("one training step on a 2-2-1 net" beside a 2-3-1 network): the part that says so is about another example.
import type { NetworkView } from '../network/networkView.js';

/** `2-2-1 net`, `a 3–4–2 network`, `2×3×1 MLP`: layer sizes joined by dashes or times signs, then a word for a network. */
const SHAPE = /(?<![\d.\-–])(\d{1,4}(?:\s?[-–×]\s?\d{1,4}){1,8})(?![\d.])\s*(?:-|\s)?(?:neural\s+)?(?:net|nets|network|networks|NN|MLP|architecture)\b/gi;

/** The network's layer sizes as documents write them: inputs first, one example's units per layer. */
function layerSizes(net: NetworkView): string {
  const examples = net.graph.examples ?? 1;
  return net.graph.layers.map((l) => l.length / examples).join('-');
}

/** Each mention of a network shape that is not this network's, with what to say about it. */
export function otherShapes(text: string, net: NetworkView): { offset: number; text: string; said: string }[] {
  if (net.graph.layers.length < 2) return [];
  const mine = layerSizes(net);
  const out: { offset: number; text: string; said: string }[] = [];
  for (const m of text.matchAll(SHAPE)) {
    const sizes = m[1]!.split(/\s?[-–×]\s?/).join('-');
    if (sizes !== mine) out.push({ offset: m.index!, text: m[0].trim(), said: `a ${sizes} network (this one is ${mine})` });
  }
  return out;
}
