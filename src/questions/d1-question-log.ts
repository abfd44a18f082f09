import type { D1Database } from '../domain/d1.js';
import { rowToItem, rowToQuestion, type FollowUpRow, type QuestionRow } from './rows.js';
import * as sql from './sql.js';
import { QUEUED_STATUSES, type QuestionLog } from './types.js';

export interface D1QuestionLogOptions {
  retentionDays: number;
  now?: () => Date;
}

/**
 * The question log on D1 (Workers): one database shared by every isolate, so a hand-over or a staff view sees every
 * question wherever it was answered. The same SQL as on SQLite; each change is one batch (one transaction). Old rows
 * are purged at most hourly per isolate.
 */
export function openD1QuestionLog(db: D1Database, opts: D1QuestionLogOptions): QuestionLog {
  const now = opts.now ?? (() => new Date());
  let lastPurge = 0;
  const prepare = (s: sql.Statement) => db.prepare(s.sql).bind(...s.params);
  const first = <T>(s: sql.Statement) => prepare(s).first<T>();
  const all = async <T>(s: sql.Statement) => (await prepare(s).all<T>()).results;
  const page = async <T>([count, rows]: [sql.Statement, sql.Statement]) => {
    const [c, r] = await db.batch([prepare(count), prepare(rows)]);
    return { rows: r!.results as T[], total: Number((c!.results[0] as { n: number }).n) };
  };

  async function purge(): Promise<number> {
    const at = now();
    lastPurge = at.getTime();
    const cutoff = new Date(at.getTime() - opts.retentionDays * sql.DAY_MS).toISOString();
    const results = await db.batch(sql.purgeStatements(cutoff).map(prepare));
    return results.reduce((n, r) => n + (r.meta.changes ?? 0), 0);
  }

  return {
    async record(q) {
      if (now().getTime() - lastPurge > sql.PURGE_EVERY_MS) await purge();
      const askedAt = now().toISOString();
      const queued = QUEUED_STATUSES.has(q.status) ? sql.queueUnanswered(q.conversationId, q.status, askedAt) : [];
      const [inserted] = await db.batch([sql.insertQuestion(q, askedAt), ...queued].map(prepare));
      return { ...q, id: Number((inserted!.results[0] as { id: number }).id), askedAt };
    },
    async hasConversation(conversationId) {
      return (await first(sql.hasConversation(conversationId))) !== null;
    },
    async handOver(conversationId, callback) {
      const results = await db.batch([...sql.handOverStatements(conversationId, callback, now().toISOString()), sql.openItem(conversationId)].map(prepare));
      return rowToItem(results.at(-1)!.results[0] as unknown as FollowUpRow);
    },
    async queue(filter = {}) {
      const { rows, total } = await page<FollowUpRow>(sql.queuePage(filter));
      return { items: rows.map(rowToItem), total };
    },
    async item(id) {
      const row = await first<FollowUpRow>(sql.itemById(id));
      if (!row) return undefined;
      return { item: rowToItem(row), conversation: (await all<QuestionRow>(sql.conversationQuestions(row.conversation_id))).map(rowToQuestion) };
    },
    async resolve(id, note) {
      const [, got] = await db.batch([prepare(sql.resolveItem(id, note, now().toISOString())), prepare(sql.itemById(id))]);
      const row = got!.results[0] as unknown as FollowUpRow | undefined;
      return row ? rowToItem(row) : undefined;
    },
    async questions(filter = {}) {
      const { rows, total } = await page<QuestionRow>(sql.logPage(filter));
      return { questions: rows.map(rowToQuestion), total };
    },
    purge,
    /** A D1 binding has nothing to close. */
    async close() {},
  };
}
