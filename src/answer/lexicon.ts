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
  contextual?: Record<string, { terms: string[]; when: string }>;
  /** District and county names of the region (a question naming another one is about another department). */
  districts?: { names: string[] };
  /** English words for parts of Chinese unit names (government affairs service center → 政务服务中心). */
  termTranslations?: Record<string, string>;
  /** Questions about counts of organisations and posts (有几个内设机构？): see src/answer/org-cues.ts. */
  orgCounts?: OrgCueFile;
}

export interface Lexicon {
  entries: LexEntry[];
  match(normalizedQuestion: string): LexMatch[];
  /** Display names for a fact key: Chinese and English. */
  name(key: string): { zh: string; en: string };
}

const CATALOG = [...INCOME_TYPES, ...FUNCTIONAL_CATEGORIES, ...SANGONG_ITEMS, ...SINGLE_ITEMS];

/**
 * The vocabulary of items: catalog names (zh + en), ingested labels, and the curated aliases in data/aliases.json.
 * Built once per set of documents; matching is longest-first, non-overlapping, then one-edit fuzzy on what is left.
 */
export function buildLexicon(facts: Fact[], aliases: AliasFile): Lexicon {
  const weak = new Set((aliases.weak ?? []).map(normalizeQuestion));
  const entries: LexEntry[] = [];
  const seen = new Set<string>();
  const add = (term: string, target: LexTarget) => {
    const t = normalizeQuestion(term);
    const id = `${t}→${JSON.stringify(target)}`;
    if (t.length < 2 || seen.has(id)) return;
    seen.add(id);
    entries.push({ term: t, target, weak: weak.has(t) });
  };
  const names = new Map<string, { zh: string; en: string }>();
  for (const item of CATALOG) {
    names.set(item.key, { zh: item.zh, en: item.en });
    add(item.zh, { type: 'item', key: item.key });
  }
  for (const p of PROCUREMENT_PARTS) names.set(`procurement.${p.key}`, { zh: p.zh, en: `procurement of ${p.en}` });
  for (const v of VEHICLE_TYPES) names.set(v.key, { zh: v.zh, en: v.en });
  for (const o of ORG_COUNTS) names.set(o.key, { zh: o.zh, en: o.en });
  for (const [key, list] of Object.entries(aliases.items)) list.forEach((a) => add(a, { type: 'item', key }));
  for (const [key, g] of Object.entries(aliases.groups ?? {})) g.aliases.forEach((a) => add(a, { type: 'group', key, members: g.members }));
  for (const [key, c] of Object.entries(aliases.contextual ?? {})) {
    if (key.startsWith('$')) continue;
    const when = new RegExp(c.when);
    for (const term of c.terms) entries.push({ term: normalizeQuestion(term), target: { type: 'item', key }, weak: false, when });
  }
  for (const kind of STAFF_KINDS) add(kind.zh, { type: 'staff', kind: kind.key as StaffKind });
  for (const [kind, list] of Object.entries(aliases.staff)) list.forEach((a) => add(a, { type: 'staff', kind: kind as StaffKind }));
  for (const f of facts) {
    // Counts of organisations are asked for through their own cues (orgCounts), not by the words of their labels.
    if (/\.mention\.|^units\.|^vehicles\.|^org\.|\.item\./.test(f.key) || /#\d+$/.test(f.key)) continue;
    if (f.label.length >= 3 && !/^(年初预算数|收入合计|合计|其中)$/.test(f.label)) add(f.label, { type: 'item', key: f.key });
  }
  entries.sort((a, b) => b.term.length - a.term.length);
  const index = fuzzyIndex(entries);
  return {
    entries,
    match: (q) => matchTerms(entries, q, index),
    name: (key) => names.get(key) ?? names.get(key.replace(/^procurement\.general_budget\./, 'procurement.')) ?? { zh: key, en: key },
  };
}

interface FuzzyIndex {
  /** character → positions (in `entries`) of the fuzzy-eligible terms that contain it */
  byChar: Map<string, number[]>;
  /** distinct characters of each entry's term (0 for terms not eligible for typo matching) */
  distinct: number[];
}

/** Built once: lets a question find its typo candidates by shared characters instead of trying every term. */
function fuzzyIndex(entries: LexEntry[]): FuzzyIndex {
  const byChar = new Map<string, number[]>();
  const distinct = entries.map((entry, i) => {
    const latin = /^[a-z]/.test(entry.term);
    if (entry.term.length < 4 || entry.when || entry.weak || (latin && entry.term.length < 6)) return 0;
    const chars = new Set(entry.term);
    for (const ch of chars) byChar.set(ch, [...(byChar.get(ch) ?? []), i]);
    return chars.size;
  });
  return { byChar, distinct };
}

function matchTerms(entries: LexEntry[], q: string, index: FuzzyIndex): LexMatch[] {
  const taken = new Array<boolean>(q.length).fill(false);
  const out: LexMatch[] = [];
  const free = (s: number, e: number) => taken.slice(s, e).every((x) => !x);
  const take = (entry: LexEntry, s: number, e: number, fuzzy: boolean) => {
    for (let i = s; i < e; i++) taken[i] = true;
    out.push({ entry, start: s, end: e, fuzzy });
  };
  for (const entry of entries) {
    if (entry.when && !entry.when.test(q)) continue;
    const isLatin = /^[a-z]/.test(entry.term);
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
  fuzzyMatches(entries, q, out, take, index);
  const strong = out.filter((m) => !m.entry.weak);
  return (strong.length ? strong : out).sort((a, b) => a.start - b.start);
}

/**
 * One-character typos (公务接代费, 三公经废, recepton): a term of 4+ characters one edit away from a window of the
 * question wins over the shorter exact matches inside that window (政府采购货勿预算 → 政府采购货物预算, not 政府采购).
 */
function fuzzyMatches(
  entries: LexEntry[],
  q: string,
  out: LexMatch[],
  take: (e: LexEntry, s: number, end: number, fuzzy: boolean) => void,
  index: FuzzyIndex,
) {
  const shared = new Map<number, number>();
  for (const ch of new Set(q)) for (const i of index.byChar.get(ch) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  const candidates = [...shared.entries()].filter(([i, n]) => n >= index.distinct[i]! - 1).map(([i]) => i).sort((a, b) => a - b);
  for (const i of candidates) {
    const entry = entries[i]!;
    const isLatin = /^[a-z]/.test(entry.term);
    const inside = (m: LexMatch, s: number, e: number) => m.start >= s && m.end <= e && m.end - m.start < entry.term.length;
    const hit = withinOneEdit(q, entry.term, (s, e) => out.every((m) => m.end <= s || m.start >= e || inside(m, s, e)));
    if (!hit) continue;
    if (isLatin && (/[a-z]/.test(q[hit.start - 1] ?? '') || /[a-z]/.test(q[hit.end] ?? ''))) continue;
    for (let i = out.length - 1; i >= 0; i--) if (inside(out[i]!, hit.start, hit.end)) out.splice(i, 1);
    take(entry, hit.start, hit.end, true);
  }
}
