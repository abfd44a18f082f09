import Database from 'better-sqlite3';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from '../store/sqlite/migrate.js';
import { logWhere, queueWhere } from './filters.js';
import { FOLLOW_UP_SELECT, rowToItem, rowToQuestion, type FollowUpRow, type QuestionRow } from './rows.js';
import { QUEUED_STATUSES, type Callback, type QuestionLog, type QuestionRecord } from './types.js';

export const QUESTION_MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
const DAY_MS = 86_400_000;
const PURGE_EVERY_MS = 3_600_000;

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

  const purge = (): number => {
    const at = now();
    lastPurge = at.getTime();
    const cutoff = new Date(at.getTime() - opts.retentionDays * DAY_MS).toISOString();
    return db.transaction(() => {
      const q = db.prepare('DELETE FROM questions WHERE asked_at < ?').run(cutoff).changes;
      const f = db.prepare('DELETE FROM follow_ups WHERE updated_at < ?').run(cutoff).changes;
      return q + f;
    })();
  };
  const itemById = (id: number) => db.prepare(`${FOLLOW_UP_SELECT} WHERE f.id = ?`).get(id) as FollowUpRow | undefined;
  const openItemId = (conversationId: string) =>
    db.prepare("SELECT id FROM follow_ups WHERE conversation_id = ? AND state = 'open'").pluck().get(conversationId) as number | undefined;

  const record = db.transaction((q: QuestionRecord, at: string) => {
    const { lastInsertRowid } = db
      .prepare('INSERT INTO questions (conversation_id, asked_at, question, status, engine, elapsed_ms, answer) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(q.conversationId, at, q.question, q.status, q.engine, q.elapsedMs, q.answer);
    if (QUEUED_STATUSES.has(q.status)) {
      const open = openItemId(q.conversationId);
      if (open === undefined) {
        db.prepare('INSERT INTO follow_ups (conversation_id, reason, opened_at, updated_at) VALUES (?, ?, ?, ?)').run(q.conversationId, q.status, at, at);
      } else db.prepare('UPDATE follow_ups SET reason = ?, updated_at = ? WHERE id = ?').run(q.status, at, open);
    }
    return Number(lastInsertRowid);
  });

  const handOver = db.transaction((conversationId: string, cb: Callback, at: string) => {
    const open = openItemId(conversationId);
    if (open === undefined) {
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO follow_ups (conversation_id, reason, handed_over, opened_at, updated_at, callback_phone, callback_email, callback_message)
           VALUES (?, 'handed_over', 1, ?, ?, ?, ?, ?)`,
        )
        .run(conversationId, at, at, cb.phone ?? null, cb.email ?? null, cb.message ?? null);
      return Number(lastInsertRowid);
    }
    db.prepare(
      `UPDATE follow_ups SET handed_over = 1, updated_at = ?, callback_phone = coalesce(?, callback_phone),
       callback_email = coalesce(?, callback_email), callback_message = coalesce(?, callback_message) WHERE id = ?`,
    ).run(at, cb.phone ?? null, cb.email ?? null, cb.message ?? null, open);
    return open;
  });

  purge();
  return {
    async record(q) {
      if (now().getTime() - lastPurge > PURGE_EVERY_MS) purge();
      const askedAt = now().toISOString();
      return { ...q, id: record(q, askedAt), askedAt };
    },
    async hasConversation(conversationId) {
      return db.prepare('SELECT 1 FROM questions WHERE conversation_id = ? LIMIT 1').get(conversationId) !== undefined;
    },
    async handOver(conversationId, callback) {
      return rowToItem(itemById(handOver(conversationId, callback, now().toISOString()))!);
    },
    async queue(filter = {}) {
      const w = queueWhere(filter);
      const total = db.prepare(`SELECT count(*) FROM follow_ups f ${w.sql}`).pluck().get(...w.params) as number;
      const rows = db
        .prepare(`${FOLLOW_UP_SELECT} ${w.sql} ORDER BY f.updated_at DESC, f.id DESC LIMIT ? OFFSET ?`)
        .all(...w.params, filter.limit ?? 100, filter.offset ?? 0) as FollowUpRow[];
      return { items: rows.map(rowToItem), total };
    },
    async item(id) {
      const row = itemById(id);
      if (!row) return undefined;
      const rows = db.prepare('SELECT * FROM questions WHERE conversation_id = ? ORDER BY id').all(row.conversation_id) as QuestionRow[];
      return { item: rowToItem(row), conversation: rows.map(rowToQuestion) };
    },
    async resolve(id, note) {
      const at = now().toISOString();
      db.prepare(
        "UPDATE follow_ups SET state = 'resolved', resolved_at = coalesce(resolved_at, ?), updated_at = ?, resolution_note = ? WHERE id = ?",
      ).run(at, at, note, id);
      const row = itemById(id);
      return row ? rowToItem(row) : undefined;
    },
    async questions(filter = {}) {
      const w = logWhere(filter);
      const total = db.prepare(`SELECT count(*) FROM questions q ${w.sql}`).pluck().get(...w.params) as number;
      const rows = db
        .prepare(`SELECT q.* FROM questions q ${w.sql} ORDER BY q.id DESC LIMIT ? OFFSET ?`)
        .all(...w.params, filter.limit ?? 100, filter.offset ?? 0) as QuestionRow[];
      return { questions: rows.map(rowToQuestion), total };
    },
    async purge() {
      return purge();
    },
    async close() {
      db.close();
    },
  };
}
