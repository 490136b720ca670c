/**
 * Whole answers kept per key while a cheap fingerprint of what they are built from is
 * unchanged. The caller reads the fingerprint from the database on every request (one
 * small query), so every API process sees a change at once and nothing is served stale.
 *
 * - One build per key and fingerprint: concurrent readers of a cold or changed key wait
 *   for the same build instead of each doing it.
 * - A failed build is dropped, so the next reader tries again.
 * - At most `capacity` keys are kept; the least recently used goes first.
 *
 * Keep only what every reader may see: per-user visibility is applied to the answer
 * after it comes out of the cache, never inside `build`.
 */
export class FingerprintCache<T> {
  private readonly entries = new Map<string, { fingerprint: string; value: Promise<T> }>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error('capacity must be a positive integer');
  }

  /** The answer built for `fingerprint`, building it (once) when the key holds another or none. */
  get(key: string, fingerprint: string, build: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key);
    // Delete and set again: a Map iterates in insertion order, so the first key is the least recently used.
    this.entries.delete(key);
    if (cached && cached.fingerprint === fingerprint) {
      this.entries.set(key, cached);
      return cached.value;
    }
    const value = Promise.resolve().then(build);
    const entry = { fingerprint, value };
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  /** Keys held now (for tests and diagnostics). */
  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
