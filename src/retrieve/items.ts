import type { GlossaryEntry, Passage } from '../domain/types.js';

/** One searchable record: a passage chunk (by passage id `p<n>`) or a glossary entry (by its term). */
export interface RetrievalItem {
  kind: 'passage' | 'glossary';
  /** The passage id or the glossary term: stable across re-ingests of the same text. */
  ref: string;
  /** 0 for a whole passage; a long passage is indexed as several chunks of whole clauses. */
  chunk: number;
  /** What is indexed: the chunk under its two nearest headings, or the term with its definition. */
  text: string;
}

export type PassageText = Pick<Passage, 'id' | 'headingPath' | 'text'>;
export type GlossaryText = Pick<GlossaryEntry, 'term' | 'definition'>;

/** Passages longer than this are indexed as chunks of about this size: BM25 and cosine both favour short texts. */
export const CHUNK_CHARS = 160;

/** Consecutive clauses (cut after 。；;) packed into chunks of at most CHUNK_CHARS (a longer clause stays whole). */
export function chunkText(text: string, max = CHUNK_CHARS): string[] {
  if (text.length <= max) return [text];
  const chunks: string[] = [];
  let current = '';
  for (const clause of text.match(/[^。；;]+[。；;]?/g) ?? [text]) {
    if (current && current.length + clause.length > max) {
      chunks.push(current);
      current = '';
    }
    current += clause;
  }
  if (current) chunks.push(current);
  return chunks;
}

export function passageItems(p: PassageText): RetrievalItem[] {
  const heading = p.headingPath.slice(-2).join(' ');
  return chunkText(p.text).map((text, chunk) => ({ kind: 'passage', ref: p.id, chunk, text: `${heading}\n${text}` }));
}

export function glossaryItem(g: GlossaryText): RetrievalItem {
  return { kind: 'glossary', ref: g.term, chunk: 0, text: `${g.term}：${g.definition}` };
}

export function retrievalItems(passages: PassageText[], glossary: GlossaryText[]): RetrievalItem[] {
  return [...passages.flatMap(passageItems), ...glossary.map(glossaryItem)];
}
