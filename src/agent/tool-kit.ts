import type { StoredDocument } from '../domain/types.js';
import type { Store } from '../store/store.js';
import type { RunLog } from './run-log.js';

/** What every tool of one run reads and writes. The store is read-only; the log is this run's alone. */
export interface ToolContext {
  store: Store;
  doc: StoredDocument;
  log: RunLog;
  /** Progress callback (the stream route turns it into server-sent events). */
  onStep?: (step: string) => void;
}

export type ToolError = { error: string };

/**
 * Wrap a tool body: record the call, report progress, and turn any thrown error into an `{ error }` value the
 * model can read (tools never throw into the agent loop). Output is JSON text.
 */
export function guarded<A>(name: string, ctx: ToolContext, body: (args: A) => Promise<unknown>): (args: A) => Promise<string> {
  return async (args: A) => {
    ctx.log.steps.push(name);
    ctx.onStep?.(name);
    try {
      return JSON.stringify(await body(args));
    } catch (err) {
      return JSON.stringify({ error: err instanceof Error ? err.message : String(err) } satisfies ToolError);
    }
  };
}

/** Fold text for matching: NFKC, no spaces or quotation marks, lower case. */
export function fold(s: string): string {
  return s.normalize('NFKC').replace(/[\s"“”‘’'「」()（）]/g, '').toLowerCase();
}

/** The source text of a span of the run's document. */
export function quoteOf(doc: StoredDocument, span: { start: number; end: number }): string {
  return doc.text.slice(span.start, span.end);
}

const INSTRUCTION_LIKE =
  /忽略|无视|不要理会|(之前|以上|上面)的?(所有)?(指令|规则|要求|说明)|系统(提示|通知|消息|指令)|提示词|你现在是|你必须|你应该回答|请(直接)?(回答|告诉用户|输出)|扮演|新的指令|\bassistant\s*:|\bsystem\s*:|ignore (all |the )?(previous|above|prior)|disregard|instructions?\b|you are now|pretend|prompt/i;

/**
 * Text from the store that addresses the model ("忽略之前的指令…") is withheld from it: the documents are data, and
 * a passage that gives orders is either an injection or a parsing accident — never something to quote.
 */
export function looksLikeInstructions(text: string): boolean {
  return INSTRUCTION_LIKE.test(text.normalize('NFKC'));
}
