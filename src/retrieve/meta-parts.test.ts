import { describe, expect, it } from 'vitest';
import { joinMetaRows, META_PART_CHARS, metaRows, textParts } from './sql.js';

describe('meta values stored in parts', () => {
  it('cuts long text into parts that join back exactly, never inside a surrogate pair', () => {
    const text = `${'预算'.repeat(7)}𠀀${'x'.repeat(5)}`;
    for (const size of [1, 2, 3, 5, 8, 100]) {
      const parts = textParts(text, size);
      expect(parts.join('')).toBe(text);
      for (const p of parts) expect(p).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    expect(textParts('', 10)).toEqual(['']);
  });

  it('names the parts key, key#1, key#2 … and reads them back in number order, ignoring other keys', () => {
    const value = 'a'.repeat(META_PART_CHARS * 2 + 3);
    const rows = metaRows('ngrams', value);
    expect(rows.map(([k]) => k)).toEqual(['ngrams', 'ngrams#1', 'ngrams#2']);
    const stored = [...rows].reverse().map(([key, v]) => ({ key, value: v }));
    expect(joinMetaRows('ngrams', [...stored, { key: 'ngrams#x', value: 'zzz' }])).toBe(value);
    expect(joinMetaRows('ngrams', [])).toBeUndefined();
    expect(joinMetaRows('embedder', [{ key: 'embedder', value: '{}' }])).toBe('{}');
  });
});
