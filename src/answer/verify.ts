import { Decimal } from 'decimal.js';
import { roundForKind } from '../calc/index.js';
import type { Citation } from '../domain/answer.js';
import { findNumbers, type NumberMention } from './numbers-in-text.js';

/**
 * The numbers an answer may state: values of the facts it cites (and their stated changes) and the results of
 * its calculator steps (with the constants those steps used, e.g. 100 for a percentage).
 */
export interface Ledger {
  values: string[];
  citations: Citation[];
  /** The document's published phone number(s). */
  phones: string[];
  /** Department names the answer names as its source (a name may hold digits: 第一中学, 110指挥中心). */
  names?: string[];
}

export interface VerifyResult {
  ok: boolean;
  /** Numbers that are neither cited nor derived. */
  offending: string[];
  checked: number;
}

const QUOTE = /「([^」]*)」/g;

/**
 * Every number in the text must equal (decimal equality, or equality after the calculator's 2-decimal rounding)
 * a ledger value. Allowed by explicit rule and nothing else: years (and the month/day of a date that follows a
 * year), list ordinals at the start of a line or item, the published phone number, and numbers inside a
 * 「quotation」 that is verbatim text of a cited source span.
 */
export function verifyAnswer(text: string, ledger: Ledger): VerifyResult {
  const masked = maskAllowed(text, ledger);
  const offending: string[] = [];
  const mentions = findNumbers(masked.text);
  for (const n of mentions) {
    if (!inLedger(n, ledger.values)) offending.push(n.raw);
  }
  return { ok: offending.length === 0 && masked.badQuotes.length === 0, offending: [...offending, ...masked.badQuotes], checked: mentions.length };
}

function maskAllowed(text: string, ledger: Ledger): { text: string; badQuotes: string[] } {
  const badQuotes: string[] = [];
  const blank = (s: string) => ' '.repeat(s.length);
  let t = text.replace(QUOTE, (whole, inner: string) => {
    if (ledger.citations.some((c) => c.quote.includes(inner))) return blank(whole);
    badQuotes.push(`「${inner.slice(0, 20)}」 is not quoted from a cited span`);
    return whole;
  });
  for (const phone of ledger.phones) t = t.split(phone).join(blank(phone));
  for (const name of ledger.names ?? []) t = t.split(name).join(blank(name));
  // Dates: 2025年12月31日, 2025-12, and years on their own (2026年, in 2025, FY2026).
  t = t.replace(/(?<!\d)(19|20)\d{2}\s?年(\s?\d{1,2}\s?月(\s?\d{1,2}\s?日)?)?/g, blank);
  t = t.replace(/(?<![\d.])(19|20)\d{2}(?!\d|\.\d|\s?(万|元|%|人|辆|个|million|yuan|people|vehicles))/g, blank);
  // List ordinals: "1." / "(1)" / "（1）" / "1、" at the start of a line or after a separator, 第一/第1.
  t = t.replace(/(^|\n|[;；。]\s*)(\(\d{1,2}\)|（\d{1,2}）|\d{1,2}[.、](?!\d))/g, (_m, lead: string, ord: string) => lead + blank(ord));
  t = t.replace(/第[一二三四五六七八九十\d]{1,3}(?=[项名位个、,，])/g, blank);
  return { text: t, badQuotes };
}

function inLedger(n: NumberMention, values: string[]): boolean {
  let x: Decimal;
  try {
    x = new Decimal(n.value).abs();
  } catch {
    return false;
  }
  return values.some((v) => {
    const d = new Decimal(v).abs();
    return d.eq(x) || new Decimal(roundForKind(d, 'money')).eq(x);
  });
}
