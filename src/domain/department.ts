/**
 * Who a document speaks for: its department as published, district, level, and the names a citizen would use for
 * it. Derived from the data (title, department line, sub-unit names) by general rules — never typed per department.
 * Pure.
 */

/** 本级: the department's own office only; 汇总: the department with its sub-units; 单位: one unit on its own. */
export type DocumentLevel = '本级' | '汇总' | '单位';

export interface DocumentIdentity {
  department: string;
  district?: string;
  level: DocumentLevel;
  /** Stable across years: the same department in 2025 and 2026 has the same key. */
  departmentKey: string;
}

export interface IdentityInput {
  title: string;
  department: string;
  subUnits: ReadonlyArray<{ name: string }>;
}

export type NameKind = 'full' | 'short' | 'subunit';

export interface DepartmentName {
  /** Folded (see foldName). */
  name: string;
  kind: NameKind;
}

/** Fold a name or a question for matching: NFKC, no spaces, brackets and quotes unified, lower case. */
export function foldName(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[“”"'‘’「」·•\s]/g, '')
    .toLowerCase();
}

const MUNICIPALITY = /^(?:中共)?重庆市/;
/** A district or county at the start of a name (after 重庆市): 渝中区, 城口县, 石柱土家族自治县, 两江新区. */
const DISTRICT_AT_START = /^(?:中共)?(?:重庆市)?([\u4e00-\u9fff]{1,10}?(?:自治县|新区|经开区|区|县))(?=[\u4e00-\u9fff(])/;

/** The district a department belongs to: a known district named in it first, else the leading 区/县 of its name. */
export function districtOf(name: string, knownDistricts: readonly string[] = []): string | undefined {
  const folded = foldName(name);
  const known = [...knownDistricts].sort((a, b) => b.length - a.length).find((d) => folded.includes(foldName(d)));
  if (known) return known;
  return DISTRICT_AT_START.exec(folded)?.[1];
}

export function identify(input: IdentityInput, knownDistricts: readonly string[] = []): DocumentIdentity {
  const department = input.department || input.title;
  const district = districtOf(department, knownDistricts) ?? districtOf(input.title, knownDistricts);
  const folded = foldName(`${department}${input.title}`);
  const level: DocumentLevel = /\(本级\)/.test(folded) ? '本级' : input.subUnits.length >= 2 ? '汇总' : '单位';
  const key = foldName(department).replace(/\(本级\)/g, '');
  return { department, ...(district ? { district } : {}), level, departmentKey: key };
}

/** The short district name a citizen writes: 渝中区 → 渝中, 石柱土家族自治县 → 石柱. */
export function districtShort(district: string): string {
  const s = district.replace(/(?:土家族苗族|苗族土家族|土家族)?自治县$/, '').replace(/(?:新区|经开区|区|县)$/, '');
  return s.length >= 2 ? s : district;
}

/** Common short forms of an organisation name, by rule. */
function shortForms(bare: string): string[] {
  const out = new Set<string>([bare]);
  const rules: Array<[RegExp, string[]]> = [
    [/人民政府办公室$/, ['政府办公室', '政府办']],
    [/人民政府$/, ['政府']],
    [/街道办事处$/, ['街道', '街道办']],
    [/委员会办公室$/, ['委办公室', '委办']],
    [/委员会$/, ['委']],
  ];
  for (const [re, replacements] of rules) {
    if (!re.test(bare)) continue;
    const stem = bare.replace(re, '');
    for (const r of replacements) out.add(`${stem}${r}`);
  }
  // 镇人民政府 / 乡人民政府 → the town's own name (新民镇).
  const town = /^(.+?[镇乡])(?:人民政府)$/.exec(bare);
  if (town) out.add(town[1]!);
  return [...out];
}

/**
 * The names a question may use for a document: the full name, without 重庆市, without the district (short and
 * long district forms both kept as prefixes), the rule-based short forms, and each sub-unit's name (a sub-unit
 * routes to its parent's document). Folded, unique, at least 3 characters (2 for a town or street name).
 */
export function namesOf(identity: DocumentIdentity, subUnitNames: readonly string[] = []): DepartmentName[] {
  const names = new Map<string, NameKind>();
  const add = (n: string, kind: NameKind) => {
    const f = foldName(n).replace(/\(本级\)/g, '');
    if (f.length < 3 && !/[镇乡]$/.test(f)) return;
    if (!names.has(f) || (names.get(f) === 'subunit' && kind !== 'subunit')) names.set(f, kind);
  };
  const full = foldName(identity.department).replace(/\(本级\)/g, '');
  add(full, 'full');
  const noCity = full.replace(/^中共/, '').replace(MUNICIPALITY, '');
  const party = full.startsWith('中共') ? '中共' : '';
  const district = identity.district ? foldName(identity.district) : undefined;
  const bare = district && noCity.startsWith(district) ? noCity.slice(district.length) : noCity;
  const prefixes = district ? [district, districtShort(district), ''] : [''];
  for (const form of shortForms(bare)) {
    for (const p of prefixes) {
      add(`${p}${form}`, form === bare && p === district ? 'full' : 'short');
      if (party) add(`${party}${p}${form}`, 'short');
    }
  }
  for (const unit of subUnitNames) {
    const u = foldName(unit).replace(/\(本级\)/g, '').replace(MUNICIPALITY, '');
    const uBare = district && u.startsWith(district) ? u.slice(district.length) : u;
    if (!uBare || foldName(uBare) === foldName(bare)) continue;
    for (const p of prefixes) add(`${p}${uBare}`, 'subunit');
  }
  return [...names].map(([name, kind]) => ({ name, kind }));
}
