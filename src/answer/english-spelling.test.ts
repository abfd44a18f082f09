import { describe, expect, it } from 'vitest';
import { correctSpelling, englishVocabulary, oneSlipApart } from './english-spelling.js';
import { SEED } from './seed-context.testkit.js';

const vocabulary = englishVocabulary(SEED.lexicon.entries.map((e) => e.term));

describe('English words one slip off', () => {
  it('reads a word of six letters or more one slip from exactly one known word as that word', () => {
    expect(correctSpelling('how many vehicels will be purchsed in 2026?', vocabulary)).toBe('how many vehicles will be purchased in 2026?');
    expect(correctSpelling('what is the recepton budget?', vocabulary)).toBe('what is the reception budget?');
  });

  it('leaves known words, short words, endings and words with no near neighbour as typed', () => {
    expect(correctSpelling('what is the per-visitor reception cost?', vocabulary)).toBe('what is the per-visitor reception cost?');
    expect(correctSpelling("is this office's budget bigger than our school's budget?", vocabulary)).toBe("is this office's budget bigger than our school's budget?");
    expect(correctSpelling('how much is the e-government lease fee project?', vocabulary)).toBe('how much is the e-government lease fee project?');
    expect(correctSpelling('三公经费多少', vocabulary)).toBe('三公经费多少');
  });

  it('one slip is a letter left out, added, changed or two neighbours swapped — inside the word', () => {
    expect(oneSlipApart('vehicels', 'vehicles')).toBe(true);
    expect(oneSlipApart('purchsed', 'purchased')).toBe(true);
    expect(oneSlipApart('recepton', 'reception')).toBe(true);
    expect(oneSlipApart('school', 'schools')).toBe(false);
    expect(oneSlipApart('visitor', 'visitors')).toBe(false);
    expect(oneSlipApart('budget', 'budget')).toBe(false);
    expect(oneSlipApart('vehicle', 'vhicel')).toBe(false);
  });
});
