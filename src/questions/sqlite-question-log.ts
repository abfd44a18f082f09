import Database from 'better-sqlite3';
import { closeSync, fsync, openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from '../store/sqlite/migrate.js';
import { groupCommit, type Committed } from './group-commit.js';
import { rowToItem, rowToQuestion, type FollowUpRow, type QuestionRow } from './rows.js';
import * as sql from './sql.js';
import { QUEUED_STATUSES, type LoggedQuestion, type QuestionLog, type QuestionRecord } from './types.js';

const CHECKPOINT_PAGES = 16_000;
const CHECKPOINT_PAUSE_MS = 200;

export const QUESTION_MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface SqliteQuestionLogOptions {
  path: string;
  retentionDays: number;
  now?: () => Date;
}

interface PendingRecord {
  q: QuestionRecord;
  askedAt: string;
}

/**
 * The question log on better-sqlite3: its own writable file, WAL mode, purged past the retention period. Statements
 * are prepared once.
 *
 * Questions are group-committed (group-commit.ts): written in batches of one transaction each, every batch followed
 * by a sync of the write-ahead log to disk — what `synchronous = FULL` does after each commit, here off the main
 * thread (fs.fsync on the libuv pool), and the questions that arrive during a sync make up the next batch. A
 * question's promise resolves after both, so an answer goes out only once its row is on disk: neither a crash of the
 * server nor of the machine loses a question that was answered. Hand-overs and resolutions are synced the same way.
 * Checkpoints run in pauses of the writes (see below), not every thousand pages inside a commit.
 */
export function openSqliteQuestionLog(opts: SqliteQuestionLogOptions): QuestionLog {
  const db = new Database(opts.path);
  const wal = db.pragma('journal_mode = WAL', { simple: true }) === 'wal';
  // With a WAL the commit itself does not sync (NORMAL) and the log file is synced below; without one, every commit syncs.
  db.pragma(`synchronous = ${wal ? 'NORMAL' : 'FULL'}`);
  db.pragma('busy_timeout = 5000');
  migrate(db, QUESTION_MIGRATIONS_DIR);
  // Checkpoints (the log copied into the database file, with two syncs): in a pause of the writes (none for 200 ms), a
  // PASSIVE one between requests; a server that never pauses checkpoints inside a commit every 16,000 pages (~64 MB of
  // log) instead of every 1,000 — the syncs, most of a checkpoint's cost, paid 16 times less often.
  if (wal) db.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
  let pause: NodeJS.Timeout | undefined;
  const checkpointInPause = () => {
    if (!wal) return;
    clearTimeout(pause);
    pause = setTimeout(() => db.pragma('wal_checkpoint(PASSIVE)'), CHECKPOINT_PAUSE_MS);
    pause.unref();
  };
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

  const insert = ({ q, askedAt }: PendingRecord): LoggedQuestion => {
    const { id } = get<{ id: number }>(sql.insertQuestion(q, askedAt))!;
    if (QUEUED_STATUSES.has(q.status)) for (const s of sql.queueUnanswered(q.conversationId, q.status, askedAt)) run(s);
    return { ...q, id, askedAt };
  };
  const insertAll = db.transaction((batch: PendingRecord[]) => batch.map(insert));
  const insertOne = db.transaction(insert);
  const commit = (batch: PendingRecord[]): Array<Committed<LoggedQuestion>> => {
    checkpointInPause();
    try {
      return insertAll(batch).map((value) => ({ ok: true, value }));
    } catch {
      // One bad row rolls the batch back: write each on its own, so only that one fails.
      return batch.map((p) => {
        try {
          return { ok: true, value: insertOne(p) };
        } catch (error) {
          return { ok: false, error };
        }
      });
    }
  };
  let walFd: number | undefined;
  const sync = (done: (err?: unknown) => void) => {
    if (!wal) return done();
    try {
      walFd ??= openSync(`${opts.path}-wal`, 'r+');
    } catch (err) {
      return done(err);
    }
    fsync(walFd, done);
  };
  const writes = groupCommit({ commit, sync });
  /** The rare writes outside the question stream (hand-over, resolve) are synced on their own before they answer. */
  const synced = <V>(value: V) => new Promise<V>((resolve, reject) => sync((err) => (err == null ? resolve(value) : reject(err))));

  purge();
  return {
    async record(q) {
      if (now().getTime() - lastPurge > sql.PURGE_EVERY_MS) purge();
      return writes.submit({ q, askedAt: now().toISOString() });
    },
    async hasConversation(conversationId) {
      return get(sql.hasConversation(conversationId)) !== undefined;
    },
    async handOver(conversationId, callback) {
      const item = db.transaction(() => {
        for (const s of sql.handOverStatements(conversationId, callback, now().toISOString())) run(s);
        return rowToItem(get<FollowUpRow>(sql.openItem(conversationId))!);
      })();
      return synced(item);
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
      return synced(row ? rowToItem(row) : undefined);
    },
    async questions(filter = {}) {
      const [count, page] = sql.logPage(filter);
      return { questions: all<QuestionRow>(page).map(rowToQuestion), total: get<{ n: number }>(count)!.n };
    },
    async purge() {
      return purge();
    },
    async close() {
      await writes.drain();
      clearTimeout(pause);
      if (walFd !== undefined) closeSync(walFd);
      db.close();
    },
  };
}
