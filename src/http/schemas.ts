import { z } from 'zod';

export const AskRequest = z.object({
  question: z.string().trim().min(1, 'question must not be empty').max(500, 'question must be at most 500 characters'),
  conversationId: z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/, 'conversationId may hold letters, digits, _ and -').optional(),
  lang: z.enum(['zh', 'en']).optional(),
});
export type AskRequest = z.infer<typeof AskRequest>;

export const FactsQuery = z.object({
  q: z.string().max(100).optional(),
  doc: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

/** One readable line from a zod error, for the error envelope. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}
