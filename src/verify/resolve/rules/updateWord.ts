// Rule update-word: a name marked by a word for "new" or "old" in a document's language (w_{neu}, w_{nuevo}, w_{viejo}, y_{neu}) is its quantity after or before the update.
import { parseQuantityId, qid } from '../../../derive/quantityRef.js';
import type { NameRule } from '../nameRule.js';

/** Words for the value after the update (English new/updated/next are the network's own names: engine-name). */
const NEW = new Set(['neu', 'neue', 'neuer', 'nuevo', 'nueva', 'novo', 'nova', 'nouveau', 'nouvelle', 'nuovo', 'nuova', 'actualizado', 'aktualisiert']);
/** Words for the value before it. */
const OLD = new Set(['old', 'alt', 'alte', 'alter', 'viejo', 'vieja', 'anterior', 'antiguo', 'antigo', 'ancien', 'vecchio', 'prev', 'previous']);

/**
 * For each name the document writes as `base_word` (or `base^{word}`) whose base names one value of the network:
 * after the update, the parameter's updated value, or a computed quantity's value in the forward pass again with the
 * updated parameters (y_{neu} = 0.6 · 2.0); before it, the value itself.
 */
export const updateWord: NameRule = {
  name: 'update-word',
  apply(table, ctx) {
    const known = new Set(table.ids());
    for (const key of ctx.read.names) {
      // w_neu, and w_{5,neu} (read as w_5neu): the word is the letters at the end, after an underscore or an index
      const m = /^(.*?)([a-z]+)$/i.exec(key);
      const base = !m ? undefined : m[1]!.endsWith('_') ? m[1]!.slice(0, -1) : /_.*\d$/.test(m[1]!) ? m[1]! : undefined;
      const word = m?.[2]!.toLowerCase();
      if (base === undefined || word === undefined || !(NEW.has(word) || OLD.has(word)) || table.get(key) !== undefined) continue;
      const ref = parseQuantityId(table.idOf(base) ?? '');
      if (ref?.kind !== 'value') continue;
      const id = OLD.has(word) ? qid.value(ref.node) : [qid.update(ref.node), qid.afterUpdate(ref.node)].find((x) => known.has(x));
      if (id !== undefined) table.bind(key, { id, rule: 'update-word' });
    }
  },
};
