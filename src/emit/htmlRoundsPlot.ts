// The loss over the rounds of an HTML page (derive --iterations N) as an SVG polyline.
import { formatNumber } from '../evaluate/numberPolicy.js';
import type { DerivationDocument } from '../evaluate/derivationDocument.js';

/** The loss after each round as a polyline, with its first and last values written at the ends. */
export function htmlRoundsPlot(doc: DerivationDocument): string {
  const root = doc.derivation.graph.root;
  const ys = doc.rounds!.map((r) => r.values[root]!);
  const [w, h] = [600, 240];
  const max = Math.max(...ys);
  const min = Math.min(0, ...ys);
  const px = (i: number): number => 40 + (i / Math.max(1, ys.length - 1)) * (w - 60);
  const py = (y: number): number => h - 30 - ((y - min) / (max - min || 1)) * (h - 50);
  const step = Math.max(1, Math.floor(ys.length / 400));
  const points = ys.filter((_, i) => i % step === 0 || i === ys.length - 1).map((y, k, arr) => `${px(k === arr.length - 1 ? ys.length - 1 : k * step).toFixed(1)},${py(y).toFixed(1)}`);
  const num = (x: number): string => formatNumber(x, doc.valuation.policy);
  return [
    `<svg class="plot" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" xmlns="http://www.w3.org/2000/svg">`,
    `<line x1="40" y1="${h - 30}" x2="${w - 20}" y2="${h - 30}" stroke="#333"/><line x1="40" y1="20" x2="40" y2="${h - 30}" stroke="#333"/>`,
    `<polyline fill="none" stroke="#1f5fbf" stroke-width="2" points="${points.join(' ')}"/>`,
    `<text x="44" y="16" font-size="12">E after round 1: ${num(ys[0]!)}</text>`,
    `<text x="${w - 20}" y="${h - 10}" font-size="12" text-anchor="end">round ${ys.length}: ${num(ys.at(-1)!)}</text>`,
    '</svg>',
  ].join('\n');
}
