import { memoize } from '../domain/lru-cache.js';
import {
  FUNCTIONAL_CATEGORIES, INCOME_TYPES, ORG_COUNTS, PROCUREMENT_PARTS, SANGONG_ITEMS, SINGLE_ITEMS, STAFF_KINDS, VEHICLE_TYPES,
} from '../domain/catalog.js';
import type { Fact } from '../domain/types.js';
import { withinOneEdit } from './fuzzy.js';
import type { OrgCueFile } from './org-cues.js';
import { normalizeQuestion } from './question-text.js';

export type StaffKind = 'establishment' | 'actual' | 'hired';

export type LexTarget =
  | { type: 'item'; key: string }
  | { type: 'group'; key: string; members: string[] }
  | { type: 'staff'; kind: StaffKind };

export interface LexEntry {
  term: string;
  target: LexTarget;
  /** Generic words (支出, budget) count only when nothing more specific matched. */
  weak: boolean;
  /** Only when the whole question matches this (服务 → procurement of services only in a procurement question). */
  when?: RegExp;
}

export interface LexMatch {
  entry: LexEntry;
  start: number;
  end: number;
  fuzzy: boolean;
}

export interface AliasFile {
  items: Record<string, string[]>;
  groups?: Record<string, { members: string[]; aliases: string[] }>;
  staff: Record<StaffKind, string[]>;
  weak?: string[];
  /** Terms that name an item only when the question also matches `when`. */
  contextual?: Record<string, { terms: string[]; when: string } | Array<{ terms: string[]; when: string }>>;
  /** District and county names of the region (a question naming another one is about another department). */
  districts?: { names: string[]; en?: Record<string, string> };
  /** English words for parts of Chinese unit names (government affairs service center → 政务服务中心). */
  termTranslations?: Record<string, string>;
  /** Kinds of department named in English (education … commission): another department (other-department.ts). */
  departmentKindsEn?: { kinds: string[]; suffixes: string[] };
  /** Questions about counts of organisations and posts (有几个内设机构？): see src/answer/org-cues.ts. */
  orgCounts?: OrgCueFile;
}

export interface Lexicon {
  entries: LexEntry[];
  /**
   * The terms a question holds; the same question's result is kept (a frozen array: not to be changed). A term named
   * only in a context (服务 of 政府采购) is read against `context` when given — the whole turn a clause comes from.
   */
  match(normalizedQuestion: string, context?: string): readonly LexMatch[];
  /** Display names for a fact key: Chinese and English. */
  name(key: string): { zh: string; en: string };
}

const CATALOG = [...INCOME_TYPES, ...FUNCTIONAL_CATEGORIES, ...SANGONG_ITEMS, ...SINGLE_ITEMS];

/** The part of the vocabulary every document shares (catalog names, aliases, staff words): built once per alias file. */
interface BaseVocabulary {
  entries: LexEntry[];
  seen: Set<string>;
  weak: Set<string>;
  names: Map<string, { zh: string; en: string }>;
  /** The entries longest first, and their typo index: shared by every document's lexicon. */
  sorted: LexEntry[];
  index: FuzzyIndex;
}

const BASES = new WeakMap<AliasFile, BaseVocabulary>();

function baseVocabulary(aliases: AliasFile): BaseVocabulary {
  const cached = BASES.get(aliases);
  if (cached) return cached;
  const base: BaseVocabulary = {
    entries: [], seen: new Set(), weak: new Set((aliases.weak ?? []).map(normalizeQuestion)), names: new Map(), sorted: [], index: { byPair: new Map(), fewPairs: [], parts: new Map() },
  };
  const add = (term: string, target: LexTarget) => addEntry(base, base.entries, base.seen, term, target);
  for (const item of CATALOG) {
    base.names.set(item.key, { zh: item.zh, en: item.en });
    add(item.zh, { type: 'item', key: item.key });
  }
  for (const p of PROCUREMENT_PARTS) {
    base.names.set(`procurement.${p.key}`, { zh: p.zh, en: `procurement of ${p.en}` });
    // (The same part within the general-budget breakdown says so: 其中一般公共预算拨款…服务预算.)
    base.names.set(`procurement.general_budget.${p.key}`, { zh: `一般公共预算拨款${p.zh}`, en: `procurement of ${p.en} from the general public budget` });
  }
  for (const v of VEHICLE_TYPES) base.names.set(v.key, { zh: v.zh, en: v.en });
  for (const o of ORG_COUNTS) base.names.set(o.key, { zh: o.zh, en: o.en });
  for (const [key, list] of Object.entries(aliases.items)) list.forEach((a) => add(a, { type: 'item', key }));
  for (const [key, g] of Object.entries(aliases.groups ?? {})) g.aliases.forEach((a) => add(a, { type: 'group', key, members: g.members }));
  for (const [key, entry] of Object.entries(aliases.contextual ?? {})) {
    if (key.startsWith('$')) continue;
    // (One context or several: 车 is the purchase where 买 is said; "purchase" where a car is.)
    for (const c of Array.isArray(entry) ? entry : [entry]) {
      const when = new RegExp(c.when);
      for (const term of c.terms) base.entries.push({ term: normalizeQuestion(term), target: { type: 'item', key }, weak: false, when });
    }
  }
  for (const kind of STAFF_KINDS) add(kind.zh, { type: 'staff', kind: kind.key as StaffKind });
  for (const [kind, list] of Object.entries(aliases.staff)) list.forEach((a) => add(a, { type: 'staff', kind: kind as StaffKind }));
  base.sorted = [...base.entries].sort(byLength);
  base.index = fuzzyIndex(base.sorted);
  BASES.set(aliases, base);
  return base;
}

