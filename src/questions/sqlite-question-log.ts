import Database from 'better-sqlite3';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from '../store/sqlite/migrate.js';
import { rowToItem, rowToQuestion, type FollowUpRow, type QuestionRow } from './rows.js';
import * as sql from './sql.js';
import { QUEUED_STATUSES, type QuestionLog } from './types.js';

export const QUESTION_MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface SqliteQuestionLogOptions {
  path: string;
  retentionDays: number;
  now?: () => Date;
}

/** The question log on better-sqlite3: its own writable file, WAL mode, purged past the retention period. */
export function openSqliteQuestionLog(opts: SqliteQuestionLogOptions): QuestionLog {
  const db = new Database(opts.path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  migrate(db, QUESTION_MIGRATIONS_DIR);
  const now = opts.now ?? (() => new Date());
  let lastPurge = 0;

  const run = (s: sql.Statement) => db.prepare(s.sql).run(...s.params);
  const get = <T>(s: sql.Statement) => db.prepare(s.sql).get(...s.params) as T | undefined;
  const all = <T>(s: sql.Statement) => db.prepare(s.sql).all(...s.params) as T[];

  const purge = (): number => {
    const at = now();
    lastPurge = at.getTime();
    const cutoff = new Date(at.getTime() - opts.retentionDays * sql.DAY_MS).toISOString();
    return db.transaction(() => sql.purgeStatements(cutoff).reduce((n, s) => n + run(s).changes, 0))();
  };

  purge();
  return {
    async record(q) {
      if (now().getTime() - lastPurge > sql.PURGE_EVERY_MS) purge();
      const askedAt = now().toISOString();
      const id = db.transaction(() => {
        const { id } = get<{ id: number }>(sql.insertQuestion(q, askedAt))!;
        if (QUEUED_STATUSES.has(q.status)) for (const s of sql.queueUnanswered(q.conversationId, q.status, askedAt)) run(s);
        return id;
      })();
      return { ...q, id, askedAt };
    },
    async hasConversation(conversationId) {
      return get(sql.hasConversation(conversationId)) !== undefined;
    },
    async handOver(conversationId, callback) {
      return db.transaction(() => {
        for (const s of sql.handOverStatements(conversationId, callback, now().toISOString())) run(s);
        return rowToItem(get<FollowUpRow>(sql.openItem(conversationId))!);
      })();
    },
    async queue(filter = {}) {
      const [count, page] = sql.queuePage(filter);
      return { items: all<FollowUpRow>(page).map(rowToItem), total: get<{ n: number }>(count)!.n };
    },
    async item(id) {
      const row = get<FollowUpRow>(sql.itemById(id));
      if (!row) return undefined;
      return { item: rowToItem(row), conversation: all<QuestionRow>(sql.conversationQuestions(row.conversation_id)).map(rowToQuestion) };
    },
    async resolve(id, note) {
      run(sql.resolveItem(id, note, now().toISOString()));
      const row = get<FollowUpRow>(sql.itemById(id));
      return row ? rowToItem(row) : undefined;
    },
    async questions(filter = {}) {
      const [count, page] = sql.logPage(filter);
      return { questions: all<QuestionRow>(page).map(rowToQuestion), total: get<{ n: number }>(count)!.n };
    },
    async purge() {
      return purge();
    },
    async close() {
      db.close();
    },
  };
}
