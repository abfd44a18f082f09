/**
 * A Worker that exposes the production Worker's store (src/entry/worker-deps.ts: D1 store + its text index) to the
 * retrieval eval: POST `{ "method": "searchText" | "listDocuments" | "glossary", "args": [...] }`. Evaluation only —
 * bundled by eval/retrieval/probe.wrangler.toml, never deployed.
 */
import { buildWorkerDeps, type WorkerEnv } from '../../src/entry/worker-deps.js';
import type { Store } from '../../src/store/store.js';

let store: Store | undefined;

export default {
  async fetch(request: Request, env: WorkerEnv): Promise<Response> {
    store ??= buildWorkerDeps(env).store;
    const { method, args } = (await request.json()) as { method: 'searchText' | 'listDocuments' | 'glossary'; args: unknown[] };
    switch (method) {
      case 'searchText':
        return Response.json(await store.searchText(...(args as Parameters<Store['searchText']>)));
      case 'listDocuments':
        return Response.json(await store.listDocuments());
      case 'glossary':
        return Response.json(await store.glossary(args[0] as string));
      default:
        return Response.json({ error: `unknown method ${String(method)}` }, { status: 400 });
    }
  },
};
