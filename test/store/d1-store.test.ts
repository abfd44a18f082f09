import { localEmbedderChoice } from '../../src/retrieve/index.js';
import { d1TextIndex } from '../../src/retrieve/d1/index.js';
import { openD1Store } from '../../src/store/d1/d1-store.js';
import { miniflareD1 } from '../support/miniflare-d1.js';
import { storeContract } from './store-contract.js';

// The D1 store through Miniflare's own D1 (workerd), migrated with the same files as the SQLite store.
storeContract('D1 (Miniflare)', async () => {
  const { db, dispose } = await miniflareD1();
  const store = openD1Store(db, { index: d1TextIndex(localEmbedderChoice()) });
  return Object.assign(store, { close: dispose });
});
