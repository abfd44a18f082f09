import { z } from 'zod';

export const DocId = z.string().regex(/^[0-9a-f]{16}$/, 'a document id is 16 hexadecimal characters');

export const AskRequest = z.object({
  question: z.string().trim().min(1, 'question must not be empty').max(500, 'question must be at most 500 characters'),
  conversationId: z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/, 'conversationId may hold letters, digits, _ and -').optional(),
  lang: z.enum(['zh', 'en']).optional(),
  /** Pin the question to one document (the department picked on the portal). */
  docId: DocId.optional(),
});
export type AskRequest = z.infer<typeof AskRequest>;

export const FactsQuery = z.object({
  q: z.string().max(100).optional(),
  doc: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});

export const DocumentsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** One readable line from a zod error, for the error envelope. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}
