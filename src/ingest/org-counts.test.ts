import { describe, expect, it } from 'vitest';
import rules from '../../data/parser/org-counts.json' with { type: 'json' };
import { normalizeText } from './normalize.js';
import { fromCharacters } from './numerals.js';
import { findOrgCounts } from './org-counts.js';

const read = (sentence: string) => {
  const norm = normalizeText(sentence);
  return findOrgCounts(norm, { start: 0, end: norm.length }).counts.map((c) => [c.key, c.value, norm.slice(c.labelSpan.start, c.labelSpan.end)]);
};

describe('organisation counts (data/parser/org-counts.json): every example', () => {
  it.each(rules.examples.read as Array<[string, string[][]]>)('"%s"', (sentence, want) => {
    expect(read(sentence)).toEqual(want);
  });
  it.each(rules.examples.notRead)('"%s" holds no count of organisations', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});

describe('counts written in characters', () => {
  it.each([['三', '3'], ['两', '2'], ['十', '10'], ['十二', '12'], ['二十', '20'], ['二十五', '25'], ['一百零八', '108']])('%s is %s', (chars, value) => {
    expect(fromCharacters(chars)).toBe(value);
  });
  it.each(['三公', '一般', '三四', '十十', '百', ''])('"%s" is not a number', (chars) => {
    expect(fromCharacters(chars)).toBeUndefined();
  });
  it('keep the characters as the span and the Arabic value', () => {
    const norm = normalizeText('下设两个事业单位');
    const [count] = findOrgCounts(norm, { start: 0, end: norm.length }).counts;
    expect(norm.slice(count!.span.start, count!.span.end)).toBe('两');
    expect(count).toMatchObject({ value: '2', inCharacters: true, key: 'org.subordinate_units' });
  });
  it('"三公", "一般公共预算" and "公益一类" are not counts at all', () => {
    const norm = normalizeText('“三公”经费，一般公共预算拨款，公益一类事业单位，一类');
    expect(findOrgCounts(norm, { start: 0, end: norm.length })).toEqual({ counts: [], unplaced: [] });
  });
});
