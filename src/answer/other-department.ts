import { districtShort } from '../domain/department.js';
import { ALIASES } from './alias-data.js';
import type { DocumentCatalog } from '../domain/document-catalog.js';

/** A character of a name: a name does not run across a conjunction (区政府办和区委办: the other one is 区委办). */
const C = '(?:(?![和与跟及])[\\u4e00-\\u9fff])';
/**
 * Organisations named by their kind (教委, 公安局, X街道办事处, 区人大常委会): another department unless a loaded document is
 * theirs (a 大厅 or 餐厅 is a room, not a 厅; 人大 and 政协 alone are as often their members or motions — 人大代表建议,
 * 政协提案 — so only their bodies, or 区人大的…, name them).
 */
const ORG = new RegExp(`${C}{0,6}?(?:委员会|教委|卫健委|发改委|发展改革委|经信委|住建委|建委|商务委|科委|民宗委|农委|国资委|公安局|财政局|税务局|${C}{1,3}局|${C}{0,2}(?![大餐客展门舞歌])${C}厅|${C}{1,2}委办(?:公室)?|街道办事处|镇人民政府|乡人民政府|(?:人大常委会|人大机关|政协机关)(?:办公室)?|(?:人大|政协)办公室|[区市县](?:人大|政协)(?=的))`, 'g');

/** Another department named in English by its kind (the district education commission), from data/aliases.json. */
const ORG_EN = ((k) => new RegExp(`\\b(?:${k?.kinds.join('|') ?? '(?!)'})(?: and [a-z]+)? (?:${k?.suffixes.join('|') ?? '(?!)'})\\b`))(ALIASES.departmentKindsEn);

/**
 * A department or district the question names that no loaded document covers (渝中区教委, 沙坪坝区), or undefined.
 * A name the question's own document mentions (a project such as 城市治理委员会工作经费) is not another department.
 */
export function otherDepartment(
  q: string,
  catalog: DocumentCatalog,
  districts: readonly string[],
  inDocument: (phrase: string) => boolean = () => false,
  english: Readonly<Record<string, string>> = {},
): string | undefined {
  const covered = catalog.coveredDistricts();
  for (const { name, short } of shortNames(districts)) {
    const en = english[name];
    // "Jiangbei District": the pinyin name followed by district or county.
    const namedEn = !!en && q.includes(en) && englishName(en).test(q);
    const named = q.includes(name) || (short.length >= 2 && q.includes(`${short}区`)) || namedEn;
    if (named && !covered.includes(name) && !catalog.mentions(short)) return name;
  }
  const city = catalog.cityBodies(q)[0];
  if (city) return city;
  // "the district education commission": another department named in English (the office's own units are named
  // otherwise: affairs service center, government office).
  const en = ORG_EN.exec(q)?.[0];
  if (en) return en;
  for (const m of q.matchAll(ORG)) {
    // (The asker's own words before a district's body are not its name: 我想问下区教委 names 区教委.)
    // (Nor is the 那 that turns to it: 那区财政局呢 names 区财政局.)
    const name = m[0].replace(/^[我你][^区市县]{0,5}(?=[区市县])/, '').replace(/^那么?(?=[区市县])/, '');
    if (/^(本|该|这|那|全|各|我|你)/.test(name)) continue;
    // The match may start with words of the question (有没有城市治理委员会): any tail the data knows is not another department.
    // A tail after a city (重庆市政府办公厅: 政府办公厅 is in this document's words too) names that city's body, not this one.
    const city = [...name.matchAll(/市(?![场民])/g)].at(-1)?.index;
    const tails = Array.from({ length: Math.max(1, Math.min(name.length - 3, city === undefined ? Infinity : city + 1)) }, (_, i) => name.slice(i));
    if (tails.some((t) => catalog.mentions(t) || inDocument(t))) continue;
    return name;
  }
  return undefined;
}

const EN = new Map<string, RegExp>();

/** "Jiangbei District", "Jiangbei's": a district's pinyin name as a name, compiled once per name. */
function englishName(en: string): RegExp {
  let re = EN.get(en);
  if (!re) EN.set(en, (re = new RegExp(`\\b${en}(?: district| county|'s)`)));
  return re;
}

/** District names with their short forms, worked out once per list. */
const SHORT = new WeakMap<readonly string[], Array<{ name: string; short: string }>>();

function shortNames(districts: readonly string[]): Array<{ name: string; short: string }> {
  let names = SHORT.get(districts);
  if (!names) SHORT.set(districts, (names = districts.map((name) => ({ name, short: districtShort(name) }))));
  return names;
}
