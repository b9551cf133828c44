// The derivation's quantities as a Map whose id index is built on the first lookup by id, not while deriving.
import type { Quantity } from './quantity.js';

/**
 * A Map of id → quantity in evaluation order. Quantities are appended to a list; the hash index is filled
 * only when something asks by id (get, has, set, delete). Compiling and evaluating walk the list and read
 * slots from symbol nodes, so a gradient of 784-100-10 never hashes its 400k ids (that hashing was about a
 * third of deriveGraph's time). Ids are unique by construction (quantityRef.ts); a repeat is an internal error.
 */
export class QuantityMap extends Map<string, Quantity> {
  private readonly list: Quantity[] = [];
  /** How many of `list` are in the index. */
  private indexed = 0;

  /** Appends a quantity whose id is new (deriveGraph's ids are unique by construction). */
  append(q: Quantity): void {
    this.list.push(q);
  }

  private index(): void {
    const list = this.list;
    for (; this.indexed < list.length; this.indexed++) {
      const q = list[this.indexed]!;
      if (super.has(q.id)) throw new Error(`internal: quantity ${q.id} added twice`);
      super.set(q.id, q);
    }
  }

  override get size(): number {
    return this.list.length;
  }

  override get(id: string): Quantity | undefined {
    this.index();
    return super.get(id);
  }

  override has(id: string): boolean {
    this.index();
    return super.has(id);
  }

  override set(id: string, q: Quantity): this {
    this.index();
    const had = super.get(id);
    if (had !== undefined) this.list[this.list.indexOf(had)] = q;
    else {
      this.list.push(q);
      this.indexed++;
    }
    return super.set(id, q);
  }

  override delete(id: string): boolean {
    this.index();
    const had = super.get(id);
    if (had === undefined) return false;
    this.list.splice(this.list.indexOf(had), 1);
    this.indexed--;
    return super.delete(id);
  }

  override clear(): void {
    this.list.length = 0;
    this.indexed = 0;
    super.clear();
  }

  override values(): MapIterator<Quantity> {
    return this.list.values();
  }

  override *keys(): MapIterator<string> {
    for (const q of this.list) yield q.id;
  }

  override *entries(): MapIterator<[string, Quantity]> {
    for (const q of this.list) yield [q.id, q];
  }

  override [Symbol.iterator](): MapIterator<[string, Quantity]> {
    return this.entries();
  }

  override forEach(visit: (q: Quantity, id: string, map: Map<string, Quantity>) => void, thisArg?: unknown): void {
    for (const q of this.list) visit.call(thisArg, q, q.id, this);
  }
}