function addEntry(base: Pick<BaseVocabulary, 'weak'>, entries: LexEntry[], seen: Set<string>, term: string, target: LexTarget): void {
  const t = normalizeQuestion(term);
  const id = `${t}→${target.type}:${target.type === 'staff' ? target.kind : target.key}`;
  if (t.length < 2 || seen.has(id)) return;
  seen.add(id);
  entries.push({ term: t, target, weak: base.weak.has(t) });
}

/**
 * The vocabulary of items: catalog names (zh + en), ingested labels, and the curated aliases in data/aliases.json.
 * The shared part is built once; a document adds its own labels. Matching is longest-first, non-overlapping, then
 * one-edit fuzzy on what is left.
 */
export function buildLexicon(facts: Fact[], aliases: AliasFile): Lexicon {
  const base = baseVocabulary(aliases);
  const labels: LexEntry[] = [];
  const seen = new Set(base.seen);
  for (const f of facts) {
    // Counts of organisations are asked for through their own cues (orgCounts), not by the words of their labels.
    if (/\.mention\.|^units\.|^vehicles\.|^org\.|\.item\./.test(f.key) || /#\d+$/.test(f.key)) continue;
    if (f.label.length >= 3 && !/^(年初预算数|收入合计|合计|其中)$/.test(f.label)) addEntry(base, labels, seen, f.label, { type: 'item', key: f.key });
  }
  labels.sort(byLength);
  // Longest first; at equal length the shared entries come before the document's labels (a stable merge).
  const entries = mergeByLength(base.sorted, labels);
  const rank = new Map(entries.map((e, i) => [e, i]));
  const exact = exactIndex(entries);
  const indexes = [base.index, fuzzyIndex(labels)];
  const byTerm = new Map<string, LexEntry>();
  for (const e of entries) if (!e.weak && !e.when && e.target.type === 'item' && !byTerm.has(e.term)) byTerm.set(e.term, e);
  const names = base.names;
  const own = memoize((q: string) => Object.freeze(matchTerms(entries, exact, q, indexes, rank, byTerm)), 32);
  const inContext = memoize((key: string) => {
    const [context, q] = key.split('\u0001') as [string, string];
    return Object.freeze(matchTerms(entries, exact, q, indexes, rank, byTerm, context));
  }, 16);
  return {
    entries,
    // One question is matched several times per answer: the last results are kept.
    match: (q: string, context?: string) => (context && context !== q ? inContext(`${context}\u0001${q}`) : own(q)),
    name: (key) => names.get(key) ?? { zh: key, en: key },
  };
}

/** Longest first; at equal length a term read in its context first (一般公共预算拨款 of 政府采购 before the income's). */
const byLength = (a: LexEntry, b: LexEntry) => b.term.length - a.term.length || Number(!!b.when) - Number(!!a.when);

function mergeByLength(first: LexEntry[], second: LexEntry[]): LexEntry[] {
  const out: LexEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    if (j >= second.length || (i < first.length && first[i]!.term.length >= second[j]!.term.length)) out.push(first[i++]!);
    else out.push(second[j++]!);
  }
  return out;
}

interface FuzzyIndex {
  /** two-character window → the fuzzy-eligible entries filed under it (each under three of its windows) */
  byPair: Map<string, LexEntry[]>;
  /** eligible entries with at most two distinct windows (a typo may leave none of them in the question) */
  fewPairs: LexEntry[];
  /** distinct characters and two-character windows of each eligible entry's term */
  parts: Map<LexEntry, { chars: string[]; pairs: string[] }>;
}

