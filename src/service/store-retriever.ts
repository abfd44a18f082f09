import type { RetrievedText } from '../domain/retrieval.js';
import { trimToAnswer } from '../retrieve/index.js';
import type { Store } from '../store/store.js';

/**
 * The engine's retrieval seam over the Store's hybrid search: glossary entries first (definitions), then passages
 * trimmed to the sentences that answer. Hits below the relevance threshold never come back from searchText.
 */
export function storeRetriever(store: Store) {
  return async (query: string, docId: string): Promise<RetrievedText[]> => {
    const [glossary, passages] = await Promise.all([
      store.searchText(query, { docId, kind: 'glossary', k: 2 }),
      store.searchText(query, { docId, kind: 'passage', k: 3 }),
    ]);
    const fromGlossary: RetrievedText[] = glossary.map((h) => ({ kind: 'glossary', text: h.text, span: h.span, score: h.relevance, ...(h.term ? { term: h.term } : {}) }));
    const fromPassages: RetrievedText[] = passages.map((h) => {
      const pieces = trimToAnswer(h.text, query, h.span.start);
      const first = pieces[0];
      const last = pieces[pieces.length - 1];
      // Keep the answering sentences as one exact span (from the first to the last kept piece).
      return first && last
        ? { kind: 'passage' as const, text: h.text.slice(first.span.start - h.span.start, last.span.end - h.span.start), span: { start: first.span.start, end: last.span.end }, score: h.relevance }
        : { kind: 'passage' as const, text: h.text, span: h.span, score: h.relevance };
    });
    return [...fromGlossary, ...fromPassages].sort((a, b) => b.score - a.score);
  };
}
