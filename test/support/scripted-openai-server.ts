import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An OpenAI-compatible server on 127.0.0.1 that answers from a per-test script, over real HTTP.
 * POST /v1/chat/completions → non-streaming chat.completion JSON (content and/or tool_calls), or an error status,
 * or a delay (for timeouts). POST /v1/embeddings → deterministic vectors (base64 Float32 or float arrays, as asked).
 * Every request body is recorded.
 */

export interface ToolCallSpec {
  name: string;
  /** An object (sent as its JSON) or a raw arguments string (to send malformed JSON). */
  args: Record<string, unknown> | string;
  id?: string;
}

export type ChatStep =
  | { content?: string; toolCalls?: ToolCallSpec[] }
  | { status: number; error?: string }
  | { delayMs: number; then?: ChatStep };

/** The tool results (parsed JSON) a request carries, in order: what the model was told. */
export function toolResults(body: ChatRequestBody): Array<{ id: string; content: any }> {
  return body.messages
    .filter((m) => m.role === 'tool')
    .map((m) => ({ id: m.tool_call_id ?? '', content: safeJson(typeof m.content === 'string' ? m.content : JSON.stringify(m.content)) }));
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}

export interface ChatRequestBody {
  model: string;
  messages: Array<{ role: string; content: unknown; tool_calls?: Array<{ id: string; function: { name: string; arguments: string } }>; tool_call_id?: string }>;
  tools?: Array<{ type: string; function: { name: string; description?: string; parameters: Record<string, unknown> } }>;
  stream?: boolean;
  [key: string]: unknown;
}

/** A step, or a function of the request (to answer from the tool results the model was sent). */
export type ScriptedReply = ChatStep | ((body: ChatRequestBody, index: number) => ChatStep);

/** A list of replies (consumed in order; past the end: 500 "script exhausted") or one function for every request. */
export type ChatScript = ScriptedReply[] | ((body: ChatRequestBody, index: number) => ChatStep);

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface ScriptedServer {
  /** Base URL including /v1, as LLM_BASE_URL expects it. */
  baseURL: string;
  requests: RecordedRequest[];
  chatRequests(): ChatRequestBody[];
  /** Replace the script and forget the requests recorded so far. */
  setScript(script: ChatScript): void;
  close(): Promise<void>;
}

export const EMBEDDING_DIMENSIONS = 8;

/** The vector the server returns for a text: a fixed function of its characters (for asserting the round trip). */
export function scriptedEmbedding(text: string): number[] {
  const v = new Array<number>(EMBEDDING_DIMENSIONS).fill(0);
  [...text].forEach((ch, i) => {
    v[(ch.codePointAt(0)! + i) % EMBEDDING_DIMENSIONS]! += 1;
  });
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => Math.fround(x / norm));
}

export async function startScriptedOpenAI(script: ChatScript = []): Promise<ScriptedServer> {
  let current = script;
  let chatIndex = 0;
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    readBody(req)
      .then(async (raw) => {
        let body: unknown;
        try {
          body = JSON.parse(raw);
        } catch {
          return send(res, 400, { error: { message: 'invalid JSON', type: 'invalid_request_error' } });
        }
        requests.push({ path: req.url ?? '', headers: req.headers, body });
        if (req.method === 'POST' && req.url === '/v1/chat/completions') {
          const chat = body as ChatRequestBody;
          if (chat.stream) return send(res, 400, { error: { message: 'this scripted server only answers stream:false', type: 'invalid_request_error' } });
          const index = chatIndex++;
          const reply = typeof current === 'function' ? current : current[index];
          const step = typeof reply === 'function' ? reply(chat, index) : reply;
          return answerChat(res, chat, step ?? { status: 500, error: `script exhausted at request ${index}` }, index);
        }
        if (req.method === 'POST' && req.url === '/v1/embeddings') return answerEmbeddings(res, body as EmbeddingsBody);
        return send(res, 404, { error: { message: `no route ${req.method} ${req.url}`, type: 'invalid_request_error' } });
      })
      .catch((err: unknown) => send(res, 500, { error: { message: String(err), type: 'server_error' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    chatRequests: () => requests.filter((r) => r.path === '/v1/chat/completions').map((r) => r.body as ChatRequestBody),
    setScript: (s) => {
      current = s;
      chatIndex = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function answerChat(res: ServerResponse, body: ChatRequestBody, step: ChatStep, index: number): Promise<void> {
  if ('delayMs' in step) {
    await new Promise((r) => setTimeout(r, step.delayMs));
    if (res.destroyed) return;
    return answerChat(res, body, step.then ?? { content: '（迟到的回答）' }, index);
  }
  if ('status' in step) return send(res, step.status, { error: { message: step.error ?? `scripted ${step.status}`, type: 'server_error' } });
  const toolCalls = (step.toolCalls ?? []).map((t, i) => ({
    id: t.id ?? `call_${index}_${i}`,
    type: 'function',
    function: { name: t.name, arguments: typeof t.args === 'string' ? t.args : JSON.stringify(t.args) },
  }));
  send(res, 200, {
    id: `chatcmpl-scripted-${index}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: step.content ?? (toolCalls.length ? null : ''), ...(toolCalls.length ? { tool_calls: toolCalls } : {}) },
        finish_reason: toolCalls.length ? 'tool_calls' : 'stop',
      },
    ],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
  });
}

interface EmbeddingsBody {
  model: string;
  input: string | string[];
  encoding_format?: 'float' | 'base64';
}

function answerEmbeddings(res: ServerResponse, body: EmbeddingsBody): void {
  const inputs = Array.isArray(body.input) ? body.input : [body.input];
  const data = inputs.map((text, index) => {
    const v = scriptedEmbedding(String(text));
    const embedding = body.encoding_format === 'base64' ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v;
    return { object: 'embedding', index, embedding };
  });
  send(res, 200, { object: 'list', data, model: body.model, usage: { prompt_tokens: inputs.length, total_tokens: inputs.length } });
}

function send(res: ServerResponse, status: number, json: unknown): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(json));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
