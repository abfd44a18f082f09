import { textRuns } from './ngrams.js';

/** Word segmentation for the FTS5 column: words space-joined, so FTS5's unicode61 tokenizer sees one token per word. */
export type Segment = (text: string) => string[];

/** Node's ICU word segmenter (no dependency). One instance per call site: constructing it costs ~0.1 ms. */
export function intlSegmenter(): Segment {
  const seg = new Intl.Segmenter('zh', { granularity: 'word' });
  return (text) => {
    const words: string[] = [];
    for (const run of textRuns(text)) for (const s of seg.segment(run)) if (s.isWordLike) words.push(s.segment);
    return words;
  };
}

/** The FTS5 column value of a text. */
export const ftsWords = (segment: Segment, text: string) => segment(text).join(' ');

/** Tokens that match nearly every passage: left out of queries (BM25 would give them almost no weight anyway). */
const STOP = new Set(['的', '和', '与', '及', '是', '在', '了', '有', '对', '等', '为', '中', '个']);

/** An FTS5 MATCH expression: the query's words OR-ed, each quoted (so no word is read as FTS5 syntax). Empty when no word is left. */
export function ftsQuery(segment: Segment, query: string): string {
  const words = [...new Set(segment(query))].filter((w) => !STOP.has(w));
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' OR ');
}
