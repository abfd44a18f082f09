/** What a commit made of one item: its value, or why it could not be written. */
export type Committed<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface GroupCommitOptions<T, R> {
  /** Write a batch in one transaction (synchronous); one result per item, in order. */
  commit: (batch: T[]) => Array<Committed<R>>;
  /** Make everything committed so far durable (e.g. fsync the write-ahead log); never called while a sync runs. */
  sync: (done: (err?: unknown) => void) => void;
  /** When a batch is written if no sync is running: default, once the current turn of the event loop is over. */
  schedule?: (run: () => void) => void;
}

interface Waiting<T, R> {
  item: T;
  resolve: (r: R) => void;
  reject: (e: unknown) => void;
}

/**
 * Group commit. Items are committed in batches, each batch followed by a sync that makes it durable; a submitter's
 * promise settles only after both, so what is acknowledged is on disk. While a sync runs, new items wait, and are
 * committed together at the end of the event-loop turn in which it ends — the busier the server, the bigger the
 * batch, at no cost in latency (an item arriving during a sync could not be acknowledged before the next sync anyway).
 */
export function groupCommit<T, R>(opts: GroupCommitOptions<T, R>) {
  const schedule = opts.schedule ?? ((run: () => void) => void setImmediate(run));
  let pending: Array<Waiting<T, R>> = [];
  let scheduled = false;
  let syncing: Promise<void> | undefined;

  const commitAndSync = () => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    const results = opts.commit(batch.map((w) => w.item));
    const committed: Array<() => void> = [];
    const failed: Array<(e: unknown) => void> = [];
    batch.forEach((w, i) => {
      const r = results[i]!;
      if (!r.ok) return w.reject(r.error);
      committed.push(() => w.resolve(r.value));
      failed.push(w.reject);
    });
    let finished!: () => void;
    const current = new Promise<void>((resolve) => (finished = resolve));
    syncing = current;
    opts.sync((err) => {
      if (syncing === current) syncing = undefined;
      if (err == null) for (const settle of committed) settle();
      else for (const reject of failed) reject(err);
      finished();
      // What arrived during the sync is committed once this turn of the event loop is over, with whatever else the
      // turn adds (answers being composed now): one transaction for all of them.
      if (pending.length && !scheduled) {
        scheduled = true;
        schedule(flush);
      }
    });
  };

  const flush = () => {
    scheduled = false;
    if (!syncing) commitAndSync();
  };

  return {
    submit(item: T): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        pending.push({ item, resolve, reject });
        if (!scheduled && !syncing) {
          scheduled = true;
          schedule(flush);
        }
      });
    },
    /** Commit what waits and return once every sync is done (before closing the database). */
    async drain(): Promise<void> {
      for (;;) {
        if (syncing) await syncing;
        else if (pending.length) commitAndSync();
        else return;
      }
    },
  };
}
