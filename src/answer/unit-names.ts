import { longestCommonRun } from './text-match.js';
import type { SubUnit } from '../domain/types.js';

export interface UnitName {
  index: number;
  names: string[];
}

const REGION = /^(?:重庆市)?(?:[\u4e00-\u9fff]{1,6}?(?:区|县|自治县))?/;

/** A document's unit names, built once per document (its list of sub-units); callers only read them. */
const NAMES = new WeakMap<SubUnit[], UnitName[]>();

/** Full and short names of each sub-unit: 重庆市渝中区政务服务中心 → 政务服务中心; （本级） → 本级, 办公室本级. */
export function unitNames(units: SubUnit[]): UnitName[] {
  let names = NAMES.get(units);
  if (!names) NAMES.set(units, (names = buildUnitNames(units)));
  return names;
}

function buildUnitNames(units: SubUnit[]): UnitName[] {
  const fulls = units.map((u) => u.name.replace(/[（(]/g, '(').replace(/[）)]/g, ')').toLowerCase());
  return units.map((u, i) => {
    const full = u.name.replace(/[（(]/g, '(').replace(/[）)]/g, ')').toLowerCase();
    const bare = full.replace(/\(本级\)/, '');
    const short = bare.replace(REGION, '');
    const names = new Set([full, bare, short]);
    if (/\(本级\)/.test(full)) ['本级', `${short}本级`, `${short}(本级)`].forEach((n) => names.add(n));
    // A last word as a name (治理中心) only when no other unit's name holds it (服务中心 is also 政务服务中心's).
    const tail = short.slice(-4);
    if (short.length > 6 && short.endsWith('中心') && fulls.every((f, j) => j === i || !f.includes(tail))) names.add(tail);
    return { index: u.index, names: [...names].filter((n) => n.length >= 2) };
  });
}

/** The units whose names are centres (中心), memoised per list: 中心 alone may mean any of them, 三个中心 all of them. */
const CENTRES = new WeakMap<readonly UnitName[], number[]>();
export function centreUnits(names: readonly UnitName[]): number[] {
  let found = CENTRES.get(names);
  if (!found) CENTRES.set(names, (found = names.filter((x) => x.names.some((n) => n.endsWith('中心'))).map((x) => x.index)));
  return found;
}

/** "加上三个中心" / "和其他单位": the rest of the units added to one already named — every unit together. */
export const REST_OF_UNITS = /(?:加上?|和|及|连同|算上)(?:[二三四两\d]|其他|其余|另外)个?(?:二级|下属|所属)?(?:中心|单位)/;

/** The sub-unit a question names: an exact short name first, else the longest shared run of 4+ characters. */
export function matchUnit(q: string, names: UnitName[]): number | undefined {
  let best: { index: number; len: number } | undefined;
  let tie = false;
  for (const u of names) {
    for (const n of u.names) {
      if (!q.includes(n)) continue;
      if (!best || n.length > best.len) {
        best = { index: u.index, len: n.length };
        tie = false;
      } else if (n.length === best.len && best.index !== u.index) tie = true;
    }
  }
  if (best && !tie) return best.index;
  // A shared run or an abbreviation needs four characters of a name in the question: most questions have none.
  if (!names.some((u) => u.names.some((n) => sharedChars(q, n) >= 4))) return undefined;
  let lcsBest: { index: number; len: number } | undefined;
  tie = false;
  for (const u of names) {
    const len = Math.max(...u.names.map((n) => longestCommonRun(q, n)));
    if (len < 4) continue;
    if (!lcsBest || len > lcsBest.len) {
      lcsBest = { index: u.index, len };
      tie = false;
    } else if (len === lcsBest.len) tie = true;
  }
  if (lcsBest && !tie) return lcsBest.index;
  return matchAbbreviation(q, names);
}

/**
 * Abbreviations keep a name's characters in order (政务中心 → 政务服务中心, 数字化中心 → 数字化城市运行和治理中心) and its
 * head, the last two characters (中心): 政府采购服务 holds 政、务、服、务 in order, and names no centre.
 */
