import type { Span, SubUnit } from '../domain/types.js';
import type { Collector } from './collector.js';
import { findOrgCounts, type OrgCount } from './org-counts.js';
import { sentenceAround } from './entries.js';
import { normalizeText } from './normalize.js';

/**
 * Section 一: counts of organisations and posts (内设8个科室, 下设两个事业单位, 领导职数1名, 预算人数4人) anywhere in it —
 * 06 states its 科室 in 职能职责 — each with its number's span (digits or characters) and its label as written. A count
 * about one listed sub-unit (本级内设…6个机构) carries that sub-unit. A count in digits no rule places (下辖11个社区 in
 * 职能职责, 学生1401人 in 单位构成) is a warning with its span, never dropped; headcounts already read as staff are left to them.
 */
export function extractOrg(c: Collector, body: Span, units: SubUnit[], department: string): void {
  const { counts, unplaced } = findOrgCounts(c.norm, body);
  for (const n of counts) {
    if (c.used.has(n.span.start)) continue;
    const sentence = sentenceAround(c.norm, n.span.start, body.start, body.end);
    const unit = subUnitOf(c, n, sentence, units, department);
    const label = c.text.slice(n.labelSpan.start, n.labelSpan.end);
    c.addWritten(n.key, n.span, sentence, n.value, n.unit, {
      label,
      ...(unit ? { subUnit: unit.name } : {}),
      ...(n.listItem ? { note: `one part of a list of internal units, counted in its total (${label})` } : {}),
    });
  }
  for (const u of unplaced) {
    if (u.inCharacters || c.used.has(u.span.start)) continue;
    const sentence = sentenceAround(c.norm, u.span.start, body.start, body.end);
    const clause = clauseAround(c.norm, u.full, sentence);
    c.warn(`count not read: ${c.text.slice(clause.start, clause.end)}`, clause);
  }
}

/** Counts of the department as a whole (下设事业单位2个, 预算单位共3个), even in a sentence about 本级. */
const DEPARTMENT_WIDE = /^org\.(?:subordinate_units|budget_units)$/;
/** A clause whose subject is 本级 (委本级内设…, 街道办事处本级设置…), not one naming it in a list (预算由局本级及所属…组成). */
const OWN_LEVEL_SUBJECT = /^[^,;由及和、]{0,8}本级(?![及和、])/;
const squash = (s: string) => normalizeText(s).replace(/\s/g, '');

/**
 * The listed sub-unit a count is about: the one whose sentence it stands in, after its name (unless that unit is the
 * department itself), or the 本级 unit a clause of its sentence names.
 */
function subUnitOf(c: Collector, count: OrgCount, sentence: Span, units: SubUnit[], department: string): SubUnit | undefined {
  if (units.length < 2) return undefined;
  const pos = count.span.start;
  // A count before the unit's name introduces it (下设一个事业单位，即X，…): it is not that unit's.
  const own = units.find((u) => u.span.start <= pos && pos < u.span.end && !namedAfter(c.norm, u, pos));
  if (own) return squash(own.name) === squash(department) ? undefined : own;
  if (DEPARTMENT_WIDE.test(count.key)) return undefined;
  let subject: SubUnit | undefined;
  for (const clause of c.norm.slice(sentence.start, pos).split(/[,;]/)) {
    const lead = clause.trim();
    if (OWN_LEVEL_SUBJECT.test(lead)) subject = units.find((u) => /本级/.test(u.name));
    else if (/^(?:本部门|本单位|部门)/.test(lead)) subject = undefined;
    else subject = units.find((u) => lead.startsWith(normalizeText(u.name))) ?? subject;
  }
  return subject;
}

function namedAfter(norm: string, unit: SubUnit, pos: number): boolean {
  const at = norm.indexOf(normalizeText(unit.name), unit.span.start);
  return at > pos && at < unit.span.end;
}

/** A count's clause: from the previous , ; 、 : ( or the sentence start to the next one (下辖1个社区, 学生1401人, (含退休人员20人)). */
function clauseAround(norm: string, full: Span, sentence: Span): Span {
  let s = full.start;
  while (s > sentence.start && !/[,;、:(]/.test(norm[s - 1]!)) s--;
  let e = full.end;
  while (e < sentence.end && e - full.end < 12 && !/[,;、:。()\n]/.test(norm[e]!)) e++;
  return { start: s, end: e };
}
