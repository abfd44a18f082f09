import autocannon from 'autocannon';
import { percentile } from './questions.js';

export interface LoadResult {
  /** Responses per second over the run. */
  rps: number;
  responses: number;
  /** Latency of each response as the client saw it, ms. */
  p50: number;
  p95: number;
  non2xx: number;
  errors: number;
}

/**
 * POST /api/ask with autocannon: `connections` clients for `seconds`, each going through the questions in turn, each
 * latency recorded as the client saw it.
 */
export async function askLoad(base: string, questions: readonly string[], opts: { connections: number; seconds: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  // Requests built once (a request built per call would slow the client, and with it the ceiling measured).
  const instance = autocannon({
    url: base,
    connections: opts.connections,
    duration: opts.seconds,
    requests: questions.map((question) => ({ method: 'POST', path: '/api/ask', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) })),
  });
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / result.duration,
    responses: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
