import {
  FUNCTIONAL_CATEGORIES, INCOME_TYPES, PROCUREMENT_PARTS, SANGONG_ITEMS, SINGLE_ITEMS, STAFF_KINDS, VEHICLE_TYPES,
} from '../domain/catalog.js';
import type { Fact } from '../domain/types.js';
import { withinOneEdit } from './fuzzy.js';
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
  /** English words for parts of Chinese unit names (government affairs service center → 政务服务中心). */
  termTranslations?: Record<string, string>;
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
  for (const [key, list] of Object.entries(aliases.items)) list.forEach((a) => add(a, { type: 'item', key }));
  for (const [key, g] of Object.entries(aliases.groups ?? {})) g.aliases.forEach((a) => add(a, { type: 'group', key, members: g.members }));
  for (const kind of STAFF_KINDS) add(kind.zh, { type: 'staff', kind: kind.key as StaffKind });
  for (const [kind, list] of Object.entries(aliases.staff)) list.forEach((a) => add(a, { type: 'staff', kind: kind as StaffKind }));
  for (const f of facts) {
    if (/\.mention\.|^units\.|^vehicles\.|\.item\./.test(f.key) || /#\d+$/.test(f.key)) continue;
    if (f.label.length >= 3 && !/^(年初预算数|收入合计|合计|其中)$/.test(f.label)) add(f.label, { type: 'item', key: f.key });
  }
  entries.sort((a, b) => b.term.length - a.term.length);
  return {
    entries,
    match: (q) => matchTerms(entries, q),
    name: (key) => names.get(key) ?? names.get(key.replace(/^procurement\.general_budget\./, 'procurement.')) ?? { zh: key, en: key },
  };
}

function matchTerms(entries: LexEntry[], q: string): LexMatch[] {
  const taken = new Array<boolean>(q.length).fill(false);
  const out: LexMatch[] = [];
  const free = (s: number, e: number) => taken.slice(s, e).every((x) => !x);
  const take = (entry: LexEntry, s: number, e: number, fuzzy: boolean) => {
    for (let i = s; i < e; i++) taken[i] = true;
    out.push({ entry, start: s, end: e, fuzzy });
  };
  for (const entry of entries) {
    const isLatin = /^[a-z]/.test(entry.term);
    let from = 0;
    for (;;) {
      const at = q.indexOf(entry.term, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + entry.term.length;
      if (isLatin && (/[a-z]/.test(q[at - 1] ?? '') || /[a-z]/.test(q[end] ?? '') && !/^s\b/.test(q.slice(end)))) continue;
      if (free(at, end)) take(entry, at, end, false);
    }
  }
  // One-character typos (公务接代费, 三公经废), only when nothing specific matched exactly.
  const exactStrong = out.some((m) => !m.entry.weak && m.entry.target.type !== 'staff');
  for (const entry of exactStrong ? [] : entries) {
    if (entry.term.length < 4 || /[a-z]/.test(entry.term)) continue;
    const hit = withinOneEdit(q, entry.term, free);
    if (hit) take(entry, hit.start, hit.end, true);
  }
  const strong = out.filter((m) => !m.entry.weak);
  return (strong.length ? strong : out).sort((a, b) => a.start - b.start);
}
