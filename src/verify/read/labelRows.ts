// A label whose words name a family of values (`=更新后的权值=`, `Updated weights:`, `Loss:`) over a line of numbers alone: one statement per number, named for the family (weights_k, weights_k^{new}, ∂loss/∂weights_k, loss).
import type { PlainEquation } from './plainNormalize.js';
import { rowsUnderLabels, valueStatement } from './nameRows.js';

/** Words (Latin ones whole, others as written) for the weights, the loss, a gradient, and after or before the update. */
const WEIGHTS = /权值|权重|權重|權值|重み|\b(?:weights?|pesos?|gewichte?|poids)\b/i;
const LOSS = /损失|误差|誤差|損失|代价|\b(?:loss|error|cost|p[ée]rdida|fehler|perte)\b/i;
const GRADIENT = /梯度|偏导|導數|导数|勾配|\b(?:gradients?|grads?|derivatives?|gradientes?)\b/i;
const AFTER = /更新后|更新後|新的|\b(?:updated|new|after|nuevos?|neue?)\b/i;
const BEFORE = /更新前|初始|旧的|舊的|\b(?:initial|old|before|iniciales?)\b/i;

/** What a label says its row holds: the weights (before the update), the weights after it, each weight's gradient, the loss. */
type Family = 'weights' | 'updated' | 'gradients' | 'loss';

/**
 * The family a label names, read as any reader of the page reads it: the weights' word with a word for after the
 * update is the updated weights; with a word for the loss or a gradient (误差传给每个权值: the error passed to each
 * weight) each weight's gradient; alone, or with a word for before, the weights themselves; the loss's word alone
 * is the loss. Any other mix (the loss after the update) names nothing this reader knows.
 */
function familyOf(label: string): Family | undefined {
  const has = (re: RegExp): boolean => re.test(label);
  if (has(WEIGHTS)) {
    if (has(AFTER)) return has(BEFORE) || has(GRADIENT) || has(LOSS) ? undefined : 'updated';
    if (has(GRADIENT) || has(LOSS)) return has(BEFORE) ? undefined : 'gradients';
    return 'weights';
  }
  return has(LOSS) && !has(GRADIENT) && !has(AFTER) && !has(BEFORE) ? 'loss' : undefined;
}

/** The name of entry k of a family, in the math grammar. */
const NAME: Readonly<Record<Family, (k: number) => string>> = {
  weights: (k) => `\\text{weights}_{${k}}`,
  updated: (k) => `\\text{weights}_{${k}}^{new}`,
  gradients: (k) => `\\frac{\\partial \\text{loss}}{\\partial \\text{weights}_{${k}}}`,
  loss: () => '\\text{loss}',
};

/** A label is a short line of words, with no digits (a line of names with numbers is a name row's) and no equation. */
const LABEL = /^[^\d=]*(?:=[^\d=]*=)?[^\d=]*$/;

/**
 * The statements of every label line that names a family over a line of its numbers, outside `excluded` (math,
 * code): the loss over one number, a weights family over two or more.
 */
export function findLabelRows(text: string, excluded: readonly { start: number; end: number }[]): PlainEquation[] {
  const out: PlainEquation[] = [];
  for (const row of rowsUnderLabels(text, excluded)) {
    const label = row.label.trim();
    if (label.length === 0 || label.length > 60 || !LABEL.test(label)) continue;
    const family = familyOf(label);
    if (family === undefined || (family === 'loss') !== (row.values.length === 1)) continue;
    const at = row.at + row.label.indexOf(label);
    row.values.forEach((value, j) => {
      const statement = valueStatement([[NAME[family](j + 1), at]], at + label.length - 1, value, row.lineEnd);
      if (statement) out.push(statement);
    });
  }
  return out;
}
