import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rules from '../../data/parser/stated-in-words.json' with { type: 'json' };
import { readNumber } from './amounts.js';
import { auditDocument } from './audit.js';
import { parseDocument } from './parse-document.js';
import { normalizeText } from './normalize.js';
import { STATEMENTS, saysAll, saysNone } from './stated-words.js';

const cases = rules.statements.flatMap((s, i) => [
  ...s.examples.match.map((text) => ({ key: s.key, text, i, match: true })),
  ...s.examples.noMatch.map((text) => ({ key: s.key, text, i, match: false })),
]);

describe('figures stated in words (data/parser/stated-in-words.json): every example', () => {
  it.each(cases.map((c) => [c.key, c.match ? 'states' : 'does not state', c.text, c] as const))('%s: %s "%s"', (_k, _m, _t, c) => {
    expect(STATEMENTS[c.i]!.pattern.test(normalizeText(c.text))).toBe(c.match);
  });

  it('a statement of one figure is not read as another of the same part of the template (unless both list it: 无…收支)', () => {
    const listedBy = (text: string) => new Set(cases.filter((x) => x.match && x.text === text).map((x) => x.i));
    for (const c of cases.filter((x) => x.match)) {
      const own = STATEMENTS[c.i]!;
      const both = listedBy(c.text);
      const others = STATEMENTS.filter((s, i) => s !== own && !both.has(i) && s.in === own.in && s.pattern.test(normalizeText(c.text)));
      expect(others.map((s) => s.key), `"${c.text}"`).toEqual([]);
    }
  });

  it('the audit re-reads words that say none as 0, and nothing else as a number', () => {
    expect(readNumber('无“三公”经费预算')).toBe('0');
    expect(readNumber('不涉及机关运行经费')).toBe('0');
    expect(readNumber('无')).toBe('0');
    expect(saysNone('无车辆10辆')).toBe(false);
    expect(readNumber('全部为一般公共预算拨款')).toBeUndefined();
    expect(saysAll('全部为一般公共预算拨款')).toBe(true);
    expect(readNumber('三公')).toBeUndefined();
    expect(readNumber('一般公共预算')).toBeUndefined();
  });
});

describe('a zero stated in words, in a whole document', () => {
  const v13 = readFileSync(new URL('../../test/fixtures/variants3/v13-society-single-line-zeros-in-words.txt', import.meta.url), 'utf8');

  it('keeps the words as the span and the label, and a change stated after them', () => {
    const text = v13.replace('2026年本单位无“三公”经费预算。', '2026年本单位无“三公”经费预算，与上年持平。');
    const fact = parseDocument(text).facts.find((f) => f.key === 'sangong.total')!;
    expect(text.slice(fact.span.start, fact.span.end)).toBe('无“三公”经费预算');
    expect(fact).toMatchObject({ value: '0', unit: '万元', label: '无“三公”经费预算', change: '0' });
  });

  it('takes the character as the span of 为零, the words before it as the label', () => {
    const text = v13.replace('2026年本单位无“三公”经费预算。', '2026年本单位“三公”经费预算为零。');
    const parsed = parseDocument(text);
    const fact = parsed.facts.find((f) => f.key === 'sangong.total')!;
    expect(text.slice(fact.span.start, fact.span.end)).toBe('零');
    expect(fact).toMatchObject({ value: '0', label: '“三公”经费预算为' });
    expect(auditDocument(text, parsed.facts).filter((c) => c.status === 'fail')).toEqual([]);
  });
});
