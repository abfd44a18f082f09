import { Decimal } from 'decimal.js';
import { roundForKind } from '../calc/index.js';
import type { Citation } from '../domain/answer.js';
import { type Claim, type ClaimSpan } from './claims.js';
import { DIRECTION_WORDS, FRAMING } from './verify-words.js';
import { findNumbers, type NumberMention } from './numbers-in-text.js';

export interface VerifyResult {
  ok: boolean;
  /** What failed, one line each: a number without a source, a wrong direction word or unit, a quote not in a cited span. */
  offending: string[];
  /** Numbers checked. */
  checked: number;
}

export interface VerifyInput {
  text: string;
  /** The claims written in the text, where they stand. */
  spans: readonly ClaimSpan[];
  citations: readonly Citation[];
  /** The document's published phone number(s). */
  phones: readonly string[];
  /** Department names the answer states as its source (a name may hold digits). */
  names?: readonly string[];
  /** Documents whose figures this answer may state; unchecked when absent. */
  documents?: ReadonlySet<string>;
  /** Whether a figure of this item answers what was asked; unchecked when absent. */
  asked?: (item: string) => boolean;
}

const QUOTE = /「([^」]*)」/g;
const CLAUSE = /[，,。；;：:！？!?\n]/;

/**
 * Every number in the text must stand inside the claim written at that place, and agree with it: its value, the
 * unit written after it, the direction word written before a change (增加/减少/增长/下降), the claim's document, and
 * an item the question asked about — or a figure framed explicitly as context. Allowed by explicit rule and nothing
 * else: years and dates, list ordinals, the published phone number, department names, and numbers inside a
 * 「quotation」 that is a whole clause of a cited span. A calculator derivation written out stands as a claim of its own.
 */
export function verifyClaims(input: VerifyInput): VerifyResult {
  const { text: masked, problems } = maskAllowed(input.text, input.citations, input.phones, input.names ?? []);
  const offending = [...problems];
  // An internal key (vehicles.held.general, sangong.total) is never written for a reader.
  for (const m of masked.matchAll(INTERNAL_KEY)) offending.push(`${m[0]} is an internal key, not a name`);
  const mentions = findNumbers(masked);
  for (const n of mentions) {
    const span = input.spans.find((s) => s.start <= n.start && n.end <= s.end);
    if (!span) {
      offending.push(`${n.raw.trim()} has no source`);
      continue;
    }
    const problem = checkMention(input, n, span);
    if (problem) offending.push(problem);
  }
  return { ok: offending.length === 0, offending, checked: mentions.length };
}

