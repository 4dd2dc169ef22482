/**
 * A memo that forgets its oldest entry once it holds `limit` entries. Calendar queries move
 * forward through time, so the oldest entry is the one least likely to be asked for again, and
 * first-in-first-out needs no bookkeeping on a hit (the hot path).
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.entries.size;
  }

  getOrCreate(key: K, create: (key: K) => V): V {
    const known = this.entries.get(key);
    if (known !== undefined) return known;
    const value = create(key);
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }
}
