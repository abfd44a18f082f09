import { PROCUREMENT_PARTS, VEHICLE_TYPES, classify, labelSlug } from '../domain/catalog.js';
import type { Span } from '../domain/types.js';
import type { Collector } from './collector.js';
import { scanEntries, type Entry } from './entries.js';
import { findSubsections, type Section } from './sections.js';
import { readStatedInWords } from './read-in-words.js';

type Topic = 'operating' | 'procurement' | 'performance' | 'vehicles';

const TOPICS: Array<[Topic, RegExp]> = [
  ['operating', /运行经费/],
  ['procurement', /采购/],
  ['performance', /绩效/],
  ['vehicles', /国有资产|车辆|资产占有/],
];

/** Section 五: 机关运行经费, 政府采购, 绩效, and vehicles held / to be bought. */
export function extractOther(c: Collector, section: Section): void {
  const subs = findSubsections(c.norm, section.body);
  const parts: Part[] = subs.length
    ? subs.map((s) => ({ topic: topicOf(s.title), span: s.span }))
    : paragraphParts(c.norm, section.body);
  for (const part of parts) {
    const entries = scanEntries(c.text, c.norm, part.span);
    if (entries.length === 0) continue;
    const topic = part.topic ?? guessTopic(entries);
    if (topic === 'operating') readOperating(c, entries);
    else if (topic === 'procurement') readProcurement(c, entries);
    else if (topic === 'performance') readPerformance(c, entries);
    else if (topic === 'vehicles') readVehicles(c, entries);
    else entries.forEach((e) => c.unread(`section 五: figure "${e.label}" not recognised`, e));
  }
  // 本单位无政府采购预算 / 本单位无车辆 / 不涉及机关运行经费 — zeros stated in words.
  readStatedInWords(c, 'other', section.body);
}

interface Part {
  topic?: Topic;
  span: Span;
}

const topicOf = (title: string) => TOPICS.find(([, re]) => re.test(title))?.[0];

/** A paragraph's opening words when they are a heading: `1.机关运行经费。`, `政府采购情况。` (numbered or not). */
const PARAGRAPH_HEADING = /^\s*(?:\d{1,2}\s*[.、]|\(\d{1,2}\)|[一二三四五六七八九十]{1,2}、)?\s*([^\n。:,;\d]{2,16})[。:]/;

/**
 * Without (一)(二) subsections, the topics are the paragraphs that open with a heading (1.政府采购情况。…, 政府采购情况。…);
 * a paragraph without one continues the part before it. No such heading at all: the section is one part.
 */
function paragraphParts(norm: string, body: Span): Part[] {
  const parts: Part[] = [];
  const lines = /[^\n]+/g;
  lines.lastIndex = body.start;
  let m: RegExpExecArray | null;
  while ((m = lines.exec(norm)) !== null && m.index < body.end) {
    const span = { start: m.index, end: Math.min(body.end, m.index + m[0].length) };
    const heading = PARAGRAPH_HEADING.exec(m[0]);
    const topic = heading ? topicOf(heading[1]!) : undefined;
    const last = parts.at(-1);
    if (topic || !last) parts.push({ ...(topic ? { topic } : {}), span });
    else last.span = { start: last.span.start, end: span.end };
  }
  return parts.some((p) => p.topic) ? parts : [{ span: body }];
}

function guessTopic(entries: Entry[]): Topic | undefined {
  const label = entries[0]!.label;
  return TOPICS.find(([, re]) => re.test(label))?.[0] ?? (entries[0]!.amount.unit === '辆' ? 'vehicles' : undefined);
}

/** The one figure of a subsection whose label says what it is; every other figure there is reported, not guessed. */
function readSingle(c: Collector, entries: Entry[], key: string, labels: RegExp | RegExp[], topic: string): void {
  const tries = Array.isArray(labels) ? labels : [labels];
  const hit = tries.map((re) => entries.find((e) => re.test(e.label))).find(Boolean) ?? (entries.length === 1 ? entries[0] : undefined);
  if (hit) c.addEntry(key, hit);
  entries.filter((e) => e !== hit).forEach((e) => c.unread(`${topic}: figure "${e.label}" not recognised`, e));
}

function readOperating(c: Collector, entries: Entry[]): void {
  readSingle(c, entries, 'operating_costs', /运行经费|机关运行/, '机关运行经费');
}

/** Total, then goods/works/services; a later "其中一般公共预算拨款政府采购" total opens the second breakdown. */
function readProcurement(c: Collector, entries: Entry[]): void {
  let prefix = 'procurement';
  entries.forEach((entry, i) => {
    const part = classify(PROCUREMENT_PARTS, entry.label);
    const isTotal = i === 0 || (!part && /采购/.test(entry.label));
    if (isTotal) {
      if (i > 0) prefix = /一般公共预算/.test(entry.label) ? 'procurement.general_budget' : `procurement.${labelSlug(entry.label)}`;
      c.addEntry(`${prefix}.total`, entry);
    } else if (part) {
      c.addEntry(`${prefix}.${part.key}`, entry);
    } else {
      c.unread(`政府采购: figure "${entry.label}" not recognised`, entry);
    }
  });
}

/** "实行绩效目标管理的项目12个，涉及一般公共预算财政拨款8870.03万元": the project count and the amount. */
function readPerformance(c: Collector, entries: Entry[]): void {
  const counts = entries.filter((e) => e.amount.unit === '个');
  const money = entries.filter((e) => e.amount.unit !== '个');
  if (counts.length) readSingle(c, counts, 'performance.projects', /项目/, '绩效');
  if (money.length) readSingle(c, money, 'performance.amount', [/涉及/, /绩效|实行/], '绩效');
}

/** 截至2025年12月…共有车辆10辆，其中一般公务用车10辆…; 2026年…安排购置车辆14辆，其中… */
function readVehicles(c: Collector, entries: Entry[]): void {
  let mode: 'held' | 'planned' | undefined;
  let asOf: string | undefined;
  for (const entry of entries) {
    if (entry.amount.unit !== '辆') {
      c.unread(`vehicles: figure "${entry.label}" is not a vehicle count`, entry);
      continue;
    }
    const type = classify(VEHICLE_TYPES, entry.label);
    if (!type) {
      mode = /购置|购买|新增|更新|配备|安排/.test(entry.label) ? 'planned' : 'held';
      if (mode === 'held') {
        const sentence = c.text.slice(entry.sentence.start, entry.amount.span.start);
        asOf = /截至\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:底|末)?/.exec(sentence)?.[0];
      }
      c.addEntry(`vehicles.${mode}.total`, entry, mode === 'held' && asOf ? { asOf } : {});
      continue;
    }
    if (!mode) mode = 'held';
    c.addEntry(`vehicles.${mode}.${type.key}`, entry, mode === 'held' && asOf ? { asOf } : {});
  }
}
