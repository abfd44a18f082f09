import type Database from 'better-sqlite3';
import { embedAll, type EmbedderChoice, type SavedEmbedder } from '../embedder.js';
import { NgramModel } from '../ngram-model.js';
import type { IndexSummary } from '../../domain/retrieval.js';
import { hasTable, readSavedEmbedder, writeMeta } from './meta.js';

/**
 * `doc_id` is the partition key: a search restricted to one document reads only that document's vectors, so its
 * cost does not grow with the corpus. Tables built before partitioning (no `layout` saved) are rebuilt.
 */
const LAYOUT = 'doc-partition';
const createVecTable = (dimensions: number) =>
  `CREATE VIRTUAL TABLE retrieval_vec USING vec0(doc_id text partition key, kind text, embedding float[${dimensions}] distance_metric=cosine, chunk_size=128)`;

/**
 * Bring the vectors in line with the records: embed the records that have no vector; when the embedder differs from
 * the one that built the table (its id changes with its model, parameters and — for the local one — the corpus idf),
 * drop every vector and embed all records again. Vectors of two embedders are never mixed. Embedding runs before the
 * write transaction (it may be a network call).
 */
export async function syncVectors(db: Database.Database, choice: EmbedderChoice): Promise<IndexSummary> {
  const rows = db.prepare('SELECT id, doc_id, kind, text FROM retrieval_items ORDER BY id').all() as Array<{ id: number; doc_id: string; kind: string; text: string }>;
  const texts = rows.map((r) => r.text);
  const embedder = await choice.forCorpus(texts);
  const saved = readSavedEmbedder(db);
  const rebuild = !hasTable(db, 'retrieval_vec') || saved?.id !== embedder.id || saved.dimensions !== embedder.dimensions || saved.layout !== LAYOUT;
  const have = new Set(rebuild ? [] : (db.prepare('SELECT rowid FROM retrieval_vec').pluck().all() as number[]));
  const todo = rows.filter((r) => !have.has(r.id));
  const vectors = await embedAll(embedder, todo.map((r) => r.text));
  const next: SavedEmbedder = { id: embedder.id, dimensions: embedder.dimensions, state: embedder.state?.() ?? null, layout: LAYOUT };
  db.transaction(() => {
    if (rebuild) {
      db.exec('DROP TABLE IF EXISTS retrieval_vec');
      db.exec(createVecTable(embedder.dimensions));
    }
    db.prepare('DELETE FROM retrieval_vec WHERE rowid NOT IN (SELECT id FROM retrieval_items)').run();
    const insert = db.prepare('INSERT INTO retrieval_vec (rowid, doc_id, kind, embedding) VALUES (?, ?, ?, ?)');
    todo.forEach((r, i) => insert.run(BigInt(r.id), r.doc_id, r.kind, vectors[i]!));
    writeMeta(db, 'embedder', JSON.stringify(next));
    writeMeta(db, 'ngrams', NgramModel.fit(texts).serialize());
  })();
  return { embedder: embedder.id, records: rows.length, embedded: todo.length, rebuilt: rebuild };
}
