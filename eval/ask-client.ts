import { z } from 'zod';
import { DepartmentsResponse, DocumentResponse, type AskRequestBody } from '../src/http/contract/index.js';

/** How the runner reaches the service: in-process through `app.request`, or a running server through fetch. */
export type RequestFn = (path: string, init?: RequestInit) => Promise<Response>;

/** The body of POST /api/ask, as the published contract declares it (src/http/contract). */
export type AskBody = AskRequestBody;

// What the client reads of the other responses, taken from the contract's schemas.
const DocumentText = z.object({ document: DocumentResponse.shape.document.pick({ text: true }) });
const DepartmentDocuments = z.object({ departments: z.array(DepartmentsResponse.shape.departments.element.pick({ documents: true })) });

export interface AskClient {
  /** "in-process" or the base URL, for the report. */
  target: string;
  /** `waitedMs`: time spent waiting out 429s, which the runner leaves out of the latency. */
  ask(body: AskBody): Promise<{ httpStatus: number; body: unknown; waitedMs: number }>;
  /** A document's text, or undefined when the service has no such document. */
  documentText(id: string): Promise<string | undefined>;
  /** The document ids of the departments matching a name (GET /api/departments?q=), most recent year first. */
  findDocuments(name: string): Promise<string[]>;
}

export interface ClientOptions {
  /** Retries of a 429 (rate-limited) answer, waiting as Retry-After says (capped at 60 s). */
  maxRetries?: number;
  sleep?: (ms: number) => Promise<void>;
  onWait?: (ms: number) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function createClient(target: string, request: RequestFn, opts: ClientOptions = {}): AskClient {
  const { maxRetries = 5, sleep = defaultSleep } = opts;
  return {
    target,
    async ask(body) {
      let waitedMs = 0;
      for (let attempt = 0; ; attempt++) {
        const res = await request('/api/ask', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'budget-qa-eval' },
          body: JSON.stringify(body),
        });
        if (res.status === 429 && attempt < maxRetries) {
          const wait = Math.min(60, Number(res.headers.get('retry-after')) || 2 ** attempt) * 1000;
          await res.body?.cancel();
          opts.onWait?.(wait);
          const before = performance.now();
          await sleep(wait);
          waitedMs += performance.now() - before;
          continue;
        }
        return { httpStatus: res.status, body: await res.json().catch(() => undefined), waitedMs };
      }
    },
    async findDocuments(name) {
      const res = await request(`/api/departments?q=${encodeURIComponent(name)}&limit=10`);
      if (res.status !== 200) return [];
      const parsed = DepartmentDocuments.safeParse(await res.json());
      return parsed.success ? parsed.data.departments.map((g) => [...g.documents].sort((a, b) => b.year - a.year)[0]!.id) : [];
    },
    async documentText(id) {
      const res = await request(`/api/documents/${encodeURIComponent(id)}`);
      if (res.status !== 200) return undefined;
      const parsed = DocumentText.safeParse(await res.json());
      return parsed.success ? parsed.data.document.text : undefined;
    },
  };
}

/** A client for a running server (`--url`), each request bounded by `timeoutMs`. */
export function urlClient(baseUrl: string, opts: ClientOptions & { timeoutMs?: number } = {}): AskClient {
  const base = baseUrl.replace(/\/+$/, '');
  const timeoutMs = opts.timeoutMs ?? 120_000;
  return createClient(base, (path, init) => fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) }), opts);
}