/**
 * Built once per vocabulary: lets a question find its typo candidates by shared two-character windows instead of
 * trying every term. One edit changes at most two windows of a term, so a term one edit away from part of the
 * question has all its windows but two in it — and so at least one of any three of them: each term is filed under
 * three of its windows (the rarest in the vocabulary, for short lists), and only the terms found under the question's
 * windows are checked.
 */
function fuzzyIndex(entries: LexEntry[]): FuzzyIndex {
  const byPair = new Map<string, LexEntry[]>();
  const fewPairs: LexEntry[] = [];
  const parts = new Map<LexEntry, { chars: string[]; pairs: string[] }>();
  const eligible = entries.filter((entry) => {
    const latin = /^[a-z]/.test(entry.term);
    // (A two- or three-character Chinese term takes a sound-alike slip only — 三工, 接代费 — as a four-character one does.)
    return !(entry.term.length < (latin ? 6 : 2) || entry.when || entry.weak);
  });
  const frequency = new Map<string, number>();
  for (const entry of eligible) {
    const pairs = [...twoCharWindows(entry.term)];
    parts.set(entry, { chars: [...new Set(entry.term)], pairs });
    for (const p of pairs) frequency.set(p, (frequency.get(p) ?? 0) + 1);
  }
  for (const entry of eligible) {
    const { pairs } = parts.get(entry)!;
    if (pairs.length <= 2) {
      fewPairs.push(entry);
      continue;
    }
    const rarest = [...pairs].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0)).slice(0, 3);
    for (const p of rarest) {
      const list = byPair.get(p);
      if (list) list.push(entry);
      else byPair.set(p, [entry]);
    }
  }
  return { byPair, fewPairs, parts };
}

/** The entries (by position, longest first) filed under the first two characters of their term, and which are Latin. */
interface ExactIndex {
  byStart: Map<string, number[]>;
  /** Entries of one character, tried for every question. */
  short: number[];
  latin: boolean[];
}

function exactIndex(entries: LexEntry[]): ExactIndex {
  const byStart = new Map<string, number[]>();
  const short: number[] = [];
  entries.forEach((e, i) => {
    if (e.term.length < 2) return void short.push(i);
    const start = e.term.slice(0, 2);
    const list = byStart.get(start);
    if (list) list.push(i);
    else byStart.set(start, [i]);
  });
  return { byStart, short, latin: entries.map((e) => /^[a-z]/.test(e.term)) };
}

