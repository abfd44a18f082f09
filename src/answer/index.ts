import { DocumentCatalog } from '../domain/document-catalog.js';
import type { DocumentBundle, StoredDocument, StoredFact, StoredGlossaryEntry, StoredPassage } from '../domain/types.js';
import type { EngineSource } from './engine.js';

export { createAnswerEngine, type AnswerEngine, type AskOptions, type EngineAnswer, type EngineSource, type Candidate, type AnswerDocument } from './engine.js';
export type { Understanding } from './understand.js';
export type { AliasFile } from './lexicon.js';
export { ALIASES, DISTRICT_NAMES } from './alias-data.js';
export { verifyClaims, verifyFreeText, type VerifyInput, type VerifyResult } from './verify.js';
export type { Claim, ClaimSpan } from './claims.js';
export { findNumbers } from './numbers-in-text.js';
export type { RetrievedText } from './intents/context.js';

export interface EngineData {
  documents: StoredDocument[];
  facts: StoredFact[];
  glossary: StoredGlossaryEntry[];
  passages: StoredPassage[];
}

/** An engine source over documents held in memory (tests, one-off tools). */
export function memorySource(data: EngineData, districts: readonly string[] = []): EngineSource {
  const catalog = new DocumentCatalog(
    data.documents.map((d) => ({
      id: d.id, sourceName: d.sourceName, title: d.title, department: d.department, year: d.year,
      factCount: data.facts.filter((f) => f.docId === d.id).length, subUnits: d.subUnits.map((u) => u.name),
    })),
    districts,
  );
  const quoted = (f: StoredFact): StoredFact => {
    const doc = data.documents.find((d) => d.id === f.docId);
    return f.quote !== undefined || !doc ? f : { ...f, quote: doc.text.slice(f.sentence.start, f.sentence.end) };
  };
  return {
    catalog: async () => catalog,
    bundle: async (id): Promise<DocumentBundle | undefined> => {
      const doc = data.documents.find((d) => d.id === id);
      if (!doc) return undefined;
      return {
        doc,
        facts: data.facts.filter((f) => f.docId === id).map(quoted),
        passages: data.passages.filter((p) => p.docId === id),
        glossary: data.glossary.filter((g) => g.docId === id),
      };
    },
    facts: async ({ keys, docIds }) => data.facts.filter((f) => keys.includes(f.key) && docIds.includes(f.docId)).map(quoted),
  };
}
