import type { Lang } from '../domain/answer.js';
import type { AskInput, AnswerService, ServiceAnswer } from './answer-service.js';
import type { Conversations } from './conversations.js';

export interface AnsweredEvent {
  conversationId: string;
  question: string;
  answer: ServiceAnswer;
  elapsedMs: number;
  clientAddress: string | undefined;
}

export interface TurnDeps {
  answers: AnswerService;
  conversations: Conversations;
  /** Called after every answer, and awaited (the question log hooks in here: a hand-over right after finds the turn). */
  onAnswered?: (event: AnsweredEvent) => void | Promise<void>;
}

export interface TurnRequest {
  question: string;
  conversationId?: string;
  lang?: Lang;
  docId?: string;
}

/**
 * One turn of a conversation, shared by /api/ask and /api/ask/stream: the previous turn is looked up, the question
 * answered, the turn stored, and the answered hook (question log) called.
 */
export async function answerTurn(
  deps: TurnDeps,
  req: TurnRequest,
  clientAddress: string | undefined,
  extra: Pick<AskInput, 'onProgress' | 'signal'> = {},
): Promise<{ result: ServiceAnswer; conversationId: string; elapsedMs: number }> {
  const conversationId = req.conversationId ?? crypto.randomUUID();
  const previous = await deps.conversations.last(conversationId);
  const started = performance.now();
  const result = await deps.answers.ask({
    question: req.question,
    conversationId,
    ...extra,
    ...(previous ? { previous: previous.understanding } : {}),
    ...(req.lang ? { lang: req.lang } : {}),
    ...(req.docId ? { docId: req.docId } : {}),
  });
  const elapsedMs = performance.now() - started;
  // Both are done before the answer goes out (a follow-up needs the turn, a hand-over the logged question); they do
  // not depend on each other, so on D1 the two writes overlap.
  await Promise.all([
    deps.conversations.append(conversationId, { question: req.question, understanding: result.understanding, at: Date.now() }),
    deps.onAnswered?.({ conversationId, question: req.question, answer: result, elapsedMs, clientAddress }),
  ]);
  return { result, conversationId, elapsedMs };
}
