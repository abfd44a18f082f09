import { z } from 'zod';
import type { AskClient } from './ask-client.js';
import type { EvalCase } from './case-schema.js';
import { failedChecks, failureReasons, passes, scoreAnswer, type ActualAnswer, type CaseChecks } from './scorers.js';

export interface TurnRecord {
  question: string;
  status?: string;
  answer?: string;
  latencyMs: number;
}

export interface CaseResult {
  id: string;
  tags: string[];
  turns: TurnRecord[];
  expect: EvalCase['expect'];
  /** The scored (last) answer; absent when the service failed to answer. */
  actual?: ActualAnswer;
  /** Wall time of the scored (last) turn, as the runner saw it. */
  latencyMs: number;
  checks: CaseChecks;
  pass: boolean;
  reasons: string[];
  error?: string;
}

/** The answer contract, read loosely enough that a wrong value is scored rather than thrown. */
const AnswerShape = z.object({
  answer: z.string(),
  status: z.string(),
  numbers: z.array(z.object({ text: z.string(), value: z.string(), unit: z.string(), kind: z.string(), factId: z.string().optional() }).loose()),
  citations: z.array(z.object({ docId: z.string(), start: z.number(), end: z.number(), quote: z.string() })),
  verified: z.unknown(),
  conversationId: z.string().optional(),
  engine: z.string().optional(),
});

export interface RunOptions {
  onResult?: (result: CaseResult, index: number, total: number) => void;
  now?: () => number;
  /** Pin every question to this document (a set about one department, asked of a corpus of many). */
  docId?: string;
}

/** Ask every case's turns in order (follow-ups keep the conversationId) and score the last answer. */
export async function runCases(cases: readonly EvalCase[], client: AskClient, opts: RunOptions = {}): Promise<CaseResult[]> {
  const now = opts.now ?? (() => performance.now());
  const docs = new Map<string, string | undefined>();
  const results: CaseResult[] = [];
  for (const [i, c] of cases.entries()) {
    const result = await runCase(c, client, docs, now, opts.docId);
    results.push(result);
    opts.onResult?.(result, i, cases.length);
  }
  return results;
}

async function runCase(c: EvalCase, client: AskClient, docs: Map<string, string | undefined>, now: () => number, docId?: string): Promise<CaseResult> {
  const turns: TurnRecord[] = [];
  let conversationId: string | undefined;
  let actual: ActualAnswer | undefined;
  const fail = (error: string): CaseResult => {
    const checks = failedChecks(c.expect);
    return { id: c.id, tags: c.tags, turns, expect: c.expect, latencyMs: turns.at(-1)?.latencyMs ?? 0, checks, pass: false, reasons: [error], error };
  };
  for (const question of c.turns) {
    const started = now();
    let reply: Awaited<ReturnType<AskClient['ask']>>;
    try {
      reply = await client.ask({ question, ...(conversationId ? { conversationId } : {}), ...(c.lang ? { lang: c.lang } : {}), ...(docId ? { docId } : {}) });
    } catch (err) {
      turns.push({ question, latencyMs: now() - started });
      return fail(`request failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    const latencyMs = now() - started - reply.waitedMs;
    const parsed = AnswerShape.safeParse(reply.body);
    if (reply.httpStatus !== 200 || !parsed.success) {
      turns.push({ question, latencyMs });
      const message = (reply.body as { error?: { message?: string } } | undefined)?.error?.message;
      return fail(`HTTP ${reply.httpStatus}${message ? `: ${message}` : parsed.success ? '' : ': not an answer'} (turn ${turns.length})`);
    }
    actual = parsed.data as ActualAnswer;
    conversationId = parsed.data.conversationId ?? conversationId;
    turns.push({ question, status: actual.status, answer: actual.answer, latencyMs });
  }
  for (const cite of actual!.citations) {
    if (!docs.has(cite.docId)) docs.set(cite.docId, await client.documentText(cite.docId).catch(() => undefined));
  }
  const checks = scoreAnswer(c.expect, actual!, docs);
  const pass = passes(checks);
  return {
    id: c.id,
    tags: c.tags,
    turns,
    expect: c.expect,
    actual: actual!,
    latencyMs: turns.at(-1)!.latencyMs,
    checks,
    pass,
    reasons: pass ? [] : failureReasons(checks, c.expect, actual!.status),
  };
}
