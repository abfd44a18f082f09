import { describe, expect, it } from 'vitest';
import rules from '../../data/parser/stated-in-words.json' with { type: 'json' };
import { readNumber } from './amounts.js';
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

  it('a statement of one figure is not read as another of the same part of the template', () => {
    for (const c of cases.filter((x) => x.match)) {
      const own = STATEMENTS[c.i]!;
      const others = STATEMENTS.filter((s) => s !== own && s.in === own.in && s.pattern.test(normalizeText(c.text)));
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
