import type { Span } from '../domain/types.js';

/** The six top-level parts of the template, found by their wording rather than their number. */
export type SectionKind = 'basic' | 'overview' | 'fiscal' | 'sangong' | 'other' | 'glossary';

export interface Section {
  kind: SectionKind;
  heading: string;
  /** From the start of the heading line to the start of the next top-level heading. */
  span: Span;
  /** The body after the heading line. */
  body: Span;
}

export interface Subsection {
  title: string;
  /** The heading marker and title, e.g. `(二)政府采购情况`. */
  headingSpan: Span;
  span: Span;
}

const NUMBERING = String.raw`(?:[一二三四五六七八九十]{1,2}[ ]*[、.]|\d{1,2}[ ]*[.、]|第[一二三四五六]部分[ ]*[:]?)?[ ]*`;

const SECTION_PATTERNS: Array<[SectionKind, RegExp]> = [
  ['basic', /^(?:部门|单位)?基本情况/],
  ['overview', /^(?:部门|单位)?(?:财政)?收支(?:预算)?总体情况/],
  ['fiscal', /^(?:部门|单位)?(?:财政拨款收支|(?:部门|单位)?预算情况说明|财政拨款预算|一般公共预算(?:财政拨款)?(?:收支|支出)?(?:预算)?情况)/],
  ['sangong', /^[^。,]{0,12}?"?三公"?经费/],
  ['other', /^其他重要事项/],
  ['glossary', /^专业性?名词解释|^名词解释/],
];

const HEADING_LINE = new RegExp(String.raw`^[ ]*${NUMBERING}(.+)$`, 'gm');

/** Find the top-level sections. When a heading occurs more than once (a table of contents), keep the longest body. */
export function findSections(norm: string): Map<SectionKind, Section> {
  const hits: Array<{ kind: SectionKind; heading: string; start: number; bodyStart: number }> = [];
  HEADING_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HEADING_LINE.exec(norm)) !== null) {
    const rest = m[1]!;
    const numbered = m[0].trim().length !== rest.trim().length;
    for (const [kind, re] of SECTION_PATTERNS) {
      if (!re.test(rest.trim())) continue;
      // An unnumbered line only counts when it is the heading alone (not a sentence that starts with the words).
      if (!numbered && rest.trim().length > 14) continue;
      // Content on the same line after the heading words (e.g. `(一)...`) belongs to the body.
      hits.push({ kind, heading: m[0].trim(), start: m.index, bodyStart: m.index + m[0].length });
      break;
    }
  }
  const sections = new Map<SectionKind, Section>();
  hits.forEach((hit, i) => {
    const end = i + 1 < hits.length ? hits[i + 1]!.start : norm.length;
    const section: Section = {
      kind: hit.kind,
      heading: hit.heading,
      span: { start: hit.start, end },
      body: { start: Math.min(hit.bodyStart, end), end },
    };
    const prev = sections.get(hit.kind);
    if (!prev || end - section.body.start > prev.body.end - prev.body.start) sections.set(hit.kind, section);
  });
  return sections;
}

const SUB_HEADING = /^[ ]*(\((?:[一二三四五六七八九十]{1,3})\))[ ]*([^\n。:,;]{1,24})/gm;

/** Subsections `(一)…`, `(二)…` inside a span. */
export function findSubsections(norm: string, within: Span): Subsection[] {
  const marks: Array<{ title: string; start: number; headEnd: number }> = [];
  SUB_HEADING.lastIndex = within.start;
  let m: RegExpExecArray | null;
  while ((m = SUB_HEADING.exec(norm)) !== null && m.index < within.end) {
    marks.push({ title: m[2]!.trim(), start: m.index, headEnd: m.index + m[0].length });
  }
  return marks.map((mark, i) => ({
    title: mark.title,
    headingSpan: { start: mark.start, end: mark.headEnd },
    span: { start: mark.start, end: i + 1 < marks.length ? marks[i + 1]!.start : within.end },
  }));
}

/** The first subsection whose title matches. */
export function subsection(subs: Subsection[], re: RegExp): Subsection | undefined {
  return subs.find((s) => re.test(s.title));
}
