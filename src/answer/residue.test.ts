import { describe, expect, it } from 'vitest';
import { normalizeQuestion } from './question-text.js';
import { englishResidue, residueOf, RESIDUE_EXAMPLES } from './residue.js';

describe('the residue of a question (data/fillers.json)', () => {
  const lexiconSpans = (q: string, terms: string[]) => terms.flatMap((t) => (q.includes(t) ? [{ start: q.indexOf(t), end: q.indexOf(t) + t.length }] : []));
  const TERMS = ['三公经费', '公车运行维护费', '项目支出'];
  it.each(RESIDUE_EXAMPLES.noResidue)('%s leaves nothing unexplained', (raw) => {
    const q = normalizeQuestion(raw);
    expect(residueOf(q, lexiconSpans(q, TERMS))).toEqual([]);
  });
  it.each(RESIDUE_EXAMPLES.residue)('%s leaves %s', (raw, left) => {
    const q = normalizeQuestion(raw);
    expect(residueOf(q, lexiconSpans(q, TERMS))).toEqual([left]);
  });
  it.each(RESIDUE_EXAMPLES.vagueEnglish)('%s: no English word left', (raw) => {
    expect(englishResidue(normalizeQuestion(raw))).toEqual([]);
  });
  it.each(RESIDUE_EXAMPLES.notVagueEnglish)('%s: names something', (raw) => {
    expect(englishResidue(normalizeQuestion(raw)).length).toBeGreaterThan(0);
  });
  it('keeps a number run into a word as one name (12345热线), but not an amount, a year or a count', () => {
    const q = '12345热线运行经费有多少';
    expect(residueOf(q, [{ start: 7, end: 11 }])).toEqual(['12345热线']);
    expect(residueOf('2026年三公经费有多少', lexiconSpans('2026年三公经费有多少', TERMS))).toEqual([]);
    expect(residueOf('三公经费是367万吗', lexiconSpans('三公经费是367万吗', TERMS))).toEqual([]);
  });
  it('blanks a cue’s words but not what stands in its gap (有没有…项目 leaves the project’s own words)', () => {
    expect(residueOf('有没有办公家具采购项目?', [], [], 2, false)).toEqual(['办公家具采购']);
    expect(residueOf('有没得民兵方面的经费项目', [], [], 2, false)).toEqual(['民兵']);
    // (A cue without a gap is blanked whole.)
    expect(residueOf('为什么项目支出减少了', [{ start: 3, end: 7 }], [], 2, false)).toEqual([]);
  });
  it('within one span, reads the words a cue spans instead of blanking them with it', () => {
    const q = '有没有办公家具采购项目?';
    expect(residueOf(q, [{ start: 7, end: 9 }], [], 2, false, { start: 0, end: 11 }).join('')).toContain('办公家具');
  });
});
