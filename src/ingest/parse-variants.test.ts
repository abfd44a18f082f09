import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDocument } from './audit.js';
import { parseDocument } from './parse-document.js';

interface Label {
  title: string | null;
  department?: string;
  year: number;
  facts: Record<string, { value: string; unit: string; change?: string; changePercent?: string; changeNote?: string; reasonStartsWith?: string; subUnit?: string }>;
}

const VARIANTS = new URL('../../test/fixtures/variants/', import.meta.url);
const REAL = new URL('../../test/fixtures/real/', import.meta.url);
const load = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Record<string, Label>;
const entries = (labels: Record<string, Label>) => Object.entries(labels).filter(([k]) => !k.startsWith('$'));
const squash = (s: string) => s.replace(/\s/g, '');
/** Self-references (本校, 本单位) name the document's own department. */
const SELF = /^(本单位|本校|我校|我院|本院|本中心)$/;

/** Label keys outside the facts the parser keeps: equipment counts (台（套）) and headcounts beyond 编制/实有/聘用. */
const NOT_KEPT = /^assets\.|\.staff\.(on_post|dispatched)$/;

function checkLabels(text: string, label: Label) {
  const parsed = parseDocument(text);
  const byKey = new Map(parsed.facts.map((f) => [f.key, f]));
  if (label.title) expect(squash(parsed.document.title)).toBe(squash(label.title));
  if (label.department) expect(squash(parsed.document.department)).toBe(squash(label.department));
  expect(parsed.document.year).toBe(label.year);
  for (const [key, want] of Object.entries(label.facts)) {
    if (NOT_KEPT.test(key)) {
      // Not kept as a fact, but never silently dropped: the figure is in a warning.
      expect(parsed.warnings.some((w) => w.quote.includes(want.value)), `${key} neither read nor warned`).toBe(true);
      continue;
    }
    const got = byKey.get(key);
    expect(got, `${key} missing`).toBeDefined();
    // Headcounts written with 名 are stored in 人 (the fact units are 万元 / 元 / 辆 / 人 / 个).
    expect({ key, value: got!.value, unit: got!.unit }).toEqual({ key, value: want.value, unit: want.unit === '名' ? '人' : want.unit });
    expect(text.slice(got!.span.start, got!.span.end).replace(/,/g, '')).toBe(key === 'fiscal.gov_fund.expenditure' && want.value === '0' && got!.label.startsWith('无') ? '无' : want.value);
    expect(got!.change, `${key} change`).toBe(want.change);
    expect(got!.changePercent, `${key} changePercent`).toBe(want.changePercent);
    if (want.changeNote) expect(got!.changeNote, `${key} changeNote`).toContain('新增单位');
    if (want.reasonStartsWith) expect(got!.reason?.startsWith(want.reasonStartsWith), `${key} reason "${got!.reason}"`).toBe(true);
    if (want.subUnit) expect(got!.subUnit).toBe(SELF.test(want.subUnit) ? parsed.document.department : want.subUnit);
  }
  return parsed;
}

describe('parser on the invented variants (every template variation)', () => {
  const labels = load(new URL('labels.json', VARIANTS));
  it.each(entries(labels))('%s: every labelled fact, span and change', (file, label) => {
    const text = readFileSync(new URL(file, VARIANTS), 'utf8');
    const parsed = checkLabels(text, label);
    // Nothing beyond the labels except the figures quoted inside reasons.
    const extra = parsed.facts.filter((f) => !(f.key in label.facts) && !/\.mention\.\d+$/.test(f.key)).map((f) => f.key);
    expect(extra).toEqual([]);
    // A document cut short inside a figure says so; otherwise nothing is left unread.
    const warnings = parsed.warnings.filter((w) => !/section missing/.test(w.message)).map((w) => w.message);
    expect(warnings).toEqual((label as { truncated?: unknown[] }).truncated?.length ? ['the text ends inside a figure sentence (cut short?)'] : []);
  });

  it.each(entries(labels))('%s: audit fails nothing (the one 0.01 gap is a note)', (file, label) => {
    const text = readFileSync(new URL(file, VARIANTS), 'utf8');
    const checks = auditDocument(text, parseDocument(text).facts);
    expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
    const notes = checks.filter((c) => c.status === 'note').map((c) => c.id);
    expect(notes).toEqual((label as { roundingGapNote?: string | null }).roundingGapNote ? ['expenditure-categories'] : []);
  });
});

describe('parser on a second set of invented documents (town, school, clinic, bureau)', () => {
  const dir = new URL('../../test/fixtures/variants2/', import.meta.url);
  const labels = load(new URL('labels.json', dir));
  it.each(entries(labels))('%s: every labelled fact, and audit fails nothing', (file, label) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const parsed = checkLabels(text, label);
    const extra = parsed.facts.filter((f) => !(f.key in label.facts) && !/\.mention\.\d+$/.test(f.key)).map((f) => f.key);
    expect(extra).toEqual([]);
    expect(auditDocument(text, parsed.facts).filter((c) => c.status === 'fail')).toEqual([]);
  });
});

describe('parser on the real excerpts (cut short, page chrome, folded punctuation)', () => {
  const labels = load(new URL('../../test/fixtures/real/labels.json', import.meta.url));
  /** Facts read beyond the labels, each a judgement call written down: 编外长聘人员 is contract (聘用) staff. */
  const ACCEPTED_EXTRA: Record<string, string[]> = { '08.txt': ['units.1.staff.actual', 'units.1.staff.hired'] };
  it.each(entries(labels))('%s', (file, label) => {
    const text = readFileSync(new URL(file, REAL), 'utf8');
    const parsed = checkLabels(text, label);
    const extra = parsed.facts.filter((f) => !(f.key in label.facts) && !/\.mention\.\d+$/.test(f.key)).map((f) => f.key);
    expect(extra).toEqual(ACCEPTED_EXTRA[file] ?? []);
    expect(auditDocument(text, parsed.facts).filter((c) => c.status === 'fail')).toEqual([]);
  });

  it('reads every excerpt without throwing, and reports what it could not read as warnings with spans', () => {
    for (let i = 1; i <= 21; i++) {
      const name = `${String(i).padStart(2, '0')}.txt`;
      const text = readFileSync(new URL(name, REAL), 'utf8');
      const parsed = parseDocument(text);
      for (const w of parsed.warnings) expect(text.slice(w.span.start, w.span.end)).toBe(w.quote);
    }
  });
});

describe('a figure sentence the parser cannot read', () => {
  it('becomes a warning with its span — never a silent drop or a guess', () => {
    const seed = readFileSync(new URL('../../data/sources/yuzhong-gov-office-2026.txt', import.meta.url), 'utf8');
    const odd = seed.replace('（三）绩效目标设置情况。', '（三）绩效目标设置情况。另安排应急储备资金35.5万元。');
    const parsed = parseDocument(odd);
    const warning = parsed.warnings.find((w) => w.quote.includes('35.5'));
    expect(warning?.message).toMatch(/绩效|not read|not recognised/);
    expect(odd.slice(warning!.span.start, warning!.span.end)).toBe(warning!.quote);
    expect(parsed.facts.find((f) => f.value === '35.5' && !/mention/.test(f.key))?.key ?? 'none').not.toBe('performance.amount');
  });
});
