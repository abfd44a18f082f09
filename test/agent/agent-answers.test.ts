import { beforeEach, describe, expect, it } from 'vitest';
import { agentRoute } from '../../src/service/agent-route.js';
import { toolResults, type ChatRequestBody } from '../support/scripted-openai-server.js';
import { AGENT_QUESTIONS, CANARY, useAgentHarness, type Harness } from './harness.js';

const harness = useAgentHarness();
let h: Harness;
beforeEach(() => {
  h = harness();
});

const factsIn = (body: ChatRequestBody) => toolResults(body).flatMap((r) => r.content?.facts ?? []);

describe('a normal tool-using answer', () => {
  it('routes a question the rules engine cannot understand to the agent', async () => {
    for (const q of Object.values(AGENT_QUESTIONS)) {
      const r = await h.rules.ask({ question: q, conversationId: 'route' });
      expect(agentRoute(r), q).toMatchObject({ useAgent: true });
    }
  });

  it('looks facts up, computes with the calculator, and returns the verified text with engine "llm"', async () => {
    h.server.setScript([
      { toolCalls: [{ name: 'lookup_facts', args: { item: 'sangong.vehicle_purchase' } }, { name: 'lookup_facts', args: { label: '公务用车运行维护费' } }] },
      (body) => {
        const [buy, run] = factsIn(body);
        return { toolCalls: [{ name: 'calculate', args: { expression: '{buy} + {run}', operands: [{ name: 'buy', factId: buy.id }, { name: 'run', factId: run.id }] } }] };
      },
      (body) => {
        const calc = toolResults(body).at(-1)!.content;
        return { content: `2026年公务用车购置费252万元，公务用车运行维护费87.8万元，二者合计${calc.value}万元（${calc.derivation}）。` };
      },
    ]);
    const { status, body } = await h.ask(AGENT_QUESTIONS.vehicles);
    expect(status).toBe(200);
    expect(body).toMatchObject({ engine: 'llm', verified: true, status: 'answered' });
    expect(body.answer).toBe('2026年公务用车购置费252万元，公务用车运行维护费87.8万元，二者合计339.8万元（252 + 87.8 = 339.8）。');
    expect(body.numbers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: '252', kind: 'fact', factId: expect.stringMatching(/:sangong\.vehicle_purchase$/) }),
        expect.objectContaining({ value: '87.8', kind: 'fact', factId: expect.stringMatching(/:sangong\.vehicle_operation$/) }),
        expect.objectContaining({ value: '339.8', kind: 'derived', derivation: '252 + 87.8 = 339.8' }),
      ]),
    );
    // Both facts stand in one sentence of the source: one citation, quoted exactly.
    expect(body.citations).toHaveLength(1);
    expect(body.citations[0].quote).toContain('公务用车运行维护费87.8万元');
    expect(body.citations[0].quote).toContain('公务用车购置费252万元');
    expect(body.trace).toEqual(expect.arrayContaining(['tool lookup_facts', 'tool calculate', 'verify ok (attempt 1)']));

    const requests = h.server.chatRequests();
    expect(requests).toHaveLength(3);
    // What the model was told came from the store, over real HTTP.
    expect(factsIn(requests[1]!).map((f: any) => [f.key, f.value])).toEqual([
      ['sangong.vehicle_purchase', '252'],
      ['sangong.vehicle_operation', '87.8'],
    ]);
    expect(h.server.requests[0]!.headers.authorization).toBe('Bearer test-key');
    expect(h.events.filter((e) => e.event === 'agent_answered')).toHaveLength(1);
  });

  it('quotes a passage found by search_passages verbatim and cites it', async () => {
    h.server.setScript([
      { toolCalls: [{ name: 'search_passages', args: { query: '大客流智慧导控' } }] },
      (body) => {
        const hit = toolResults(body)[0]!.content.passages.find((p: any) => p.text?.includes('大客流'));
        // A quotation is a whole clause of the cited text (between punctuation marks), not a fragment of one.
        const quote = hit.text.match(/新增AI\+重点区域大客流智慧导控综合场景专项[^，。；]*/)?.[0] ?? '';
        return { content: `文件提到，收入增加的原因之一是「${quote}」。` };
      },
    ]);
    const { body } = await h.ask(AGENT_QUESTIONS.projects);
    expect(body).toMatchObject({ engine: 'llm', verified: true, status: 'answered' });
    expect(body.answer).toContain('「新增AI+重点区域大客流智慧导控综合场景专项等经费拨款增加399.77万元」');
    expect(body.citations.some((c: any) => c.quote.includes('新增AI+重点区域大客流智慧导控综合场景专项'))).toBe(true);
  });
});

describe('what LangChain sent', () => {
  it('sends the four tools with their zod schemas as JSON Schema under tools[].function.parameters', async () => {
    h.server.setScript([{ content: '请问您想了解哪一项预算？' }]);
    await h.ask(AGENT_QUESTIONS.reception);
    const req = h.server.chatRequests()[0]!;
    expect(req.model).toBe('scripted-model');
    expect(req.stream).toBeFalsy();
    const tools = Object.fromEntries((req.tools ?? []).map((t) => [t.function.name, t.function.parameters]));
    expect(Object.keys(tools).sort()).toEqual(['calculate', 'get_definition', 'lookup_facts', 'search_passages']);
    for (const t of req.tools!) {
      expect(t.type).toBe('function');
      expect(t.function.description!.length).toBeGreaterThan(10);
    }
    expect(tools.lookup_facts).toMatchObject({
      type: 'object',
      additionalProperties: false,
      properties: {
        item: { type: 'string', maxLength: 80 },
        label: { type: 'string', maxLength: 40 },
        subUnit: { type: 'string', maxLength: 40 },
        year: { type: 'integer', minimum: 2000, maximum: 2100 },
        limit: { type: 'integer', minimum: 1, maximum: 30 },
      },
    });
    expect(tools.lookup_facts!.required ?? []).toEqual([]);
    expect(tools.calculate).toMatchObject({
      type: 'object',
      required: ['expression', 'operands'],
      properties: {
        expression: { type: 'string', minLength: 1, maxLength: 300 },
        operands: {
          type: 'array', minItems: 1, maxItems: 12,
          items: {
            type: 'object',
            required: ['name', 'factId'],
            properties: { name: { type: 'string', pattern: '^[a-z][a-z0-9_]{0,20}$' }, factId: { type: 'string' }, field: { enum: ['value', 'change'] } },
          },
        },
      },
    });
    expect(tools.search_passages).toMatchObject({ type: 'object', required: ['query'], properties: { query: { type: 'string', maxLength: 100 }, limit: { type: 'integer', maximum: 5 } } });
    expect(tools.get_definition).toMatchObject({ type: 'object', required: ['term'], properties: { term: { type: 'string', maxLength: 40 } } });
    // The system prompt goes out as a plain string (SystemMessage), filled in for the document.
    const [system, user] = req.messages;
    expect(system).toMatchObject({ role: 'system' });
    expect(typeof system!.content).toBe('string');
    expect(system!.content).toContain('重庆市渝中区人民政府办公室');
    expect(system!.content).toContain('023-63259683');
    expect(system!.content).not.toMatch(/\{\{\w+\}\}/);
    expect(user).toMatchObject({ role: 'user' });
    expect(user!.content).toContain(AGENT_QUESTIONS.reception);
  });
});
