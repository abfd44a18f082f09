import { STAFF_KINDS, classify } from '../domain/catalog.js';
import type { Span, SubUnit } from '../domain/types.js';
import type { Collector } from './collector.js';
import { findAmounts } from './amounts.js';
import { labelBefore } from './entries.js';
import { findSubsections, subsection, type Section } from './sections.js';
import { normalizeText } from './normalize.js';

const SELF_SUBJECT = /^(?:本单位|本部门|本校|我校|我院|本院|本中心|我中心|我单位)/;

/**
 * Section 一 (二)单位构成: one sentence per sub-unit —
 * "X为行政单位，机构规格为正处（县）级，经费渠道为财政全额拨款，现有行政编制员43人，实有47人，聘用人员14人。"
 */
export function extractUnits(c: Collector, section: Section, department: string): SubUnit[] {
  const units: SubUnit[] = [];
  for (const sentence of sentences(c.norm, compositionOf(c.norm, section))) {
    const tokens = findAmounts(c.norm, sentence.start, sentence.end).filter((t) => t.unit === '人');
    const staff = tokens
      .map((t) => ({ t, kind: classify(STAFF_KINDS, labelBefore(c.norm, t.span.start, sentence.start).label) }))
      .filter((x) => x.kind);
    // Headcounts of other kinds (领导职数, 预算人数, 学生…) are read, or reported, with the organisation counts.
    if (staff.length === 0) continue;
    const unit = describeUnit(c.text, c.norm, sentence, department, units.length + 1);
    units.push(unit);
    const seen = new Set<string>();
    for (const { t, kind } of staff) {
      if (seen.has(kind!.key)) continue;
      seen.add(kind!.key);
      const label = labelBefore(c.norm, t.span.start, sentence.start);
      c.addToken(`units.${unit.index}.staff.${kind!.key}`, c.text.slice(label.span.start, label.span.end), t, sentence, {
        subUnit: unit.name,
      });
    }
  }
  return units;
}

/** The part of section 一 that describes the units and their people: (二)单位构成 (or 机构设置, 人员), else the whole section. */
function compositionOf(norm: string, section: Section): Span {
  return subsection(findSubsections(norm, section.body), /构成|机构设置|人员/)?.span ?? section.body;
}

function sentences(norm: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || norm[i] === '。' || norm[i] === '\n') {
      const end = i < span.end && norm[i] === '。' ? i + 1 : i;
      if (norm.slice(start, end).trim()) out.push({ start, end });
      start = i + 1;
    }
  }
  return out;
}

function describeUnit(text: string, norm: string, sentence: Span, department: string, index: number): SubUnit {
  const s = norm.slice(sentence.start, sentence.end);
  const lead = /^\s*(?:\(\S{1,3}\))?\s*/.exec(s)![0].length;
  const body = s.slice(lead);
  // "1.重庆市…局(本级):行政单位,…" names the unit before a colon; otherwise "X为…单位", "X核定编制…", or
  // "…下设一个事业单位，即X，为…" after 即.
  const named =
    /^(?:\d{1,2}[.、]\s*)?([^,;:。]{4,60}?):/.exec(body) ??
    /^([^,;:。]{2,60}?)(?:系|为|是)/.exec(body) ??
    /^([^,;:。]{4,60}?)(?=(?:现有|核定)?(?:行政|事业)?编制|实有|在职)/.exec(body);
  const appositive = named ? undefined : /[,;]即([^,;:。]{4,60}?)[,;]\s*(?:系|为|是)/.exec(body);
  const subject = named ?? appositive;
  const nameAt = subject ? sentence.start + lead + subject.index + subject[0].indexOf(subject[1]!) : 0;
  // 学校核定编制74人: the subject is 学校 (the lazy match of four characters or more takes the verb too).
  const rawName = subject ? text.slice(nameAt, nameAt + subject[1]!.length).trim().replace(/(?:现有|核定)$/, '') : '';
  // A self-reference (本校) or the end of the department's own name (学校 of …初级中学校) is the department.
  const self = SELF_SUBJECT.test(rawName) || (rawName.length >= 2 && normalizeText(department).endsWith(normalizeText(rawName)));
  const name = !rawName || self ? department : rawName;
  const type = /(公益[一二三]类事业单位|参照公务员法管理的事业单位|参公事业单位|全额拨款事业单位|行政单位|行政机关|事业单位)/.exec(s)?.[1];
  const level = /机构规格为([^,;。]+)/.exec(s)?.[1];
  const funding = /经费(?:渠道|形式|来源)为([^,;。]+)/.exec(s)?.[1];
  const pick = (m: string | undefined) => (m ? text.slice(sentence.start + s.indexOf(m), sentence.start + s.indexOf(m) + m.length) : undefined);
  return {
    index,
    name,
    ...(type ? { type: pick(type) } : {}),
    ...(level ? { level: pick(level) } : {}),
    ...(funding ? { funding: pick(funding) } : {}),
    span: sentence,
  };
}
