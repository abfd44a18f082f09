import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from '../ingest/index.js';
import { openStore } from '../entry/open-store.js';
import type { WritableStore } from '../store/store.js';
import type { EmbedderChoice } from './embedder.js';

export const SEED_PATH = new URL('../../data/sources/yuzhong-gov-office-2026.txt', import.meta.url);
export const SEED_NAME = 'yuzhong-gov-office-2026.txt';

/** A fresh temporary database holding the seed document, fully indexed. `dispose` closes and deletes it. */
export interface SeedStore {
  store: WritableStore;
  docId: string;
  text: string;
  path: string;
  dispose: () => Promise<void>;
}

export async function seedStore(embedder?: EmbedderChoice): Promise<SeedStore> {
  const dir = mkdtempSync(join(tmpdir(), 'budget-qa-retrieval-'));
  const path = join(dir, 'budget.db');
  const store = openStore({ path, ...(embedder ? { embedder } : {}) });
  const text = readFileSync(SEED_PATH, 'utf8');
  const { docId } = await store.putDocument(SEED_NAME, text, parseDocument(text));
  await store.syncIndex();
  return {
    store,
    docId,
    text,
    path,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
