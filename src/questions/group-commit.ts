/** What a commit made of one item: its value, or why it could not be written. */
export type Committed<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface GroupCommitOptions<T, R> {
  /** Write a batch in one transaction (synchronous); one result per item, in order. */
  commit: (batch: T[]) => Array<Committed<R>>;
  /** Make everything committed so far durable (e.g. fsync the write-ahead log); called with one callback at a time. */
  sync: (done: (err?: unknown) => void) => void;
  /** When a batch is written: default, once the current turn of the event loop is over (setImmediate). */
  schedule?: (run: () => void) => void;
}

/**
 * Group commit. The items submitted during one turn of the event loop are committed together, and each commit is
 * made durable by a sync — one sync covering every commit made while the previous one ran. A submitter's promise
 * settles only after its item's commit and a sync that began after it: what is acknowledged is on disk.
 */
export function groupCommit<T, R>(opts: GroupCommitOptions<T, R>) {
  const schedule = opts.schedule ?? ((run: () => void) => void setImmediate(run));
  let pending: Array<{ item: T; resolve: (r: R) => void; reject: (e: unknown) => void }> = [];
  let scheduled = false;
  /** Committed, waiting for a sync that starts after their commit. */
  let unsynced: Array<{ resolve: () => void; reject: (e: unknown) => void }> = [];
  let syncing: Promise<void> | undefined;

  const startSync = () => {
    if (syncing || unsynced.length === 0) return;
    const waiting = unsynced;
    unsynced = [];
    let finished!: () => void;
    const current = new Promise<void>((resolve) => (finished = resolve));
    syncing = current;
    opts.sync((err) => {
      if (syncing === current) syncing = undefined;
      for (const w of waiting) (err == null ? w.resolve() : w.reject(err));
      finished();
      startSync();
    });
  };

  const flush = () => {
    scheduled = false;
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    const results = opts.commit(batch.map((p) => p.item));
    batch.forEach((p, i) => {
      const r = results[i]!;
      if (r.ok) unsynced.push({ resolve: () => p.resolve(r.value), reject: p.reject });
      else p.reject(r.error);
    });
    startSync();
  };

  return {
    submit(item: T): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        pending.push({ item, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          schedule(flush);
        }
      });
    },
    /** Commit what is waiting now, and wait for every sync to finish (before closing the database). */
    async drain(): Promise<void> {
      flush();
      while (syncing) await syncing;
    },
  };
}
