import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_TERMS, ambiguousItems, toldApart } from './ambiguous-terms.js';
import { read } from './seed-context.testkit.js';

describe('short names two items share (data/aliases.json ambiguous)', () => {
  for (const t of AMBIGUOUS_TERMS) {
    it.each(t.shouldClarify)(`${t.term}: %s asks which`, (q) => {
      const u = read(q);
      expect(u.intent).toBe('clarify');
      expect(u.choices?.length).toBe(t.items.length);
    });
    it.each(t.mustNotClarify)(`${t.term}: %s is answered as written`, (q) => {
      expect(read(q).intent).not.toBe('clarify');
    });
  }
  it('asks only when the one item named is one of them', () => {
    expect(ambiguousItems('运行费多少', ['sangong.vehicle_operation'])).toEqual(['operating_costs', 'sangong.vehicle_operation']);
    expect(ambiguousItems('运行费和三公经费多少', ['sangong.vehicle_operation', 'sangong.total'])).toBeUndefined();
    expect(ambiguousItems('车的运行费多少', ['sangong.vehicle_operation'])).toBeUndefined();
  });

  it('tells them apart by a figure quoted, then by the direction said', () => {
    const figures: Record<string, { value: string; change?: string }> = { a: { value: '253.48', change: '-19.75' }, b: { value: '87.8', change: '8.2' } };
    const figureOf = (k: string) => figures[k];
    expect(toldApart('运行费涨了19.75万?', ['a', 'b'], figureOf)).toBe('a');
    expect(toldApart('运行费是87.8万吧', ['a', 'b'], figureOf)).toBe('b');
    expect(toldApart('运行费为什么减少', ['a', 'b'], figureOf)).toBe('a');
    expect(toldApart('运行费为什么增加', ['a', 'b'], figureOf)).toBe('b');
  });
  it('tells nothing apart when no figure matches or no direction is said', () => {
    const figureOf = (k: string) => ({ a: { value: '253.48', change: '-19.75' }, b: { value: '87.8', change: '-8.2' } })[k];
    expect(toldApart('运行费为什么减少', ['a', 'b'], figureOf)).toBeUndefined();
    expect(toldApart('运行费是100万吧', ['a', 'b'], figureOf)).toBeUndefined();
    expect(toldApart('运行费多少', ['a', 'b'], figureOf)).toBeUndefined();
  });
});

