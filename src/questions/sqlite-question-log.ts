import Database from 'better-sqlite3';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from '../store/sqlite/migrate.js';
import { rowToItem, rowToQuestion, type FollowUpRow, type QuestionRow } from './rows.js';
import * as sql from './sql.js';
import { QUEUED_STATUSES, type LoggedQuestion, type QuestionLog, type QuestionRecord } from './types.js';

export const QUESTION_MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface SqliteQuestionLogOptions {
  path: string;
  retentionDays: number;
  now?: () => Date;
}

interface PendingRecord {
  q: QuestionRecord;
  askedAt: string;
  resolve: (logged: LoggedQuestion) => void;
  reject: (err: unknown) => void;
}

/**
 * The question log on better-sqlite3: its own writable file, WAL mode, purged past the retention period.
 *
 * Group commit: the questions recorded during one turn of the event loop are written in one transaction, committed
 * with a sync to disk (synchronous = FULL) before any of their promises resolves — so an answer is only sent once its
 * row is durable, and a crash (of the process or the machine) never loses a question that was answered. Statements
 * are prepared once.
 */
export function openSqliteQuestionLog(opts: SqliteQuestionLogOptions): QuestionLog {
  const db = new Database(opts.path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  migrate(db, QUESTION_MIGRATIONS_DIR);
  const now = opts.now ?? (() => new Date());
  let lastPurge = 0;

  const prepared = new Map<string, Database.Statement>();
  const stmt = (text: string) => {
    let p = prepared.get(text);
    if (!p) prepared.set(text, (p = db.prepare(text)));
    return p;
  };
  const run = (s: sql.Statement) => stmt(s.sql).run(...s.params);
  const get = <T>(s: sql.Statement) => stmt(s.sql).get(...s.params) as T | undefined;
  const all = <T>(s: sql.Statement) => stmt(s.sql).all(...s.params) as T[];

  const purge = (): number => {
    const at = now();
    lastPurge = at.getTime();
    const cutoff = new Date(at.getTime() - opts.retentionDays * sql.DAY_MS).toISOString();
    return db.transaction(() => sql.purgeStatements(cutoff).reduce((n, s) => n + run(s).changes, 0))();
  };

  const insert = ({ q, askedAt }: PendingRecord): number => {
    const { id } = get<{ id: number }>(sql.insertQuestion(q, askedAt))!;
    if (QUEUED_STATUSES.has(q.status)) for (const s of sql.queueUnanswered(q.conversationId, q.status, askedAt)) run(s);
    return id;
  };
  const insertAll = db.transaction((batch: PendingRecord[]) => batch.map(insert));
  const insertOne = db.transaction(insert);

  let pending: PendingRecord[] = [];
  let flushing: NodeJS.Immediate | undefined;
  const flush = () => {
    flushing = undefined;
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    let ids: number[] | undefined;
    try {
      ids = insertAll(batch);
    } catch {
      // One bad row rolls the batch back: write each on its own, so only that one fails.
    }
    batch.forEach((p, i) => {
      try {
        p.resolve({ ...p.q, id: ids ? ids[i]! : insertOne(p), askedAt: p.askedAt });
      } catch (err) {
        p.reject(err);
      }
    });
  };

  purge();
  return {
    async record(q) {
      if (now().getTime() - lastPurge > sql.PURGE_EVERY_MS) purge();
      const askedAt = now().toISOString();
      return new Promise<LoggedQuestion>((resolve, reject) => {
        pending.push({ q, askedAt, resolve, reject });
        flushing ??= setImmediate(flush);
      });
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
      if (flushing) clearImmediate(flushing);
      flush();
      db.close();
    },
  };
}