/** A fact key as the store names items: a family, then dotted lowercase parts (sangong.vehicle_operation). */
const INTERNAL_KEY = /\b(?:sangong|expenditure|income|fiscal|procurement|vehicles|staff|org|units|operating_costs)(?:\.[a-z_]+)+(?:#\d+)?\b/g;

function checkMention(input: VerifyInput, n: NumberMention, span: ClaimSpan): string | undefined {
  const c = span.claim;
  const written = input.text.slice(span.start, span.end);
  if (c.kind === 'derivation') return written === c.derivation ? undefined : `${n.raw} is in a derivation the calculator did not write`;
  if (!sameNumber(n.value, c.value)) return `${n.raw} is written where the source states ${c.value}`;
  const after = input.text.slice(n.end, span.end);
  if (!unitVariants(c).some((u) => after === (n.percent ? u.replace(/^\s?%/, '') : u))) return `${n.raw}${after} is written with the wrong unit (${c.unit || 'none'})`;
  if (c.direction && c.direction !== 'flat') {
    const said = directionBefore(input.text, span.start);
    if (said !== c.direction) return `${n.raw} is a ${c.direction === 'up' ? 'rise' : 'fall'}, written ${said ? `as a ${said === 'up' ? 'rise' : 'fall'}` : 'without its direction'}`;
  }
  if (c.docId && input.documents && !input.documents.has(c.docId)) return `${n.raw} is a figure of another document`;
  if (c.role === 'context') return framed(input.text, span) ? undefined : `${n.raw} is context, not framed as such`;
  if (c.role === 'answer' && c.item && input.asked && !input.asked(c.item)) return `${n.raw} is ${c.item}, which the question did not ask about`;
  return undefined;
}

function sameNumber(written: string, claimed: string): boolean {
  try {
    const x = new Decimal(written).abs();
    const d = new Decimal(claimed).abs();
    return d.eq(x) || new Decimal(roundForKind(d, 'money')).eq(x);
  } catch {
    return false;
  }
}

/** The direction the text states just before a change (the nearest direction word within a few characters). */
function directionBefore(text: string, at: number): 'up' | 'down' | undefined {
  const window = text.slice(Math.max(0, at - 12), at).toLowerCase();
  let best: { at: number; dir: 'up' | 'down' } | undefined;
  for (const [dir, words] of [['up', DIRECTION_WORDS.up], ['down', DIRECTION_WORDS.down]] as const) {
    for (const w of words) {
      const i = window.lastIndexOf(w);
      if (i >= 0 && (!best || i + w.length > best.at)) best = { at: i + w.length, dir };
    }
  }
  return best?.dir;
}

/** A context figure stands in a sentence that says it is context (文件没有单列…；…为). */
function framed(text: string, span: ClaimSpan): boolean {
  let s = span.start;
  while (s > 0 && !/[。\n]/.test(text[s - 1]!)) s--;
  let e = span.end;
  while (e < text.length && !/[。\n]/.test(text[e]!)) e++;
  const sentence = text.slice(s, e).toLowerCase();
  return FRAMING.some((w) => sentence.includes(w));
}

function maskAllowed(text: string, citations: readonly Citation[], phones: readonly string[], names: readonly string[]): { text: string; problems: string[] } {
  const problems: string[] = [];
  const blank = (s: string) => ' '.repeat(s.length);
  let t = text.replace(QUOTE, (whole, inner: string) => {
    if (citations.some((c) => isClauseOf(inner, c.quote))) return blank(whole);
    problems.push(`「${inner.slice(0, 20)}」 is not a whole clause of a cited span`);
    return whole;
  });
  for (const phone of phones) t = t.split(phone).join(blank(phone));
  for (const name of names) t = t.split(name).join(blank(name));
  // Dates: 2025年12月31日, and years on their own (2026年, in 2025, FY2026).
  t = t.replace(/(?<!\d)(19|20)\d{2}\s?年(\s?\d{1,2}\s?月(\s?\d{1,2}\s?日)?)?/g, blank);
  t = t.replace(/(?<![\d.])(19|20)\d{2}(?!\d|\.\d|\s?(万|元|%|人|辆|个|million|yuan|people|vehicles))/g, blank);
  // List ordinals: "1." / "(1)" / "（1）" / "1、" at the start of a line or after a separator, 第一/第1.
  t = t.replace(/(^|\n|[;；。]\s*)(\(\d{1,2}\)|（\d{1,2}）|\d{1,2}[.、](?!\d))/g, (_m, lead: string, ord: string) => lead + blank(ord));
  t = t.replace(/第[一二三四五六七八九十\d]{1,3}(?=[项名位个、,，])/g, blank);
  return { text: t, problems };
}

/** A quotation is a cited span's text, or one of its whole clauses (between punctuation marks). */
function isClauseOf(inner: string, quote: string): boolean {
  if (!inner) return false;
  if (quote === inner || quote.replace(/[。；;，,]$/, '') === inner) return true;
  let from = 0;
  for (let at = quote.indexOf(inner, from); at >= 0; at = quote.indexOf(inner, from)) {
    const before = at === 0 || CLAUSE.test(quote[at - 1]!);
    const end = at + inner.length;
    const after = end === quote.length || CLAUSE.test(quote[end]!);
    if (before && after) return true;
    from = at + 1;
  }
  return false;
}

/**
 * Free text (a language model's answer) has no marks: each number is matched to a claim of this run's sources by
 * its value, and must then pass the same checks (unit, direction, document, asked item). A derivation the
 * calculator wrote may be quoted whole.
 */
export function verifyFreeText(text: string, candidates: ReadonlyArray<Omit<Claim, 'id'>>, rest: Omit<VerifyInput, 'text' | 'spans'>): VerifyResult {
  const spans: ClaimSpan[] = [];
  let id = 0;
  for (const c of candidates) {
    if (!c.derivation || c.kind !== 'derived') continue;
    for (let at = text.indexOf(c.derivation); at >= 0; at = text.indexOf(c.derivation, at + 1)) {
      spans.push({ claim: { ...c, id: id++, kind: 'derivation' }, start: at, end: at + c.derivation.length });
    }
  }
  const { text: masked } = maskAllowed(text, rest.citations, rest.phones, rest.names ?? []);
  for (const n of findNumbers(masked)) {
    if (spans.some((s) => s.start <= n.start && n.end <= s.end)) continue;
    // The first candidate of this value that passes every check (a value may be both a figure and a change).
    const fits = candidates
      .filter((c) => c.kind !== 'derivation' && sameNumber(n.value, c.value))
      .map((c) => ({ claim: { ...c, id: id++ }, start: n.start, end: n.end + suffixAt(text, n, c) }))
      .find((s) => checkMention({ ...rest, text, spans: [] }, n, s) === undefined);
    if (fits) spans.push(fits);
  }
  return verifyClaims({ ...rest, text, spans });
}

/** The ways a claim's unit may be written after its number. */
function unitVariants(c: Omit<Claim, 'id'>): string[] {
  return [c.suffix ?? c.unit, c.unit, ...(c.unit === '万元' ? ['万'] : []), ...(c.unit === 'million yuan' ? [' million yuan', ' million'] : [])];
}

/** How many characters after a number are the claim's unit, when the text writes it there. */
function suffixAt(text: string, n: NumberMention, c: Omit<Claim, 'id'>): number {
  const options = unitVariants(c);
  const tail = text.slice(n.end);
  const hit = options.filter((o) => tail.startsWith(n.percent ? o.replace(/^\s?%/, '') : o)).sort((a, b) => b.length - a.length)[0];
  return hit === undefined ? 0 : (n.percent ? hit.replace(/^\s?%/, '') : hit).length;
}
