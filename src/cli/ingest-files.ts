import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { WritableStore } from '../store/store.js';
import { parseDocument } from '../ingest/index.js';
import { SourceError, readSource } from './read-source.js';

export interface IngestSummary {
  ok: number;
  failed: number;
  facts: number;
}

/** The documents under a folder: *.txt files, sorted. */
export function listSources(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
}

/** Ingest files one by one, one transaction each, printing a progress line per file. Bad files are reported, not written. */
export async function ingestFiles(store: WritableStore, paths: string[], log: (line: string) => void): Promise<IngestSummary> {
  const summary: IngestSummary = { ok: 0, failed: 0, facts: 0 };
  for (const [i, path] of paths.entries()) {
    const prefix = `[${i + 1}/${paths.length}]`;
    try {
      const source = readSource(path);
      const result = await store.putDocument(source.name, source.text, source.parsed);
      summary.ok++;
      summary.facts += result.facts;
      const w = source.parsed.warnings.length;
      log(
        `${prefix} ${source.name}: ${result.facts} facts, ${source.parsed.passages.length} passages, ${source.parsed.glossary.length} glossary entries, ${w} warning${w === 1 ? '' : 's'}${source.encoding !== 'utf-8' ? ` (decoded from ${source.encoding})` : ''}${result.replaced ? ' — replaced the earlier copy' : ''} [${result.docId}]`,
      );
    } catch (err) {
      if (!(err instanceof SourceError)) throw err;
      summary.failed++;
      log(`${prefix} error: ${err.message}`);
    }
  }
  // Vectors for the whole batch at once (the local embedder's idf depends on every document). Keyword search already works.
  try {
    const index = await store.syncIndex();
    log(`retrieval index: ${index.records} records, ${index.embedded} embedded${index.rebuilt ? ' (rebuilt)' : ''} by ${index.embedder}`);
  } catch (err) {
    summary.failed++;
    log(`error: vector index not updated (keyword search still works): ${err instanceof Error ? err.message : String(err)}`);
  }
  return summary;
}

/**
 * Parse every stored document again from its stored text (after a schema upgrade or a parser change): the database
 * stays complete without the original files. One transaction per document, then the retrieval index.
 */
export async function reparseStored(store: WritableStore, log: (line: string) => void): Promise<number> {
  const docs = await store.listDocuments();
  for (const [i, summary] of docs.entries()) {
    const doc = await store.getDocument(summary.id);
    if (!doc) continue;
    const result = await store.putDocument(doc.sourceName, doc.text, parseDocument(doc.text));
    log(`[${i + 1}/${docs.length}] ${doc.sourceName}: ${result.facts} facts (re-read)`);
  }
  if (docs.length) await store.syncIndex();
  return docs.length;
}
