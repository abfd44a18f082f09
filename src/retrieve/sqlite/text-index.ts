import type Database from 'better-sqlite3';
import { retrievalItems, type GlossaryText, type PassageText, type RetrievalItem } from '../items.js';
import { ftsWords, intlSegmenter, type Segment } from '../segment.js';

/**
 * Writes a document's records and their FTS5 words. Synchronous, so putDocument calls it inside the document's own
 * transaction: the keyword index never lags the text. (Deleting the document cascades to its records and, by
 * trigger, to their FTS rows.)
 */
export function indexDocumentText(db: Database.Database, docId: string, passages: PassageText[], glossary: GlossaryText[], segment: Segment = intlSegmenter()): number {
  return writeItems(db, docId, retrievalItems(passages, glossary), segment);
}

function writeItems(db: Database.Database, docId: string, items: RetrievalItem[], segment: Segment): number {
  const item = db.prepare('INSERT OR IGNORE INTO retrieval_items (doc_id, kind, ref, chunk, text) VALUES (?, ?, ?, ?, ?)');
  const fts = db.prepare('INSERT INTO retrieval_fts (rowid, words) VALUES (?, ?)');
  let n = 0;
  for (const it of items) {
    const r = item.run(docId, it.kind, it.ref, it.chunk, it.text);
    if (r.changes === 0) continue;
    fts.run(r.lastInsertRowid, ftsWords(segment, it.text));
    n++;
  }
  return n;
}

/** Index the documents that have no records yet (written before migration 002). Returns how many records were added. */
export function backfillTextIndex(db: Database.Database, segment: Segment = intlSegmenter()): number {
  const docs = db.prepare('SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM retrieval_items)').pluck().all() as string[];
  let n = 0;
  for (const docId of docs) {
    const passages = (db.prepare('SELECT id, heading_path, text FROM passages WHERE doc_id = ? ORDER BY span_start').all(docId) as Array<{ id: string; heading_path: string; text: string }>)
      .map((p) => ({ id: p.id, headingPath: JSON.parse(p.heading_path) as string[], text: p.text }));
    const glossary = db.prepare('SELECT term, definition FROM glossary WHERE doc_id = ? ORDER BY span_start').all(docId) as GlossaryText[];
    n += writeItems(db, docId, retrievalItems(passages, glossary), segment);
  }
  return n;
}
