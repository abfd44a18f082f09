import { compileErrors, dereference, validate } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/http/web-assets.js';
import { buildHotlineApp, STAFF_TOKEN } from '../support/hotline-app.js';

/**
 * The published contract, checked three ways: the document is a valid OpenAPI 3.1 document (@readme/openapi-parser),
 * every route the app answers is in it, and every example in it, sent to the app, gets the documented status and a
 * body of the documented shape. A request example and a response example of the same name are one scenario.
 */

type Json = Record<string, any>;
interface Scenario {
  path: string;
  method: string;
  name: string;
  status: number;
  media: string;
  schema: Json;
  url: string;
  body?: unknown;
  auth: boolean;
}

let h: Awaited<ReturnType<typeof buildHotlineApp>>;
let doc: Json;
let deref: Json;
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });

beforeAll(async () => {
  h = await buildHotlineApp({ RATE_LIMIT_PER_MINUTE: '1000' });
  const res = await h.app.request('/api/openapi.json');
  expect(res.status).toBe(200);
  doc = (await res.json()) as Json;
  deref = (await dereference(structuredClone(doc) as never)) as Json;
});
afterAll(() => h.deps.questions.close());

const operations = (d: Json) =>
  Object.entries(d.paths as Json).flatMap(([path, methods]) => Object.entries(methods as Json).map(([method, op]) => ({ path, method, op: op as Json })));

/** Fill `{id}` and the query from the parameters' examples of this scenario (a parameter without one is left out). */
function urlFor(path: string, params: Json[] = [], name: string): string {
  let url = path;
  const query = new URLSearchParams();
  for (const p of params) {
    const value = p.examples?.[name]?.value ?? (p.in === 'path' ? (Object.values(p.examples ?? {}) as Json[])[0]?.value : undefined);
    if (value === undefined) continue;
    if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(String(value)));
    else query.set(p.name, String(value));
  }
  return query.size ? `${url}?${query}` : url;
}

/** Every scenario of the document, in its order: request examples first, then responses documented on their own. */
function scenarios(d: Json): Scenario[] {
  return operations(d).flatMap(({ path, method, op }) => {
    const bodyExamples: Json = op.requestBody?.content?.['application/json']?.examples ?? {};
    const names = [...Object.keys(bodyExamples), ...(op.parameters ?? []).flatMap((p: Json) => Object.keys(p.examples ?? {}))];
    const byName = new Map<string, { status: number; media: string; schema: Json }>();
    for (const [status, r] of Object.entries(op.responses as Json)) {
      for (const [media, m] of Object.entries((r as Json).content ?? {})) {
        for (const name of Object.keys((m as Json).examples ?? {})) {
          expect(byName.has(name), `${method} ${path}: example "${name}" is documented under two responses`).toBe(false);
          byName.set(name, { status: Number(status), media, schema: (m as Json).schema });
          names.push(name);
        }
      }
    }
    return [...new Set(names)].map((name) => {
      const response = byName.get(name);
      if (!response) throw new Error(`${method} ${path}: request example "${name}" has no response example of that name`);
      return {
        path, method, name, ...response,
        url: urlFor(path, op.parameters, name),
        ...(name in bodyExamples ? { body: bodyExamples[name].value } : {}),
        auth: Boolean(op.security?.length) && response.status !== 401,
      };
    });
  });
}

function shapeErrors(schema: Json, value: unknown): string {
  const check = ajv.compile(schema);
  return check(value) ? '' : ajv.errorsText(check.errors);
}

