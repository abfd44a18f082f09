import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './errors.js';
import { describeIssues } from './schemas.js';

/** Parse a JSON body against a schema: 415 for another content type, 400 for bad JSON or a wrong shape. */
export async function readJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new ApiError(415, 'unsupported_media_type', 'send the body as application/json');
  let body: unknown;
  try {
    const text = await c.req.text();
    if (!text.trim()) throw new ApiError(400, 'invalid_body', 'the request body is empty');
    body = JSON.parse(text);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError(400, 'invalid_json', 'the request body is not valid JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(400, 'invalid_request', describeIssues(parsed.error));
  return parsed.data;
}
