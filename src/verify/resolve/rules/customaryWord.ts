// Rule customary-word: the words code and posts name the output layer's vectors by (logits, y_pred, probs, y_true,
// labels, loss, z in a network of one layer, and h_out, hidden_inputs for the one hidden layer): its nets, outputs and targets, entry k its k-th unit.
// A word with one meaning is bound by that meaning whatever value follows it (a wrong value is then an erratum); only
// the words with two (y alone: the target or the output; output, scores) are bound where the printed values agree.
import { qid } from '../../../derive/quantityRef.js';
import { nodeKey, parseCanonicalKey } from '../../read/canonicalName.js';
import { chainsOf } from '../../read/readDocument.js';
import type { NumberLiteral } from '../../read/mathCursor.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import type { BindingTable } from '../bindingTable.js';
import { readsAnySymbol } from '../../../util/mathNodes.js';
import { fitsOrSlip, onlyNumbers } from './printedFit.js';

type Role = 'net' | 'out' | 'target' | 'loss' | 'hiddenNet' | 'hiddenOut';

/** Words (case and underscores aside) and what they name; these read as another quantity too, and need the values' agreement. */
const AMBIGUOUS = /^(?:y|outputs?|yout|scores?|z)$/;

/** Letters that name the output layer's vectors only in a network with one layer of units (z = W x + b): its nets. */
const ONE_LAYER = /^z$/;

/** Words (case and underscores aside) and what they name. */
const WORDS: readonly [RegExp, Role][] = [
  [/^(?:logits?|scores?|z)$/, 'net'],
  [/^(?:ypred|yhat|preds?|predictions?|probs?|probabilities|softmax|outputs?|yout)$/, 'out'],
  // y alone or y with a word for true, real, wanted (y_{echt}, y_{soll}, y_{deseada}): the target, where the network
  // calls its output otherwise and the printed values are the target's
  [/^(?:y|ytrue|yechte?|yreal|ysoll|ywahr|yziel|ytarget|ydeseada|ydeseado|yesperada|yesperado|yverdadera|yverdadero|yexpected|ydesired|labels?|targets?|onehot)$/, 'target'],
  [/^(?:loss|cost)$/, 'loss'],
  // the same words in the languages of the pages read (Portuguese, Spanish, German, French, Italian)
  [/^(?:previsao|predicao|saida|prediccion|salida|vorhersage|ausgabe|prevision|sortie|previsione|uscita|ypredetto|yprevisto|ypredicho|ypredito|yprevu)$/, 'out'],
  [/^(?:alvo|ziel|cible|bersaglio|yreale|yvero|yverdadeiro|yvrai)$/, 'target'],
  [/^(?:perda|perdida|verlust|perte|perdita|custo|coste|kosten|cout|costo)$/, 'loss'],
  // the one hidden layer, as code names its vectors (h_out, hidden_outputs, hidden_in, hidden_layer_input)
  [/^(?:hout|houtputs?|hiddenout|hiddenoutputs?|hiddenlayeroutputs?|hiddenactivations?|ahidden)$/, 'hiddenOut'],
  [/^(?:hin|hinputs?|hiddenin|hiddeninputs?|hiddenlayerinputs?|hiddennets?|zhidden)$/, 'hiddenNet'],
];

/**
 * How the page counts a word's entries: from 0 where it writes entry 0 and none past the last unit (scores_0, scores_1,
 * scores_2 for three units, as numpy indexes), else from 1.
 */
function firstEntry(mine: readonly WordName[], units: number): 0 | 1 {
  const entries = mine.flatMap((n) => (n.entry === undefined ? [] : [n.entry]));
  return entries.includes(0) && entries.every((k) => k < units) ? 0 : 1;
}

/**
 * A name written as a word, its entry (as written) when it is one entry of the word's vector, and its example where a
 * file with examples numbers them by a superscript (y^{(2)}, \hat{y}^{(1)}, as Ng writes the i-th example).
 */
interface WordName { key: string; word: string; role: Role; entry?: number; example?: number }

export const customaryWord: NameRule = {
  name: 'customary-word',
  apply: (table, ctx) => bindWords(table, ctx, () => true),
};

/** The targets alone, before inference: a formula that reads y_{echt} (Fehler = y_{echt} − y) can then be read. */
export const customaryTarget: NameRule = {
  name: 'customary-word',
  apply: (table, ctx) => bindWords(table, ctx, (role) => role === 'target', true),
};

