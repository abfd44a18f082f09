import { afterEach, describe, expect, it } from 'vitest';
import type { QuestionLog, QuestionRecord } from '../../src/questions/types.js';

/** Opens a fresh log whose clock reads `now()`; the contract closes it. */
export type OpenLog = (opts: { retentionDays: number; now: () => Date }) => Promise<QuestionLog>;

const q = (conversationId: string, status: QuestionRecord['status'], question = '问题'): QuestionRecord => ({
  conversationId, question, status, engine: 'rules', elapsedMs: 1.5, answer: '答',
});

/** The behaviour of every QuestionLog: better-sqlite3 on Node, D1 on Workers. */
export function questionLogContract(name: string, openLog: OpenLog) {
  describe(`QuestionLog contract: ${name}`, () => {
    const open: QuestionLog[] = [];
    async function logAt(start: string, retentionDays = 30) {
      const clock = { now: new Date(start) };
      const log = await openLog({ retentionDays, now: () => clock.now });
      open.push(log);
      return { log, clock };
    }
    afterEach(async () => {
      for (const l of open.splice(0)) await l.close();
    });

    it('queues unanswered statuses, one open item per conversation', async () => {
      const { log } = await logAt('2026-03-01T00:00:00Z');
      await log.record(q('a', 'answered'));
      await log.record(q('b', 'not_found'));
      await log.record(q('b', 'clarify', '第二个'));
      await log.record(q('c', 'out_of_scope'));
      const { items, total } = await log.queue();
      expect(total).toBe(2);
      const b = items.find((i) => i.conversationId === 'b')!;
      expect(b).toMatchObject({ reason: 'clarify', questionCount: 2, latestQuestion: '第二个', handedOver: false, state: 'open' });
    });

    it('hand-over reuses the open item and keeps earlier callback details', async () => {
      const { log } = await logAt('2026-03-01T00:00:00Z');
      await log.record(q('a', 'not_found'));
      const first = await log.handOver('a', { phone: '13800138000' });
      const second = await log.handOver('a', { email: 'x@example.com' });
      expect(second.id).toBe(first.id);
      expect(second).toMatchObject({ reason: 'not_found', handedOver: true, callback: { phone: '13800138000', email: 'x@example.com' } });
      expect((await log.queue({ reason: 'handed_over' })).total).toBe(1);
    });

    it('resolving closes the item; a later unanswered question opens a new one', async () => {
      const { log } = await logAt('2026-03-01T00:00:00Z');
      await log.record(q('a', 'not_found'));
      const [item] = (await log.queue()).items;
      expect(await log.resolve(item!.id, '已电话答复')).toMatchObject({ state: 'resolved', note: '已电话答复' });
      expect((await log.queue()).total).toBe(0);
      await log.record(q('a', 'not_found'));
      expect((await log.queue()).total).toBe(1);
      expect((await log.queue({ state: 'all' })).total).toBe(2);
      expect(await log.resolve(9999, 'x')).toBeUndefined();
    });

    it('filters by China Standard Time calendar dates', async () => {
      const { log, clock } = await logAt('2026-03-01T15:59:59Z'); // 2026-03-01 23:59:59 CST
      await log.record(q('late', 'not_found'));
      clock.now = new Date('2026-03-01T16:00:00Z'); // 2026-03-02 00:00 CST
      await log.record(q('early', 'not_found'));
      const ids = async (f: { from?: string; to?: string }) => (await log.queue(f)).items.map((i) => i.conversationId).sort();
      expect(await ids({ from: '2026-03-01', to: '2026-03-01' })).toEqual(['late']);
      expect(await ids({ from: '2026-03-02' })).toEqual(['early']);
      expect(await ids({ to: '2026-03-02' })).toEqual(['early', 'late']);
      expect((await log.questions({ from: '2026-03-02', to: '2026-03-02' })).questions.map((x) => x.conversationId)).toEqual(['early']);
    });

    it('text filter matches questions, messages and notes; LIKE wildcards are literal', async () => {
      const { log } = await logAt('2026-03-01T00:00:00Z');
      await log.record(q('a', 'not_found', '培训费100%是多少'));
      await log.record(q('b', 'not_found', '差旅费'));
      await log.handOver('b', { message: '请回电' });
      expect((await log.queue({ text: '100%' })).items.map((i) => i.conversationId)).toEqual(['a']);
      expect((await log.queue({ text: '%' })).items.map((i) => i.conversationId)).toEqual(['a']);
      expect((await log.queue({ text: '回电' })).items.map((i) => i.conversationId)).toEqual(['b']);
      expect((await log.questions({ text: '差旅' })).total).toBe(1);
    });

    it('purges questions and queue items past the retention period', async () => {
      const { log, clock } = await logAt('2026-01-01T00:00:00Z', 30);
      await log.record(q('old', 'not_found'));
      clock.now = new Date('2026-01-20T00:00:00Z');
      await log.record(q('new', 'not_found'));
      clock.now = new Date('2026-02-05T00:00:00Z');
      expect(await log.purge()).toBe(2);
      expect((await log.questions()).questions.map((x) => x.conversationId)).toEqual(['new']);
      expect((await log.queue()).items.map((i) => i.conversationId)).toEqual(['new']);
      expect(await log.hasConversation('old')).toBe(false);
    });
  });
}
