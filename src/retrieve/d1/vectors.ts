import type { D1Database, D1PreparedStatement } from '../../domain/d1.js';
import type { IndexSummary } from '../../domain/retrieval.js';
import { vectorBytes } from '../cosine.js';
import { embedAll, type EmbedderChoice, type SavedEmbedder } from '../embedder.js';
import { NgramModel } from '../ngram-model.js';
import { readMetaParts, writeMetaStatements } from './meta.js';

/** Statements per batch when vectors are written (each carries one vector). */
const VECTORS_PER_BATCH = 50;

/**
 * Bring the per-record vectors in line with the records, as syncVectors does for sqlite-vec: embed the records that
 * have none; when the embedder differs from the one that built them, drop every vector and embed all records again.
 * Embedding runs before the writes (it may be a network call); the saved embedder and n-gram model are written with
 * the last batch.
 */
export async function syncRecordVectors(db: D1Database, choice: EmbedderChoice): Promise<IndexSummary> {
  const rows = (await db.prepare('SELECT id, doc_id, kind, text FROM retrieval_items ORDER BY id').all<{ id: number; doc_id: string; kind: string; text: string }>()).results;
  const texts = rows.map((r) => r.text);
  const embedder = await choice.forCorpus(texts);
  const raw = await readMetaParts(db, 'embedder');
  const saved = raw ? (JSON.parse(raw) as SavedEmbedder) : undefined;
  const rebuild = saved?.id !== embedder.id || saved.dimensions !== embedder.dimensions;
  const have = new Set(rebuild ? [] : (await db.prepare('SELECT item_id FROM retrieval_vectors').all<{ item_id: number }>()).results.map((r) => r.item_id));
  const todo = rows.filter((r) => !have.has(r.id));
  const vectors = await embedAll(embedder, todo.map((r) => r.text));
  const next: SavedEmbedder = { id: embedder.id, dimensions: embedder.dimensions, state: embedder.state?.() ?? null, layout: 'per-record' };

  const first: D1PreparedStatement[] = [
    db.prepare(rebuild ? 'DELETE FROM retrieval_vectors' : 'DELETE FROM retrieval_vectors WHERE item_id NOT IN (SELECT id FROM retrieval_items)'),
  ];
  const inserts = todo.map((r, i) => db.prepare('INSERT INTO retrieval_vectors (item_id, doc_id, kind, embedding) VALUES (?, ?, ?, ?)').bind(r.id, r.doc_id, r.kind, vectorBytes(vectors[i]!)));
  const last = [...writeMetaStatements(db, 'embedder', JSON.stringify(next)), ...writeMetaStatements(db, 'ngrams', NgramModel.fit(texts).serialize())];
  const statements = [...first, ...inserts, ...last];
  for (let i = 0; i < statements.length; i += VECTORS_PER_BATCH) await db.batch(statements.slice(i, i + VECTORS_PER_BATCH));
  return { embedder: embedder.id, records: rows.length, embedded: todo.length, rebuilt: rebuild };
}