/** `early`: before inference, a name the document defines by a formula (Bishop's y_1 = h(a^{(2)}_1)) is left to it. */
function bindWords(table: BindingTable, ctx: RuleContext, roles: (role: Role) => boolean, early = false): void {
  const oneLayer = ctx.net.graph.layers.length === 2;
  const examples = ctx.net.graph.examples ?? 1;
  const names = [...ctx.read.names].map((k) => wordName(k, examples)).filter((n): n is WordName => n !== undefined && roles(n.role) && (oneLayer || !ONE_LAYER.test(n.word)));
  if (names.length === 0) return;
  for (const group of new Set(names.map(groupOf))) {
    const mine = names.filter((n) => groupOf(n) === group);
    const [word, example] = [mine[0]!.word, mine[0]!.example];
    const ids = roleIds(ctx, mine[0]!.role, example);
    if (ids.length === 0) continue;
    if (AMBIGUOUS.test(word) && !agrees(ctx, mine[0]!, ids, firstEntry(mine, ids.length))) {
      refuseDisagreeing(table, ctx, early ? mine.filter((n) => !definedByFormula(ctx, n.key)) : mine);
      continue;
    }
    const from = firstEntry(mine, ids.length);
    for (const n of mine) {
      const id = n.entry === undefined ? (ids.length === 1 ? ids[0] : undefined) : ids[n.entry - from];
      if (id !== undefined && table.get(n.key) === undefined) table.bind(n.key, { id, rule: 'customary-word' });
    }
  }
}

/**
 * A word with two readings whose printed values fit the customary one mostly not: unresolved with that reason (not "no
 * quantity of this network"), where values were printed for it; left to later rules otherwise.
 */
function refuseDisagreeing(table: BindingTable, ctx: RuleContext, mine: readonly WordName[]): void {
  const printed = new Set(chainsOf(ctx.read).flatMap((c) => { const k = nodeKey(c.sides[0]!.node); return k === null ? [] : [k]; }));
  for (const n of mine) {
    if (table.get(n.key) !== undefined || !printed.has(n.key)) continue;
    table.refuse(n.key, `${n.word} is read as the ${ROLE_SAYS[n.role]} only where its printed values mostly fit, and here they do not: it may name another quantity`, 'customary-word');
  }
}

/** Whether a chain gives the name a formula that reads other names (y_1 = h(a_1^{(2)})). */
function definedByFormula(ctx: RuleContext, key: string): boolean {
  return chainsOf(ctx.read).some((c) => nodeKey(c.sides[0]!.node) === key && c.sides.slice(1).some((s) => readsAnySymbol(s.node)));
}

const ROLE_SAYS: Readonly<Record<Role, string>> = {
  net: "output layer's nets", out: "network's output", target: 'target', loss: 'loss', hiddenNet: "hidden layer's nets", hiddenOut: "hidden layer's outputs",
};

/** A word and its example: the words of one example are bound together. */
const groupOf = (n: WordName): string => `${n.word}#${n.example ?? ''}`;

/**
 * logits_2 → logits, entry 2; y_2^(pred) (an entry of y_{pred}) → ypred, entry 2; y_pred, Loss → the word; y^{(2)} →
 * y of example 2 in a file with that many examples (and nothing elsewhere: a layer's number).
 */
function wordName(key: string, examples: number): WordName | undefined {
  // a word spelled with underscores and its entry after one more (one_hot_1, y_true_2: a vector's entry, as expanded)
  const spelled = /^([A-Za-z][A-Za-z]*_[A-Za-z_]*[A-Za-z])_(\d+)$/.exec(key);
  const joined = spelled ? spelled[1]!.toLowerCase().replace(/_/g, '') : '';
  const joinedRole = spelled ? WORDS.find(([re]) => re.test(joined))?.[1] : undefined;
  if (joinedRole !== undefined) return { key, word: joined, role: joinedRole, entry: Number(spelled![2]) };
  const p = parseCanonicalKey(key);
  if (p.marks.length > 0) return undefined;
  const entry = /^\d+$/.test(p.sub) ? Number(p.sub) : undefined;
  const numbered = /^\d+$/.test(p.layer);
  const example = entry === undefined && numbered && examples >= 2 && Number(p.layer) >= 1 && Number(p.layer) <= examples ? Number(p.layer) : undefined;
  const word = (entry !== undefined || example !== undefined ? `${p.base}${example !== undefined ? p.sub : numbered ? '' : p.layer}` : `${p.base}${p.sub}${p.layer}`).toLowerCase().replace(/_/g, '');
  if (entry === undefined && numbered && example === undefined) return undefined;
  const role = WORDS.find(([re]) => re.test(word))?.[1];
  return role === undefined ? undefined : { key, word, role, ...(entry !== undefined ? { entry } : {}), ...(example !== undefined ? { example } : {}) };
}

