// Rule convention: the network's own names and the layer rules read a document's a, z, δ, w and b by a convention; the
// document's own formulas and printed values decide whether it follows that one, another, or none that can be told.
import { chainsOf } from '../../read/readDocument.js';
import type { MathChain } from '../../read/parseLatexMath.js';
import { readsSymbol } from '../../../util/mathNodes.js';
import type { BindingTable } from '../bindingTable.js';
import { conventionReadings, genericNames, type ConventionReading } from '../conventions.js';
import { DERIVATIVE, derivativeId } from '../inference/derivativeOfNames.js';
import type { NameRule, RuleContext } from '../nameRule.js';
import { scoreReading, sharedPairs, type ReadingScore } from '../readingScore.js';

export const conventionCheck: NameRule = {
  name: 'convention',
  apply(table, ctx) {
    const names = genericNames(table, ctx);
    const keys = [...names.units, ...names.params].map((n) => n.key);
    const chains = keys.length === 0 ? [] : evidence(ctx, keys);
    if (chains.length === 0) return;
    const current = new Map(keys.map((k) => [k, table.idOf(k)]));
    const now = scoreReading(table, ctx, chains, current);
    const readings = conventionReadings(ctx, names).map((r) => ({ ...r, score: scoreReading(table, ctx, chains, r.assign) }));
    // names read by one convention are read by another only where two more chains hold (one slip is an erratum);
    // names read by none (w^{(1)} shifted beside w^{(2)} as the network's own) by the reading that fits best
    const consistent = readings.some((r) => follows(current, r));
    const best = Math.max(...readings.map((r) => net(r.score)));
    const top = readings.filter((r) => net(r.score) === best);
    const enough = consistent ? best > net(now) && top.every((r) => r.score.for >= now.for + 2) : best >= net(now);
    if (readings.length === 0 || !enough) return keepOrRefuse(table, current, now, readings.every((r) => r.score.for === 0));
    // the names as read are one of the best readings: only names still unread are bound, where those readings agree
    if (top.some((r) => follows(current, r))) return void adoptUnread(table, current, top);
    const changed = adopt(table, keys, current, top);
    forgetDerivatives(table, ctx, changed);
  },
};

/** The page's first chains over the names, enough to tell its convention: a derivation of 2,000 equations is not read 40 times. */
const MAX_CHAINS = 150;

function evidence(ctx: RuleContext, keys: readonly string[]): MathChain[] {
  const out: MathChain[] = [];
  for (const c of chainsOf(ctx.read)) {
    if (out.length === MAX_CHAINS) break;
    if (c.sides.some((s) => keys.some((k) => readsSymbol(s.node, k)))) out.push(c);
  }
  return out;
}

/** Whether every name bound so far is bound as the reading binds it. */
const follows = (current: ReadonlyMap<string, string | undefined>, r: ConventionReading): boolean =>
  [...current].every(([k, id]) => id === undefined || r.assign.get(k) === id);

function adoptUnread(table: BindingTable, current: ReadonlyMap<string, string | undefined>, top: readonly ConventionReading[]): void {
  for (const [key, now] of current) {
    const ids = new Set(top.map((r) => r.assign.get(key)));
    const id = top[0]!.assign.get(key);
    if (now === undefined && ids.size === 1 && id !== undefined && table.get(key) === undefined) table.bind(key, { id, rule: 'convention', reading: top[0]!.label });
  }
}

/** Chains that hold less chains that fail, less one for each pair of document names on one quantity. */
const net = (s: ReadingScore): number => s.for - s.against - s.shared;

/**
 * No reading does better than the names as read: they stand, and a chain that fails is an erratum; only where not one
 * chain holds under them or any other reading (`none`), or two names are one quantity, are the names left unread.
 */
function keepOrRefuse(table: BindingTable, current: ReadonlyMap<string, string | undefined>, now: ReadingScore, none: boolean): void {
  const clash = none && now.for === 0 && now.against >= 2;
  if (!clash && now.shared === 0) return;
  const why = clash ? `under no reading (a or z the net input, the inputs layer 0 or 1, the first weight matrix, its row order) does any of the document's formulas over these names hold`
    : 'two of the document\'s names would be one quantity of the network under every reading tried';
  const shared = new Set(sharedPairs(current).flat());
  for (const [key, id] of current) if (id !== undefined && (clash || shared.has(key))) table.refuse(key, `${why}; pin one with --name`, 'convention');
}

/** Binds each name as the best readings agree; a name they read differently is left unread with the readings named. */
function adopt(table: BindingTable, keys: readonly string[], current: ReadonlyMap<string, string | undefined>, top: readonly ConventionReading[]): Set<string> {
  const changed = new Set<string>();
  for (const key of keys) {
    const ids = new Set(top.map((r) => r.assign.get(key)));
    const id = top[0]!.assign.get(key);
    if (ids.size > 1) {
      table.refuse(key, `the document's formulas hold equally under ${top.length} readings (${top.map((r) => r.label).join(' | ')}); pin one with --name`, 'convention');
      changed.add(key);
    } else if (id !== undefined && id !== current.get(key)) {
      table.rebind(key, { id, rule: 'convention', reading: top[0]!.label });
      changed.add(key);
    } else if (id === undefined && current.get(key) !== undefined) {
      table.refuse(key, `under the reading the document's formulas show (${top[0]!.label}) it names no quantity`, 'convention');
      changed.add(key);
    }
  }
  return changed;
}

/** ∂E/∂a_1^{(2)} bound as the network's own name no longer means that once a_1^{(2)} is read otherwise: read it anew. */
function forgetDerivatives(table: BindingTable, ctx: RuleContext, changed: ReadonlySet<string>): void {
  for (const key of ctx.read.quantityNames) {
    const m = DERIVATIVE.exec(key);
    if (!m || (!changed.has(m[1]!) && !changed.has(m[2]!)) || table.get(key)?.rule !== 'engine-name') continue;
    const id = derivativeId(ctx.net, table.idOf(m[1]!), table.idOf(m[2]!));
    if (id !== undefined) table.rebind(key, { id, rule: 'convention' });
    else table.refuse(key, `${changed.has(m[2]!) ? m[2] : m[1]} is read in the document's own convention, in which this derivative is not one the network has`, 'convention');
  }
}
