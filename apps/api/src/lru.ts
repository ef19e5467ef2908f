/**
 * A least-recently-used map bounded by entry count and by total weight (e.g. source bytes). A JS Map keeps
 * insertion order, so re-inserting an entry on use makes the first entries the least recently used ones.
 * When a `set` exceeds either bound, the least recently used other entries are dropped until both hold.
 */
export class WeightedLru<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private total = 0;

  constructor(private readonly maxEntries: number, private readonly maxWeight = Number.POSITIVE_INFINITY) {}

  /** The value for `key` (marking it used), or undefined. */
  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value;
  }

  /** Stores `value` under `key` with a weight (default 1), then evicts down to the bounds. */
  set(key: string, value: V, weight = 1): void {
    const old = this.entries.get(key);
    if (old) {
      this.total -= old.weight;
      this.entries.delete(key);
    }
    this.entries.set(key, { value, weight });
    this.total += weight;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.total <= this.maxWeight) break;
      if (k === key) continue;
      this.entries.delete(k);
      this.total -= e.weight;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
