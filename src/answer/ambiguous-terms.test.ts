import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_TERMS, ambiguousItems } from './ambiguous-terms.js';
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
});
