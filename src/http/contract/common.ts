import { z } from '@hono/zod-openapi';

/**
 * Pieces every part of the published contract uses: identifiers, the error envelope, strict request bodies.
 * The schemas here are the one source of validation and of the OpenAPI document (GET /api/openapi.json).
 */

export const DocId = z
  .string()
  .regex(/^[0-9a-f]{16}$/, 'a document id is 16 hexadecimal characters')
  .openapi({ description: '文档编号：文档全文 SHA-256 的前 16 位十六进制字符 (a document id)', example: 'b3ba7ec35f051543' });

export const ConversationId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, 'conversationId may hold letters, digits, _ and -')
  .openapi({ description: '对话编号：上一次回答返回的 conversationId，或客户端自定的编号 (letters, digits, _ and -)', example: 'demo-conversation-1' });

export const Year = z.coerce.number().int().min(2000).max(2100);

export const ErrorEnvelope = z
  .object({
    error: z.object({
      code: z.string().openapi({ description: 'machine-readable: invalid_request, invalid_json, not_found, unauthorized, rate_limited, internal_error, …', example: 'invalid_request' }),
      message: z.string().openapi({ description: 'what was wrong, naming the field when a field was', example: 'unknown field "admin"' }),
      requestId: z.string().optional().openapi({ description: '5xx only: the id of this request in the server log (also in the X-Request-Id header); quote it when reporting the problem' }),
    }),
  })
  .openapi('Error', { description: 'The one error envelope of every route.' });
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;

/** `conversationID` → `conversationId`: a known field that differs only in case or by one typo. */
function closest(unknown: string, known: readonly string[]): string | undefined {
  const folded = unknown.toLowerCase().replace(/[_-]/g, '');
  return known.find((k) => k.toLowerCase().replace(/[_-]/g, '') === folded);
}

export function unknownFieldsMessage(keys: readonly string[], known: readonly string[]): string {
  return keys
    .map((k) => {
      const near = closest(k, known);
      return `unknown field "${k}"${near ? ` (did you mean "${near}"?)` : ''}`;
    })
    .join('; ');
}

/**
 * A request body that rejects fields it does not know (400 naming them), so a typo such as `conversationID` is an
 * error instead of a silently dropped field. Documented as `additionalProperties: false`.
 */
export function strictBody<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (iss) => (iss.code === 'unrecognized_keys' ? unknownFieldsMessage(iss.keys, known) : undefined),
  });
}

/** One readable line from a zod error, for the error envelope: `question: too long; unknown field "admin"`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

type Examples = Record<string, { summary?: string; description?: string; value: unknown }>;

/** A JSON response of the error envelope, with named examples (a request example of the same name produces each). */
export function errorResponse(description: string, examples?: Examples) {
  return { description, content: { 'application/json': { schema: ErrorEnvelope, ...(examples ? { examples } : {}) } } };
}

/** Every response carries X-Request-Id; a 5xx also names it in its body, so a hotline operator can quote it. */
export const REQUEST_ID_HEADER = {
  'X-Request-Id': { description: '本次请求的编号，与服务器日志一致 (the id of this request in the server log)', schema: { type: 'string' as const } },
};

/** A JSON response with its schema and named examples. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string, examples?: Examples) {
  return { description, content: { 'application/json': { schema, ...(examples ? { examples } : {}) } } };
}

/** A JSON request body (required) with named examples. */
export function jsonBody<T extends z.ZodType>(schema: T, examples: Examples, description?: string) {
  return { required: true, ...(description ? { description } : {}), content: { 'application/json': { schema, examples } } };
}

export const errorExample = (code: string, message: string, summary: string) => ({ summary, value: { error: { code, message } } });

/** Responses every JSON endpoint may give. */
export const COMMON_ERRORS = {
  500: {
    ...errorResponse('服务器内部错误：响应体的 requestId 与响应头 X-Request-Id、服务器日志一致 (an internal error; quote the request id)'),
    headers: REQUEST_ID_HEADER,
  },
} as const;

/** Responses of every endpoint that reads a JSON body. */
export const BODY_ERRORS = {
  413: errorResponse('请求体超过 16 KB (the body is over the limit, with or without Content-Length)'),
  415: errorResponse('请求体不是 application/json (another content type)'),
} as const;
