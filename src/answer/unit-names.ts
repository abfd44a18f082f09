import type { SubUnit } from '../domain/types.js';

export interface UnitName {
  index: number;
  names: string[];
}

const REGION = /^(?:重庆市)?(?:[\u4e00-\u9fff]{1,6}?(?:区|县|自治县))?/;

/** Full and short names of each sub-unit: 重庆市渝中区政务服务中心 → 政务服务中心; （本级） → 本级, 办公室本级. */
export function unitNames(units: SubUnit[]): UnitName[] {
  return units.map((u) => {
    const full = u.name.replace(/[（(]/g, '(').replace(/[）)]/g, ')').toLowerCase();
    const bare = full.replace(/\(本级\)/, '');
    const short = bare.replace(REGION, '');
    const names = new Set([full, bare, short]);
    if (/\(本级\)/.test(full)) ['本级', `${short}本级`, `${short}(本级)`].forEach((n) => names.add(n));
    if (short.length > 6 && short.endsWith('中心')) names.add(short.slice(-4));
    return { index: u.index, names: [...names].filter((n) => n.length >= 2) };
  });
}

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
  return lcsBest && !tie ? lcsBest.index : undefined;
}

function longestCommonRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}
