/**
 * Cosine distance exactly as sqlite-vec computes it for float32 vectors (`distance_cosine_float`): dot product and
 * magnitudes accumulated in float32, one element after another, then `1 - dot / (sqrt(|a|²) · sqrt(|b|²))` in double,
 * returned as float32. Math.fround at each step reproduces the C float arithmetic, so a store that computes distances
 * itself (D1) ranks exactly as the sqlite-vec index does.
 */
export function cosineDistance(a: Float32Array, b: Float32Array): number {
  const f = Math.fround;
  let dot = 0;
  let aMag = 0;
  let bMag = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    dot = f(dot + f(x * y));
    aMag = f(aMag + f(x * x));
    bMag = f(bMag + f(y * y));
  }
  return f(1 - dot / (Math.sqrt(aMag) * Math.sqrt(bMag)));
}

/**
 * Nearest-neighbour candidates as every backend ranks them: only records with some similarity (distance < 1: a
 * record sharing no weighted n-gram with the query is no neighbour, and such records all tie at 1), nearest first,
 * ties broken by the lower id — sqlite-vec leaves the order of equal distances to its storage layout, so both
 * backends re-rank what they computed with this one rule.
 */
export function rankNeighbours(candidates: ReadonlyArray<{ id: number; distance: number }>, k: number): number[] {
  return candidates
    .filter((c) => c.distance < 1)
    .sort((x, y) => x.distance - y.distance || x.id - y.id)
    .slice(0, k)
    .map((x) => x.id);
}

/** The ids of the `k` nearest vectors (rankNeighbours over the cosine distances computed here). */
export function nearestIds(query: Float32Array, vectors: ReadonlyArray<{ id: number; vector: Float32Array }>, k: number): number[] {
  return rankNeighbours(vectors.map(({ id, vector }) => ({ id, distance: cosineDistance(query, vector) })), k);
}

/**
 * A stored vector kept as its non-zero elements (the local embedder's vectors hold a few hundred of 2048), with its
 * squared magnitude accumulated in float32 in index order, as cosineDistance would.
 */
export interface SparseVector {
  id: number;
  kind: string;
  index: Uint32Array;
  value: Float32Array;
  magnitude: number;
}

export function toSparse(id: number, kind: string, vector: Float32Array): SparseVector {
  const f = Math.fround;
  const index: number[] = [];
  let magnitude = 0;
  for (let i = 0; i < vector.length; i++) {
    const y = vector[i]!;
    if (y === 0) continue;
    index.push(i);
    magnitude = f(magnitude + f(y * y));
  }
  return { id, kind, index: Uint32Array.from(index), value: Float32Array.from(index, (i) => vector[i]!), magnitude };
}

/**
 * cosineDistance(query, the stored vector), to the last bit: the zero elements it skips add exact zeros to each float32
 * sum, and the others are added in the same order. The query's squared magnitude (`queryMagnitude`) is computed once.
 */
export function sparseCosineDistance(query: Float32Array, queryMag: number, v: SparseVector): number {
  const f = Math.fround;
  let dot = 0;
  for (let j = 0; j < v.index.length; j++) {
    const x = query[v.index[j]!]!;
    if (x !== 0) dot = f(dot + f(x * v.value[j]!));
  }
  return f(1 - dot / (Math.sqrt(queryMag) * Math.sqrt(v.magnitude)));
}

export function queryMagnitude(query: Float32Array): number {
  const f = Math.fround;
  let m = 0;
  for (let i = 0; i < query.length; i++) if (query[i] !== 0) m = f(m + f(query[i]! * query[i]!));
  return m;
}

/** nearestIds over sparse vectors (the same distances, the same ranking rule). */
export function nearestSparse(query: Float32Array, vectors: readonly SparseVector[], k: number): number[] {
  const mag = queryMagnitude(query);
  return rankNeighbours(vectors.map((v) => ({ id: v.id, distance: sparseCosineDistance(query, mag, v) })), k);
}

/** float32 vector ⇄ the bytes stored in a BLOB (little-endian, as sqlite-vec stores them). */
export const vectorBytes = (v: Float32Array) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);

/** A BLOB as D1 returns it (an array of byte values, or an ArrayBuffer/view) → float32 vector. */
export function bytesToVector(blob: ArrayLike<number> | ArrayBuffer | ArrayBufferView): Float32Array {
  const bytes = blob instanceof ArrayBuffer ? new Uint8Array(blob) : ArrayBuffer.isView(blob) ? new Uint8Array(blob.buffer, blob.byteOffset, blob.byteLength) : Uint8Array.from(blob);
  const copy = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  return new Float32Array(copy.buffer, copy.byteOffset, copy.byteLength / 4);
}