function matchTerms(
  entries: LexEntry[], exact: ExactIndex, q: string, indexes: FuzzyIndex[], rank: Map<LexEntry, number>, byTerm: Map<string, LexEntry>, context = q,
): LexMatch[] {
  const taken = new Array<boolean>(q.length).fill(false);
  const out: LexMatch[] = [];
  const free = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (taken[i]) return false;
    return true;
  };
  const take = (entry: LexEntry, s: number, e: number, fuzzy: boolean) => {
    for (let i = s; i < e; i++) taken[i] = true;
    out.push({ entry, start: s, end: e, fuzzy });
  };
  // Only terms whose first two characters stand in the question can be in it; they are tried in their order.
  const tried = [...exact.short];
  for (const p of twoCharWindows(q)) for (const i of exact.byStart.get(p) ?? []) tried.push(i);
  tried.sort((a, b) => a - b);
  for (const i of tried) {
    const entry = entries[i]!;
    if (entry.when && !entry.when.test(context)) continue;
    const isLatin = exact.latin[i]!;
    let from = 0;
    for (;;) {
      const at = q.indexOf(entry.term, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + entry.term.length;
      if (isLatin && (/[a-z]/.test(q[at - 1] ?? '') || (/[a-z]/.test(q[end] ?? '') && !/^s\b/.test(q.slice(end))))) continue;
      if (free(at, end)) take(entry, at, end, false);
    }
  }
  sharedHeads(q, out, free, take, byTerm);
  fuzzyMatches(q, out, take, indexes, rank);
  // A weak word beside a strong name only qualifies it (三公经费 budget); set apart from every strong name by a
  // coordinator it names an item of its own ("the revenue growth rate and the three public expenses growth rate").
  const strong = out.filter((m) => !m.entry.weak);
  // (Only measure words may stand beside the coordinator: "social security and employment spending" is one name.)
  const joins = (gap: string) => COORDINATOR.test(gap) && gap.replace(GAP_WORDS, '').trim() === '';
  const apart = (m: LexMatch) => strong.every((s) => joins(s.start > m.end ? q.slice(m.end, s.start) : s.end < m.start ? q.slice(s.end, m.start) : ''));
  const kept = strong.length ? out.filter((m) => !m.entry.weak || (m.entry.target.type === 'item' && apart(m))) : out;
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A head said once for two coordinated names: "公车运维加购置" is 公车运维 and 公车购置 — the words after the
 * coordinator, with the start of the name before it, make a known name. Only where nothing else was matched.
 */
function sharedHeads(
  q: string, out: LexMatch[], free: (s: number, e: number) => boolean, take: (e: LexEntry, s: number, end: number, fuzzy: boolean) => void,
  byTerm: Map<string, LexEntry>,
) {
  for (const m of [...out]) {
    if (m.entry.weak || m.entry.target.type !== 'item' || /[a-z]/.test(m.entry.term)) continue;
    const joined = /^(?:以及|加上|连同|和|与|加|及|跟|同|、)/.exec(q.slice(m.end));
    if (!joined) continue;
    const from = m.end + joined[0].length;
    const surface = q.slice(m.start, m.end);
    found: for (let h = surface.length - 1; h >= 2; h--) {
      for (let k = Math.min(8, q.length - from); k >= 2; k--) {
        const entry = byTerm.get(surface.slice(0, h) + q.slice(from, from + k));
        if (!entry || entry === m.entry || !free(from, from + k)) continue;
        take(entry, from, from + k, false);
        break found;
      }
    }
  }
}

/** Words that join two names as two things asked (and, 和, 以及), between a weak word and a strong name. */
const COORDINATOR = /\band\b|\bversus\b|\bvs\b|和|与|以及|及|跟|还有/;
/** What may stand between a weak word and a strong name joined to it: the coordinator and words of measure. */
const GAP_WORDS = /\b(?:and|versus|vs|the|a|an|its|growth|rate|rates|share|change|percentage|figure|amount|total|budget|spending|of|for|in|year-on-year|yoy|\d{4})\b|和|与|以及|及|跟|还有|预算|的|增长率|增幅|比例|占比|金额|[,.、\s-]/g;

/**
 * One-character typos (公务接代费, 三公经废, recepton): a term of 4+ characters one edit away from a window of the
 * question wins over the shorter exact matches inside that window (政府采购货勿预算 → 政府采购货物预算, not 政府采购).
 */
function fuzzyMatches(
  q: string,
  out: LexMatch[],
  take: (e: LexEntry, s: number, end: number, fuzzy: boolean) => void,
  indexes: FuzzyIndex[],
  rank: Map<LexEntry, number>,
) {
  // Candidates: every window but two in the question, and every character but one (as before the window index).
  const qPairs = twoCharWindows(q);
  const qChars = new Set(q);
  const found = new Set<LexEntry>();
  for (const index of indexes) {
    for (const p of qPairs) for (const e of index.byPair.get(p) ?? []) found.add(e);
    for (const e of index.fewPairs) found.add(e);
  }
  const near = (e: LexEntry) => {
    const { pairs, chars } = (indexes[0]!.parts.get(e) ?? indexes[1]!.parts.get(e))!;
    let missing = 0;
    for (const p of pairs) if (!qPairs.has(p) && ++missing > 2) return false;
    const shared = chars.filter((ch) => qChars.has(ch)).length;
    return shared >= 1 && shared >= chars.length - 1;
  };
  const candidates = [...found].filter(near).sort((a, b) => rank.get(a)! - rank.get(b)!);
  for (const entry of candidates) {
    const isLatin = /^[a-z]/.test(entry.term);
    const inside = (m: LexMatch, s: number, e: number) => m.start >= s && m.end <= e && m.end - m.start < entry.term.length;
    const hit = withinOneEdit(q, entry.term, (s, e) => out.every((m) => m.end <= s || m.start >= e || inside(m, s, e)));
    if (!hit) continue;
    if (isLatin && (/[a-z]/.test(q[hit.start - 1] ?? '') || /[a-z]/.test(q[hit.end] ?? ''))) continue;
    // English words are spelt apart: a known word inside the window (posts of "administrative posts") is what was
    // written, not a typo of another term (administrative costs).
    if (isLatin && out.some((m) => inside(m, hit.start, hit.end))) continue;
    for (let i = out.length - 1; i >= 0; i--) if (inside(out[i]!, hit.start, hit.end)) out.splice(i, 1);
    take(entry, hit.start, hit.end, true);
  }
}

function twoCharWindows(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 <= s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}
