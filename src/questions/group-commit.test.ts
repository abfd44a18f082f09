import { describe, expect, it } from 'vitest';
import { groupCommit, type Committed } from './group-commit.js';

/** A group commit whose turns, commits and syncs the test drives by hand. */
function harness(fail: (item: string) => boolean = () => false) {
  const turns: Array<() => void> = [];
  const syncs: Array<(err?: unknown) => void> = [];
  const batches: string[][] = [];
  const g = groupCommit<string, string>({
    commit: (batch) => {
      batches.push(batch);
      return batch.map((item): Committed<string> => (fail(item) ? { ok: false, error: new Error(`bad ${item}`) } : { ok: true, value: `#${item}` }));
    },
    sync: (done) => void syncs.push(done),
    schedule: (run) => void turns.push(run),
  });
  const settled = new Map<string, string>();
  const submit = (item: string) =>
    g.submit(item).then(
      (v) => void settled.set(item, v),
      (e: Error) => void settled.set(item, `rejected: ${e.message}`),
    );
  const tick = () => new Promise((r) => setTimeout(r, 0));
  return { g, turns, syncs, batches, settled, submit, tick };
}

describe('groupCommit', () => {
  it('commits the items of one turn together, and acknowledges them only after a sync that followed the commit', async () => {
    const h = harness();
    h.submit('a');
    h.submit('b');
    expect(h.turns).toHaveLength(1);
    h.turns.shift()!();
    expect(h.batches).toEqual([['a', 'b']]);
    await h.tick();
    expect(h.settled.size).toBe(0); // committed, not yet synced
    h.syncs.shift()!();
    await h.tick();
    expect([...h.settled]).toEqual([['a', '#a'], ['b', '#b']]);
  });

  it('items submitted while a sync runs are committed together at the end of the turn in which it ends, then synced', async () => {
    const h = harness();
    h.submit('a');
    h.turns.shift()!();
    expect(h.syncs).toHaveLength(1);
    h.submit('b');
    h.submit('c');
    expect(h.turns).toHaveLength(0); // nothing to do before the sync ends
    expect(h.batches).toEqual([['a']]);
    h.syncs.shift()!();
    h.submit('d'); // in the same turn as the end of the sync
    await h.tick();
    expect([...h.settled.keys()]).toEqual(['a']);
    expect(h.turns).toHaveLength(1);
    h.turns.shift()!();
    expect(h.batches).toEqual([['a'], ['b', 'c', 'd']]);
    expect(h.syncs).toHaveLength(1);
    h.syncs.shift()!();
    await h.tick();
    expect([...h.settled.keys()]).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a failed commit of one item rejects it alone; a failed sync rejects what it was to make durable', async () => {
    const h = harness((item) => item === 'bad');
    h.submit('ok');
    h.submit('bad');
    h.turns.shift()!();
    await h.tick();
    expect(h.settled.get('bad')).toBe('rejected: bad bad');
    h.syncs.shift()!(new Error('disk full'));
    await h.tick();
    expect(h.settled.get('ok')).toBe('rejected: disk full');
  });

  it('drain commits what waits, also what waited for a sync, and returns once every sync is done', async () => {
    const h = harness();
    h.submit('a');
    h.turns.shift()!();
    h.submit('b');
    const drained = h.g.drain();
    h.syncs.shift()!();
    await h.tick();
    h.syncs.shift()!();
    await drained;
    expect([...h.settled.keys()]).toEqual(['a', 'b']);
  });

  it('a sync that answers at once works too', async () => {
    let synced = 0;
    const g = groupCommit<number, number>({ commit: (b) => b.map((v) => ({ ok: true, value: v })), sync: (done) => (synced++, done()), schedule: () => {} });
    const p = g.submit(7);
    await g.drain();
    expect(await p).toBe(7);
    expect(synced).toBe(1);
    const q = g.submit(8);
    await g.drain();
    expect(await q).toBe(8);
    expect(synced).toBe(2);
  });
});
