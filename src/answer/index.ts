import type { Store } from '../store/store.js';
import type { EngineData } from './engine.js';
import type { AliasFile } from './lexicon.js';

export { createAnswerEngine, type AnswerEngine, type AskOptions, type EngineAnswer } from './engine.js';
export type { Understanding } from './understand.js';
export type { AliasFile } from './lexicon.js';
export { verifyAnswer, type Ledger, type VerifyResult } from './verify.js';
export { findNumbers } from './numbers-in-text.js';

/** Read everything the engine needs from a Store (any runtime). */
export async function engineDataFromStore(store: Store, aliases: AliasFile): Promise<EngineData> {
  const summaries = await store.listDocuments();
  const documents = (await Promise.all(summaries.map((s) => store.getDocument(s.id)))).filter((d) => d !== undefined);
  const [facts, glossary, passages] = await Promise.all([store.facts(), store.glossary(), store.passages()]);
  return { documents, facts, glossary, passages, aliases };
}
