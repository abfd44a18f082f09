import type { QuestionLog } from '../questions/types.js';
import type { AnsweredEvent } from './answer-turn.js';

/** The answered hook that writes every answer to the question log; a failing write is logged, never thrown. */
export function logAnswers(questions: QuestionLog, log: (event: Record<string, unknown>) => void) {
  return (e: AnsweredEvent): Promise<void> =>
    questions
      .record({
        conversationId: e.conversationId,
        question: e.question,
        status: e.answer.status,
        engine: e.answer.engine,
        elapsedMs: e.elapsedMs,
        answer: e.answer.answer,
      })
      .then(
        () => {},
        (err: unknown) => log({ event: 'question_log_error', message: err instanceof Error ? err.message : String(err) }),
      );
}