/** The output layer's nets, outputs or targets in unit order (of one example, where given), or the loss. */
function roleIds(ctx: RuleContext, role: Role, example?: number): string[] {
  const g = ctx.net.graph;
  if (role === 'loss') return [qid.value(g.root)];
  const hidden = role === 'hiddenNet' || role === 'hiddenOut';
  // a hidden layer's word names the one hidden layer of a network with one
  const units = hidden ? (g.layers.length === 3 ? g.layers[1]! : []) : (g.layers[g.layers.length - 1] ?? []);
  const nodes = [...g.nodes.values()];
  const kind = role === 'out' || role === 'hiddenOut' ? 'activation' : role === 'hiddenNet' ? 'net' : role;
  const ofExample = (x: { example?: number }): boolean => example === undefined || x.example === example;
  return units.flatMap((u) => {
    const n = nodes.find((x) => x.unit === u && x.kind === kind && ofExample(x)) ?? (role === 'target' ? targetOf(ctx, u, ofExample) : undefined);
    return n ? [qid.value(n.id)] : [];
  });
}

function targetOf(ctx: RuleContext, unit: string, ofExample: (x: { example?: number }) => boolean) {
  const out = [...ctx.net.graph.nodes.values()].find((x) => x.unit === unit && x.kind === 'activation' && ofExample(x));
  return [...ctx.net.graph.nodes.values()].find((x) => x.kind === 'target' && out !== undefined && (x.id === `target_${out.id}` || ((x.id === `target_${unit}` || x.unit === unit) && ofExample(x))));
}

/** Whether the numbers the document gives the word (`logits = [-0.8, 1.1, 0.1]`, `Loss = 0.417`) are mostly the role's. */
function agrees(ctx: RuleContext, mine: WordName, ids: readonly string[], from: 0 | 1): boolean {
  const examples = ctx.net.graph.examples ?? 1;
  let right = 0;
  let wrong = 0;
  const first = new Map<number, NumberLiteral>();
  const judge = (value: NumberLiteral, id: string | undefined, k: number): void => {
    if (!first.has(k)) first.set(k, value);
    // the role's value with its sign flipped or two digits swapped is the word's, printed with a slip the judge names
    if (fitsOrSlip(value, id === undefined ? undefined : ctx.net.valueOf(id))) right++;
    else wrong++;
  };
  for (const chain of chainsOf(ctx.read)) {
    const key = nodeKey(chain.sides[0]!.node);
    const named = key === null ? undefined : wordName(key, examples);
    if (named === undefined || groupOf(named) !== groupOf(mine)) continue;
    for (const side of chain.sides.slice(1)) {
      // a vector (or one number) of literals only: their printed texts, in order; an entry's own number
      if (!onlyNumbers(side.node)) continue;
      if (named.entry !== undefined && side.numbers.length === 1) judge(side.numbers[0]!, ids[named.entry - from], named.entry - from);
      else if (named.entry === undefined && side.numbers.length === ids.length) side.numbers.forEach((v, k) => judge(v, ids[k], k));
    }
  }
  // the role's values in another order ([0.099, 0.242, 0.659] for [0.099, 0.659, 0.242]): the word is right, its entries swapped
  const near = (v: NumberLiteral, id: string): boolean => {
    const x = ctx.net.valueOf(id);
    return x !== undefined && v.decimals >= 2 && Math.abs(x - v.value) < 10 ** -v.decimals; // rounded or cut off, to 2 decimals or more
  };
  return (right > 0 && right >= wrong) || permuted([...first.values()], ids, near);
}

/** Whether each of the values fits a different one of the ids (two or more of them). */
function permuted(values: readonly NumberLiteral[], ids: readonly string[], fits: (v: NumberLiteral, id: string) => boolean): boolean {
  if (values.length < 2 || values.length !== ids.length) return false;
  const free = new Set(ids);
  for (const v of values) {
    const id = [...free].find((i) => fits(v, i));
    if (id === undefined) return false;
    free.delete(id);
  }
  return true;
}
