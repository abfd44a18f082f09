/** A bounded map that forgets the least recently used entry first. Pure. */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError('an LRU cache holds at least one entry');
  }

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, v);
    return v;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }

  delete(key: K): void {
    this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

/** A pure function of a string with its last `capacity` results kept (the function is called again only for new input). */
export function memoize<T>(f: (key: string) => T, capacity: number): (key: string) => T {
  const kept = new LruCache<string, T>(capacity);
  return (key) => {
    let r = kept.get(key);
    if (r === undefined) kept.set(key, (r = f(key)));
    return r;
  };
}
