import type { EmbedderChoice } from '../retrieve/index.js';
import { localEmbedderChoice } from '../retrieve/index.js';
import { sqliteTextIndex } from '../retrieve/sqlite/index.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store, WritableStore } from '../store/store.js';

export interface OpenStoreOptions {
  path: string;
  readonly?: boolean;
  /** Embeds records at syncIndex and rebuilds the query embedder (default: the local n-gram embedder). */
  embedder?: EmbedderChoice;
}

/** The Node store: better-sqlite3 with its hybrid text index (the composition the store itself does not do). */
export function openStore(opts: OpenStoreOptions & { readonly: true }): Store;
export function openStore(opts: OpenStoreOptions): WritableStore & { migrationsApplied: string[] };
export function openStore(opts: OpenStoreOptions): WritableStore & { migrationsApplied: string[] } {
  const index = sqliteTextIndex(opts.embedder ?? localEmbedderChoice());
  return openSqliteStore({ path: opts.path, readonly: opts.readonly ?? false, index });
}
