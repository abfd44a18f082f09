import type { D1Database, D1PreparedStatement } from '../../domain/d1.js';
import { retrievalItems, type GlossaryText, type PassageText } from '../items.js';
import { ftsWords, type Segment } from '../segment.js';

/**
 * Statements writing a document's records and their FTS5 words, for the document's own write batch (the document has
 * no records yet: it was just written): the records — ids follow in order, one range per document — then their
 * words, keyed by the ids just written. A record repeated in the document (the same glossary term twice) is written
 * once, its first occurrence, as on SQLite.
 */
export function indexStatements(db: D1Database, docId: string, passages: PassageText[], glossary: GlossaryText[], segment: Segment): D1PreparedStatement[] {
  const seen = new Set<string>();
  const items = retrievalItems(passages, glossary)
    .filter((it) => {
      const key = `${it.kind}\u0000${it.ref}\u0000${it.chunk}`;
      return !seen.has(key) && Boolean(seen.add(key));
    })
    .map((it) => ({ ...it, words: ftsWords(segment, it.text) }));
  if (items.length === 0) return [];
  const json = JSON.stringify(items);
  return [
    db.prepare(
      `INSERT INTO retrieval_items (doc_id, kind, ref, chunk, text)
       SELECT ?1, json_extract(value, '$.kind'), json_extract(value, '$.ref'), json_extract(value, '$.chunk'), json_extract(value, '$.text') FROM json_each(?2)`,
    ).bind(docId, json),
    db.prepare(
      `INSERT INTO retrieval_fts (rowid, words)
       SELECT i.id, json_extract(j.value, '$.words') FROM json_each(?2) j
       JOIN retrieval_items i ON i.doc_id = ?1 AND i.kind = json_extract(j.value, '$.kind') AND i.ref = json_extract(j.value, '$.ref') AND i.chunk = json_extract(j.value, '$.chunk')`,
    ).bind(docId, json),
  ];
}

/** Statements indexing every document that has no records yet (written without an index). */
export async function backfillStatements(db: D1Database, segment: Segment): Promise<D1PreparedStatement[]> {
  const docs = (await db.prepare('SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM retrieval_items)').all<{ id: string }>()).results;
  const out: D1PreparedStatement[] = [];
  for (const { id } of docs) {
    const [p, g] = await db.batch([
      db.prepare('SELECT id, heading_path, text FROM passages WHERE doc_id = ? ORDER BY span_start').bind(id),
      db.prepare('SELECT term, definition FROM glossary WHERE doc_id = ? ORDER BY span_start').bind(id),
    ]);
    const passages = (p!.results as Array<{ id: string; heading_path: string; text: string }>).map((r) => ({ id: r.id, headingPath: JSON.parse(r.heading_path) as string[], text: r.text }));
    out.push(...indexStatements(db, id, passages, g!.results as unknown as GlossaryText[], segment));
  }
  return out;
}
