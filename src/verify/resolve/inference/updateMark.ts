// Rule update-mark: once w_5^{*} and w_6^{*} are updated weights, every parameter's ^{*} is its updated value (w_1^{*} too, whose formula may be wrong).
import { parseQuantityId, qid } from '../../../derive/quantityRef.js';
import type { BindingTable } from '../bindingTable.js';

/** Binds `key_mark` for every value key when some found alias with that mark is an update. Returns the keys it bound. */
export function addUpdateMarks(table: BindingTable, found: readonly string[], known: ReadonlySet<string>): string[] {
  const marks = new Set<string>();
  for (const alias of found) {
    const ref = parseQuantityId(table.idOf(alias) ?? '');
    if (ref?.kind !== 'update') continue;
    const value = qid.value(ref.node);
    for (const [key, id] of table.quantities()) if (id === value && alias.startsWith(`${key}_`) && !key.startsWith('∂')) marks.add(alias.slice(key.length + 1));
  }
  const added: string[] = [];
  for (const mark of marks) {
    for (const [key, id] of [...table.quantities()]) {
      const ref = key.startsWith('∂') ? undefined : parseQuantityId(id);
      const updated = ref?.kind === 'value' ? qid.update(ref.node) : undefined;
      if (updated !== undefined && known.has(updated) && table.bind(`${key}_${mark}`, { id: updated, rule: 'update-mark' })) added.push(`${key}_${mark}`);
    }
  }
  return added;
}
