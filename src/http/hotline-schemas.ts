import { z } from 'zod';
import { FOLLOW_UP_REASONS } from '../questions/types.js';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a calendar date');

const Paging = {
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

export const QueueQuery = z.object({
  status: z.enum(['open', 'resolved', 'all']).default('open'),
  reason: z.preprocess(blankToUndefined, z.enum(FOLLOW_UP_REASONS).optional()),
  from: z.preprocess(blankToUndefined, CalendarDate.optional()),
  to: z.preprocess(blankToUndefined, CalendarDate.optional()),
  q: z.preprocess(blankToUndefined, z.string().max(200).optional()),
  ...Paging,
});

export const LogQuery = z.object({
  status: z.preprocess(blankToUndefined, z.enum(['answered', 'not_found', 'out_of_scope', 'clarify']).optional()),
  from: z.preprocess(blankToUndefined, CalendarDate.optional()),
  to: z.preprocess(blankToUndefined, CalendarDate.optional()),
  q: z.preprocess(blankToUndefined, z.string().max(200).optional()),
  ...Paging,
});

export const ItemId = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const ResolveRequest = z.object({
  note: z.string().trim().min(1, 'note must not be empty').max(2000, 'note must be at most 2000 characters'),
});

/** Mainland mobile (11 digits from 1[3-9]) or a landline with its area code (0 + 2–3 digits + 7–8 digits). */
const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}\d{7,8})$/;

export const Phone = z
  .string()
  .trim()
  .max(30)
  .transform((s) => s.replace(/[\s()（）-]/g, '').replace(/^(?:\+86|0086)(?=1)/, ''))
  .refine((s) => PHONE.test(s), '请填写有效的手机号或带区号的固定电话 (a mainland mobile or landline number with area code)');

export const HandoverRequest = z.object({
  conversationId: z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/, 'conversationId may hold letters, digits, _ and -'),
  phone: z.preprocess(blankToUndefined, Phone.optional()),
  email: z.preprocess(blankToUndefined, z.string().trim().max(254).pipe(z.email('请填写有效的电子邮箱 (a valid email address)')).optional()),
  message: z.preprocess(blankToUndefined, z.string().trim().max(500, 'message must be at most 500 characters').optional()),
});
export type HandoverRequest = z.infer<typeof HandoverRequest>;