function matchAbbreviation(q: string, names: UnitName[]): number | undefined {
  const scored = names.map((u) => {
    const best = u.names.filter((n) => q.includes(n.slice(-2))).map((n) => ({ count: commonSubsequence(q, n), ratio: commonSubsequence(q, n) / n.length }));
    return { index: u.index, count: Math.max(0, ...best.map((x) => x.count)), ratio: Math.max(...best.filter((x) => x.count >= 4).map((x) => x.ratio), 0) };
  });
  const byCount = [...scored].sort((a, b) => b.count - a.count);
  const byRatio = [...scored].sort((a, b) => b.ratio - a.ratio);
  const [c1, c2] = byCount;
  if (c1 && c1.count >= 4 && (!c2 || c1.count - c2.count >= 2)) return c1.index;
  const [r1, r2] = byRatio;
  if (r1 && r1.ratio >= 0.6 && (!r2 || r1.ratio - r2.ratio >= 0.2)) return r1.index;
  return undefined;
}

/**
 * Whether a word is a unit's name shortened as matchAbbreviation reads one (政务中心 of 政务服务中心): the name's first
 * character and its head, every character of the word in the name's order.
 */
export function isShortNameOf(word: string, name: string): boolean {
  if (word.length < 3 || word[0] !== name[0] || !word.endsWith(name.slice(-2))) return false;
  let at = 0;
  for (const ch of word) {
    at = name.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** How many characters of `name` occur in `q`: a bound on both their longest common run and subsequence. */
function sharedChars(q: string, name: string): number {
  let n = 0;
  for (let i = 0; i < name.length; i++) if (q.includes(name[i]!)) n++;
  return n;
}

function commonSubsequence(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? diag + 1 : Math.max(prev[j]!, prev[j - 1]!);
      diag = up;
    }
  }
  return prev[b.length]!;
}


/** Every sub-unit a question names by an exact full or short name, in the order they appear (for comparisons). */
export function matchUnits(q: string, names: UnitName[]): number[] {
  const hits: Array<{ index: number; at: number; len: number }> = [];
  for (const u of names) {
    let best: { at: number; len: number } | undefined;
    for (const n of u.names) {
      if (n.length < 2 || n === '中心') continue;
      const at = q.indexOf(n);
      if (at >= 0 && (!best || n.length > best.len)) best = { at, len: n.length };
    }
    if (best) hits.push({ index: u.index, ...best });
  }
  // Drop a hit inside a longer one (服务中心 inside 政务服务中心).
  const kept = hits.filter((h) => !hits.some((o) => o !== h && o.at <= h.at && o.at + o.len >= h.at + h.len && o.len > h.len));
  // "数字化中心比政务服务中心…": a part of the comparison that names no unit exactly may name one by abbreviation.
  let at = 0;
  for (const part of q.split(/(比|和|与|跟|及|、|,| vs\.? | and )/)) {
    const start = at;
    at += part.length;
    if (part.length < 4 || kept.some((h) => h.at < start + part.length && h.at + h.len > start)) continue;
    const index = matchUnit(part, names);
    if (index !== undefined && !kept.some((h) => h.index === index)) kept.push({ index, at: start, len: part.length });
  }
  return kept.sort((a, b) => a.at - b.at).map((h) => h.index);
}

/**
 * Units a question names only by words their names share ("the service centre" → 服务中心 of 机关事务服务中心 and
 * 政务服务中心): every unit it may mean, when it names none by a name of its own. A run of four characters or more.
 */
export function unitsSharing(q: string, names: UnitName[]): number[] {
  const runs = q.match(/[\u4e00-\u9fff]{4,}/g) ?? [];
  for (const run of runs) {
    for (let len = run.length; len >= 4; len--) {
      for (let i = 0; i + len <= run.length; i++) {
        const w = run.slice(i, i + len);
        const holding = names.filter((u) => u.names.some((n) => n.includes(w)));
        if (holding.length >= 2 && holding.length < names.length) return holding.map((u) => u.index);
      }
    }
  }
  return [];
}

/**
 * Whether a question that names this unit means it alone: the department's own office (本级) is named like the
 * department, so only 本级 written out means that unit alone. (In English only its own name for it — benji, the office
 * proper — does: "the office itself" is as often the department.) Pure.
 */
export function meansUnitAlone(unit: { name: string }, department: string, text: string): boolean {
  const ownOffice = /[(（]本级[)）]/.test(unit.name) || unit.name === department;
  return !ownOffice || /本级|\bbenji\b|\boffice proper\b|excluding the|not the cent/.test(text);
}
