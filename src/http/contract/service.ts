import { createRoute, z } from '@hono/zod-openapi';
import { COMMON_ERRORS } from './common.js';
import { API_INFO } from './document.js';

const TAG = '服务 Service';

export const openApiRoute = createRoute({
  method: 'get',
  path: '/api/openapi.json',
  operationId: 'openapi',
  tags: [TAG],
  summary: '本接口的 OpenAPI 3.1 文档（本页所述的一切）',
  responses: {
    200: {
      description: 'OpenAPI 3.1 document',
      content: {
        'application/json': {
          schema: z.object({ openapi: z.string(), info: z.object({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) }),
          examples: { document: { summary: '本文档（节选）', value: { openapi: '3.1.0', info: { title: API_INFO.title, version: API_INFO.version }, paths: { '/healthz': {} } } } },
        },
      },
    },
    ...COMMON_ERRORS,
  },
});

export const referenceRoute = createRoute({
  method: 'get',
  path: '/api/docs',
  operationId: 'reference',
  tags: [TAG],
  summary: '接口参考（HTML，由同一份 OpenAPI 文档生成，不加载任何外部脚本）',
  responses: {
    200: {
      description: 'the API reference as a page',
      content: { 'text/html': { schema: z.string(), examples: { page: { summary: '接口参考页（节选）', value: '<!doctype html>\n<html lang="zh-CN">…' } } } },
    },
    ...COMMON_ERRORS,
  },
});
