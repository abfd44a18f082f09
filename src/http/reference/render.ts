import { fieldRows, isStrict, resolverFor, typeOf, type JsonSchema, type Resolve } from './schema-rows.js';

/** The parts of an OpenAPI 3.1 document the reference page shows. */
export interface ReferenceExample {
  summary?: string;
  description?: string;
  value: unknown;
}
interface Media {
  schema?: JsonSchema;
  examples?: Record<string, ReferenceExample>;
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
  examples?: Record<string, ReferenceExample>;
}
export interface ReferenceOperation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Array<Record<string, string[]>>;
  parameters?: Parameter[];
  requestBody?: { description?: string; content: Record<string, Media> };
  responses: Record<string, { description: string; content?: Record<string, Media> }>;
}
export interface ReferenceDocument {
  info: { title: string; version: string; summary?: string; description?: string };
  tags?: Array<{ name: string; description?: string }>;
  paths: Record<string, Record<string, ReferenceOperation>>;
  components?: { schemas?: Record<string, JsonSchema>; securitySchemes?: Record<string, { description?: string; scheme?: string }> };
}

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
const anchor = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-');

/** `code` and **bold** in already escaped text. */
const inline = (s: string) => esc(s).replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');

/** Paragraphs and `- ` lists. */
function prose(text: string | undefined): string {
  if (!text) return '';
  return text
    .split(/\n{2,}/)
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((l) => l.startsWith('- '))) return `<ul>${lines.map((l) => `<li>${inline(l.slice(2))}</li>`).join('')}</ul>`;
      return `<p>${inline(block)}</p>`;
    })
    .join('\n');
}

const pretty = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v, null, 2));

function examples(list: Record<string, ReferenceExample> | undefined): string {
  return Object.entries(list ?? {})
    .map(([name, ex]) => `<details><summary>示例 <code>${esc(name)}</code>${ex.summary ? `：${esc(ex.summary)}` : ''}</summary>${prose(ex.description)}<pre><code>${esc(pretty(ex.value))}</code></pre></details>`)
    .join('\n');
}

function fieldTable(schema: JsonSchema | undefined, resolve: Resolve): string {
  if (!schema) return '';
  const rows = fieldRows(schema, resolve);
  if (!rows.length) return `<p class="muted">${esc(typeOf(schema, resolve))}</p>`;
  const body = rows.map((r) => `<tr><td><code>${esc(r.name)}</code></td><td>${esc(r.type)}</td><td>${r.required ? '必填' : ''}</td><td>${inline(r.description)}</td></tr>`).join('');
  return `<table><thead><tr><th>字段</th><th>类型</th><th>必填</th><th>说明</th></tr></thead><tbody>${body}</tbody></table>`;
}

function parameters(params: Parameter[] | undefined, resolve: Resolve): string {
  if (!params?.length) return '';
  const rows = params
    .map((p) => {
      const ex = Object.values(p.examples ?? {}).map((e) => `<code>${esc(pretty(e.value))}</code>`).join(' ');
      const desc = p.description ?? p.schema?.description ?? '';
      return `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${esc(p.schema ? typeOf(p.schema, resolve) : '')}</td><td>${p.required ? '必填' : ''}</td><td>${inline(desc)}${ex ? ` 例：${ex}` : ''}</td></tr>`;
    })
    .join('');
  return `<h4>参数</h4><table><thead><tr><th>名称</th><th>位置</th><th>类型</th><th>必填</th><th>说明</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function media(content: Record<string, Media> | undefined, resolve: Resolve): string {
  return Object.entries(content ?? {})
    .map(([type, m]) => {
      const strict = m.schema && isStrict(m.schema, resolve) ? '<p class="muted">不认识的字段会被拒绝（400）。</p>' : '';
      return `<p><code>${esc(type)}</code></p>${strict}${fieldTable(m.schema, resolve)}${examples(m.examples)}`;
    })
    .join('\n');
}

function operation(path: string, method: string, op: ReferenceOperation, resolve: Resolve): string {
  const id = anchor(op.operationId ?? `${method}-${path}`);
  const auth = op.security?.length ? '<p class="auth">需要 <code>Authorization: Bearer &lt;STAFF_TOKEN&gt;</code></p>' : '';
  const body = op.requestBody ? `<h4>请求体</h4>${prose(op.requestBody.description)}${media(op.requestBody.content, resolve)}` : '';
  const responses = Object.entries(op.responses)
    .map(([status, r]) => `<h5><code>${esc(status)}</code> ${inline(r.description)}</h5>${media(r.content, resolve)}`)
    .join('\n');
  return `<article class="operation" id="${id}">
<h3><span class="method ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>
${op.summary ? `<p>${inline(op.summary)}</p>` : ''}${prose(op.description)}${auth}
${parameters(op.parameters, resolve)}${body}<h4>响应</h4>${responses}
</article>`;
}

/** The human-readable API reference, from the OpenAPI document alone: no script, styles from this origin. */
export function renderReference(doc: ReferenceDocument, links: { document: string; stylesheet: string }): string {
  const resolve = resolverFor(doc.components);
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  const tags = doc.tags ?? [];
  const byTag = tags.map((t) => ({ tag: t, ops: ops.filter((o) => o.op.tags?.[0] === t.name) }));
  const untagged = ops.filter((o) => !tags.some((t) => o.op.tags?.[0] === t.name));
  if (untagged.length) byTag.push({ tag: { name: '其他 Other' }, ops: untagged });
  const toc = byTag
    .map(({ tag, ops: list }) => `<li>${esc(tag.name)}<ul>${list.map((o) => `<li><a href="#${anchor(o.op.operationId ?? `${o.method}-${o.path}`)}">${esc(o.method.toUpperCase())} ${esc(o.path)}</a></li>`).join('')}</ul></li>`)
    .join('');
  const sections = byTag
    .map(({ tag, ops: list }) => `<section aria-labelledby="tag-${anchor(tag.name)}"><h2 id="tag-${anchor(tag.name)}">${esc(tag.name)}</h2>${prose(tag.description)}${list.map((o) => operation(o.path, o.method, o.op, resolve)).join('\n')}</section>`)
    .join('\n');
  const schemes = Object.entries(doc.components?.securitySchemes ?? {})
    .map(([name, s]) => `<li><code>${esc(name)}</code>（HTTP ${esc(s.scheme ?? '')}）：${inline(s.description ?? '')}</li>`)
    .join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)} · 接口参考</title>
<link rel="stylesheet" href="${esc(links.stylesheet)}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip-link" href="#main">跳到正文</a>
<header><div class="wrap"><h1>${esc(doc.info.title)}</h1><p>${esc(doc.info.summary ?? '')} · 版本 ${esc(doc.info.version)}</p>
<p><a href="${esc(links.document)}">OpenAPI 3.1 文档（JSON）</a> · <a href="/">门户</a></p></div></header>
<main id="main" class="wrap">
${prose(doc.info.description)}
${schemes ? `<h2 id="auth">认证</h2><ul>${schemes}</ul>` : ''}
<nav aria-label="接口目录"><h2>目录</h2><ul>${toc}</ul></nav>
${sections}
</main>
</body>
</html>
`;
}
