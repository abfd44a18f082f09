import type { EngineSource } from '../answer/index.js';
import { DocumentCatalog } from '../domain/document-catalog.js';
import type { Store } from '../store/store.js';

export interface StoreSourceOptions {
  /** District and county names (data/aliases.json), to tell a department's district. */
  districts?: readonly string[];
  /** How often the catalog version is checked (a document ingested while serving is answerable after this). */
  checkEveryMs?: number;
  now?: () => number;
}

/**
 * The engine's view of a Store: the catalog (reloaded whole when the store's catalog version changes — a reader
 * never sees half of it), document bundles read in one snapshot, and facts by key across documents.
 */
export function storeSource(store: Store, opts: StoreSourceOptions = {}): EngineSource {
  const every = opts.checkEveryMs ?? 1000;
  const now = opts.now ?? Date.now;
  let current: DocumentCatalog | undefined;
  let checkedAt = -Infinity;
  let pending: Promise<DocumentCatalog> | undefined;

  async function reload(): Promise<DocumentCatalog> {
    const version = await store.catalogVersion();
    if (!current || version !== current.version) {
      current = new DocumentCatalog(await store.listDocuments(), opts.districts ?? [], version);
    }
    checkedAt = now();
    return current;
  }

  return {
    catalog() {
      if (current && now() - checkedAt < every) return Promise.resolve(current);
      pending ??= reload().finally(() => {
        pending = undefined;
      });
      return pending;
    },
    bundle: (id) => store.documentBundle(id),
    facts: ({ keys, docIds }) => store.facts({ keys, docIds }),
  };
}
