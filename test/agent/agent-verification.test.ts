import { beforeEach, describe, expect, it } from 'vitest';
import { AGENT_QUESTIONS, CANARY, useAgentHarness, type Harness } from './harness.js';

const harness = useAgentHarness();
let h: Harness;
beforeEach(() => {
  h = harness();
});

const lookupReception = { toolCalls: [{ name: 'lookup_facts', args: { label: '公务接待费' } }] };
const lastUserMessage = (i: number) => {
  const msgs = h.server.chatRequests()[i]!.messages;
  return String(msgs.filter((m) => m.role === 'user').at(-1)!.content);
};

describe('a model that states a number no tool returned', () => {
  it('is rejected, retried once with the complaint, then replaced by the rules answer', async () => {
    h.server.setScript([
      lookupReception,
      { content: '2026年公务接待费预算为27.55万元，其中外宾接待约12万元，应该够用。' },
      { content: '公务接待费27.55万元，外宾接待大约占12万元。' },
    ]);
    const { status, body } = await h.ask(AGENT_QUESTIONS.reception);
    expect(status).toBe(200);
    expect(body.engine).toBe('rules');
    expect(body.verified).toBe(true);
    expect(body.answer).toBe(await h.rulesAnswer(AGENT_QUESTIONS.reception));
    expect(body.answer).not.toContain('12万元');
    // The retry told the model exactly which number was rejected, in the same conversation.
    const requests = h.server.chatRequests();
    expect(requests).toHaveLength(3);
    expect(lastUserMessage(2)).toContain('数字 12 不是本次任何工具返回的结果');
    expect(requests[2]!.messages.some((m) => m.role === 'assistant' && String(m.content).includes('外宾接待约12万元'))).toBe(true);
    expect(body.trace.join('\n')).toMatch(/agent answer rejected after 2 attempt\(s\)/);
    expect(h.events.at(-1)).toMatchObject({ event: 'agent_rejected', attempts: 2, problems: ['数字 12 不是本次任何工具返回的结果'] });
  });

  it('is accepted when the retry keeps to the tool results', async () => {
    h.server.setScript([
      lookupReception,
      { content: '公务接待费27.55万元，外宾接待12万元。' },
      { content: '2026年公务接待费预算为27.55万元，比2025年减少1.3万元，原因是「厉行节约，严格压减“三公”经费支出」。文件没有单列外宾接待的金额。' },
    ]);
    const { body } = await h.ask(AGENT_QUESTIONS.reception);
    expect(body).toMatchObject({ engine: 'llm', verified: true, status: 'answered' });
    expect(body.answer).toContain('27.55万元');
    expect(body.answer).not.toContain('12万元');
    expect(body.numbers.map((n: any) => n.value)).toEqual(expect.arrayContaining(['27.55', '1.3']));
  });

  it('rejects a 「quotation」 that is not verbatim source text, and a number laundered through the calculator', async () => {
    h.server.setScript([
      lookupReception,
      (body) => {
        const id = JSON.parse(String(body.messages.at(-1)!.content)).facts[0].id;
        return { toolCalls: [{ name: 'calculate', args: { expression: '{r} - {r} + 12', operands: [{ name: 'r', factId: id }] } }] };
      },
      { content: '文件写明「外宾接待经费12万元」。' },
      { content: '文件写明「外宾接待经费12万元」。' },
    ]);
    const { body } = await h.ask(AGENT_QUESTIONS.reception);
    expect(body.engine).toBe('rules');
    const calcResult = JSON.parse(String(h.server.chatRequests()[2]!.messages.at(-1)!.content));
    expect(calcResult.error).toMatch(/不能直接写数字 12/);
    expect(lastUserMessage(3)).toContain('引号中的文字不是工具返回的原文');
  });
});