/** The SSE stream's events, `event:` and `data:` lines per block. */
function events(text: string) {
  return text
    .split(/\n\n+/)
    .filter((b) => b.trim())
    .map((b) => ({ event: /^event: (.*)$/m.exec(b)?.[1], data: /^data: (.*)$/m.exec(b)?.[1] ?? '' }));
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document (@readme/openapi-parser), without warnings', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('holds every route the app answers (the portal and console files and the reference stylesheet aside)', () => {
    const staticFiles = new Set(['GET /*', 'HEAD /*', 'GET /staff*', 'HEAD /staff*', 'GET /api/docs.css']);
    const served = new Set(
      h.app.routes
        .filter((r) => r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`)
        .filter((r) => !staticFiles.has(r)),
    );
    const documented = new Set(operations(doc).map((o) => `${o.method.toUpperCase()} ${o.path}`));
    expect([...documented].sort()).toEqual([...served].sort());
    expect(documented.size).toBe(17);
  });

  it('describes every public endpoint with examples in Chinese', () => {
    const chinese = /[\u4e00-\u9fff]/;
    const wanted = { ask: ['ask', 'followUp'], askStream: ['ask'], departments: ['byShortName'], facts: ['byLabel'], documents: ['firstPage'], document: ['seed'], handover: ['handOver'], health: ['ok'], charts: ['seed'], compare: ['sangong'] };
    const byId = new Map(operations(doc).map((o) => [o.op.operationId as string, o.op]));
    for (const [id, names] of Object.entries(wanted)) {
      const op = byId.get(id)!;
      expect(op, id).toBeDefined();
      expect(chinese.test(`${op.summary}`), `${id} summary`).toBe(true);
      const examples = JSON.stringify({ body: op.requestBody, params: op.parameters, responses: op.responses });
      for (const name of names) expect(examples, `${id} example ${name}`).toContain(`"${name}"`);
      expect(chinese.test(examples), `${id} examples`).toBe(true);
    }
    const followUp = byId.get('ask')!.requestBody.content['application/json'].examples.followUp.value;
    expect(followUp).toEqual({ question: '那去年呢？', conversationId: 'demo-conversation-1' });
  });

  it('documents the staff endpoints with their bearer auth, and nothing else with it', () => {
    expect(doc.components.securitySchemes.staffToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const { path, op } of operations(doc)) {
      expect(Boolean(op.security), path).toBe(path.startsWith('/api/staff/'));
      if (op.security) {
        expect(op.security).toEqual([{ staffToken: [] }]);
        expect(op.responses['401'], path).toBeDefined();
      }
    }
  });

  it('marks request bodies strict: unknown fields are not allowed', () => {
    for (const { path, op } of operations(deref)) {
      const schema = op.requestBody?.content?.['application/json']?.schema;
      if (schema) expect(schema.additionalProperties, path).toBe(false);
    }
  });

  it('documents no parameter as nullable (a query string cannot hold null)', () => {
    for (const { path, op } of operations(deref)) for (const p of op.parameters ?? []) expect(JSON.stringify(p.schema), `${path} ${p.name}`).not.toContain('"null"');
  });

  it('shows every response example in the shape of its schema, and every 2xx request example in its request schema', () => {
    const problems: string[] = [];
    for (const s of scenarios(deref)) {
      const op = deref.paths[s.path][s.method];
      const example = op.responses[String(s.status)].content[s.media].examples[s.name].value;
      const bad = shapeErrors(s.schema, example);
      if (bad) problems.push(`${s.method} ${s.path} response ${s.name}: ${bad}`);
      const request = op.requestBody?.content?.['application/json'];
      if (s.status < 300 && request && s.body !== undefined) {
        const badRequest = shapeErrors(request.schema, s.body);
        if (badRequest) problems.push(`${s.method} ${s.path} request ${s.name}: ${badRequest}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('every example, sent to the app, gets the documented status and shape', () => {
  it('round-trips all scenarios in document order', async () => {
    const all = scenarios(deref);
    const results: string[] = [];
    const failures: string[] = [];
    for (const s of all) {
      const headers: Record<string, string> = {};
      if (s.body !== undefined) headers['content-type'] = 'application/json';
      if (s.auth) headers.authorization = `Bearer ${STAFF_TOKEN}`;
      const res = await h.app.request(s.url, { method: s.method.toUpperCase(), headers, ...(s.body !== undefined ? { body: JSON.stringify(s.body) } : {}) });
      const label = `${s.method.toUpperCase()} ${s.url.slice(0, 60)} [${s.name}]`;
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()); // the CSV keeps its BOM
      const problems: string[] = [];
      if (res.status !== s.status) problems.push(`status ${res.status}, documented ${s.status}: ${text.slice(0, 200)}`);
      if (!res.headers.get('x-request-id')) problems.push('no X-Request-Id');
      if (!(res.headers.get('content-type') ?? '').startsWith(s.media)) problems.push(`content-type ${res.headers.get('content-type')}, documented ${s.media}`);
      if (!problems.length) {
        if (s.media === 'application/json') {
          const body = JSON.parse(text);
          const bad = shapeErrors(s.schema, body);
          if (bad) problems.push(`shape: ${bad}`);
          const documented = deref.paths[s.path][s.method].responses[String(s.status)].content[s.media].examples[s.name].value;
          // An error example shows the very error the app gives.
          if (s.status >= 400 && JSON.stringify(body) !== JSON.stringify(documented)) problems.push(`error ${text}, documented ${JSON.stringify(documented)}`);
        } else if (s.media === 'text/event-stream') {
          const last = events(text).at(-1);
          if (last?.event !== 'answer') problems.push(`the stream ends with ${last?.event}`);
          else {
            const bad = shapeErrors(deref.components.schemas.Answer, JSON.parse(last.data));
            if (bad) problems.push(`answer event shape: ${bad}`);
          }
        } else if (s.media === 'text/csv' && !text.startsWith('\uFEFF编号,')) problems.push('not the CSV header');
        else if (s.media === 'text/html' && !text.startsWith('<!doctype html>')) problems.push('not an HTML page');
      }
      results.push(`${label} → ${res.status}`);
      if (problems.length) failures.push(`${label}: ${problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
    // The scenarios cover every operation, successes and errors alike.
    expect(new Set(all.map((s) => `${s.method} ${s.path}`)).size).toBe(17);
    expect(all.filter((s) => s.status >= 400).length).toBeGreaterThan(15);
    expect(all.length).toBeGreaterThan(45);
  });
});

describe('the reference page (GET /api/docs)', () => {
  it('is the document for people: every operation, under the CSP, no script, nothing from another origin', async () => {
    const res = await h.app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const html = await res.text();
    expect(html).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
    const urls = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
    expect(urls.filter((u) => !/^(\/|#)/.test(u))).toEqual([]);
    for (const { path, op } of operations(doc)) {
      expect(html, path).toContain(`id="${op.operationId}"`);
      expect(html).toContain(`<code>${path}</code>`);
    }
    expect(html).toContain('那去年呢？');
    const css = await h.app.request('/api/docs.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });
});
