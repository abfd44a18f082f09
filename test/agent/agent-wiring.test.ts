import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OpenAIEmbeddings } from '@langchain/openai';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { buildNodeDeps } from '../../src/entry/node-deps.js';
import { scriptedEmbedding, startScriptedOpenAI, type ScriptedServer } from '../support/scripted-openai-server.js';
import { AGENT_QUESTIONS } from './harness.js';

let server: ScriptedServer;
const dbPath = join(mkdtempSync(join(tmpdir(), 'budget-qa-wiring-')), 'budget.db');
const sources = join(process.cwd(), 'data', 'sources');
beforeAll(async () => {
  server = await startScriptedOpenAI();
});
afterAll(async () => {
  vi.restoreAllMocks();
  await server.close();
});

describe('buildNodeDeps builds the agent only when a model is configured', () => {
  it('nothing configured: rules only, and no network call at all', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const deps = await buildNodeDeps(loadConfig({ DB_PATH: dbPath, SOURCES_DIR: sources }));
    const r = await deps.answers.ask({ question: AGENT_QUESTIONS.reception, conversationId: 'w1' });
    expect(r.engine).toBe('rules');
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
    await deps.store.close();
  });

  it('LLM_BASE_URL without LLM_MODEL: still rules only', async () => {
    const deps = await buildNodeDeps(loadConfig({ DB_PATH: dbPath, SOURCES_DIR: sources, LLM_BASE_URL: server.baseURL }));
    server.setScript(() => ({ content: '不应被调用' }));
    expect((await deps.answers.ask({ question: AGENT_QUESTIONS.reception, conversationId: 'w2' })).engine).toBe('rules');
    expect(server.chatRequests()).toHaveLength(0);
    await deps.store.close();
  });

  it('LLM_BASE_URL + LLM_MODEL + LLM_API_KEY: the agent answers through the configured endpoint', async () => {
    const config = loadConfig({ DB_PATH: dbPath, SOURCES_DIR: sources, LLM_BASE_URL: server.baseURL, LLM_MODEL: 'qwen-test', LLM_API_KEY: 'sk-wiring' });
    const deps = await buildNodeDeps(config);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    server.setScript([{ toolCalls: [{ name: 'lookup_facts', args: { item: 'sangong.reception' } }] }, { content: '2026年公务接待费预算为27.55万元。' }]);
    const r = await deps.answers.ask({ question: AGENT_QUESTIONS.reception, conversationId: 'w3' });
    expect(r).toMatchObject({ engine: 'llm', verified: true, answer: '2026年公务接待费预算为27.55万元。' });
    expect(server.chatRequests()[0]).toMatchObject({ model: 'qwen-test', temperature: 0 });
    expect(server.requests[0]!.headers.authorization).toBe('Bearer sk-wiring');
    // The same spy that saw no call above sees the model's calls here.
    expect(fetchSpy).toHaveBeenCalledTimes(2);
    fetchSpy.mockRestore();
    await deps.store.close();
  });
});

describe('the scripted server speaks OpenAI embeddings too', () => {
  it('answers OpenAIEmbeddings (base64 Float32 by default) with the scripted vectors', async () => {
    server.setScript([]);
    const embeddings = new OpenAIEmbeddings({ model: 'scripted-embed', apiKey: 'x', configuration: { baseURL: server.baseURL }, maxRetries: 0 });
    const [a, b] = await embeddings.embedDocuments(['“三公”经费', '公务接待费']);
    expect(a).toHaveLength(8);
    a!.forEach((x, i) => expect(x).toBeCloseTo(scriptedEmbedding('“三公”经费')[i]!, 6));
    b!.forEach((x, i) => expect(x).toBeCloseTo(scriptedEmbedding('公务接待费')[i]!, 6));
    const req = server.requests.find((r) => r.path === '/v1/embeddings')!.body as Record<string, unknown>;
    expect(req).toMatchObject({ model: 'scripted-embed', encoding_format: 'base64', input: ['“三公”经费', '公务接待费'] });
  });
});
