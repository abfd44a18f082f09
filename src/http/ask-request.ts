import type { Answer } from '../domain/answer.js';
import type { ServiceAnswer } from '../service/answer-service.js';
import type { AskRequest } from './contract/index.js';
import type { AppDeps } from './deps.js';
import { ApiError } from './errors.js';

/** A question pinned to a document needs that document loaded (404 otherwise). */
export async function ensurePinnedDocument(req: AskRequest, deps: Pick<AppDeps, 'catalog'>): Promise<AskRequest> {
  if (req.docId && !(await deps.catalog()).get(req.docId)) throw new ApiError(404, 'not_found', `no document ${req.docId}`);
  return req;
}

/** The public answer contract (README, contract/answer.ts): what /api/ask returns and the stream's `answer` event carries. */
export function toPublic(r: ServiceAnswer, conversationId: string): Answer {
  return {
    answer: r.answer,
    status: r.status,
    numbers: r.numbers,
    citations: r.citations,
    verified: r.verified,
    conversationId,
    engine: r.engine,
    ...(r.document ? { source: { docId: r.document.id, department: r.document.department, year: r.document.year } } : {}),
    ...(r.candidates?.length ? { candidates: r.candidates } : {}),
  };
}
