import { describe, expect, it } from 'vitest';
import { citationProblems } from './citations.js';
import { answer, cite, DOC_ID, DOC_TEXT, DOCS, expectation, fact } from './fixtures.testkit.js';
import { parseExpectedNumber, roundedKey } from './number-match.js';
import { failureReasons, passes, scoreAnswer } from './scorers.js';

const RECEPTION = '公务接待费27.55万元，比2025年减少1.3万元。';

describe('number recall (decimal-equal after rounding to 2 dp, half up)', () => {
  it('matches "3.2" in the answer to an expected "3.20", and the reverse', () => {
    expect(scoreAnswer(expectation({ numbers: ['3.20'] }), answer('占比3.2%。'), DOCS).missingNumbers).toEqual([]);
    expect(scoreAnswer(expectation({ numbers: ['3.2'] }), answer('占比3.20%。'), DOCS).missingNumbers).toEqual([]);
  });

  it('rounds both sides half up: 3.195 states 3.20, 3.194 does not', () => {
    expect(roundedKey('3.195')).toBe('3.2');
    expect(scoreAnswer(expectation({ numbers: ['3.20'] }), answer('约3.195%'), DOCS).missingNumbers).toEqual([]);
    expect(scoreAnswer(expectation({ numbers: ['3.20'] }), answer('约3.194%'), DOCS).missingNumbers).toEqual(['3.20']);
  });

  it('reads thousands separators, full-width digits, Chinese numerals and signs', () => {
    const a = answer('合计１，９６９．３３万元，减少一点三万元，增加二十八点八五万元。');
    const s = scoreAnswer(expectation({ numbers: ['1969.33', '-1.3', '28.85', '1,969.33'] }), a, DOCS);
    expect(s.missingNumbers).toEqual([]);
  });

  it('accepts expectations written with units or separators, and rejects ones naming no or two numbers', () => {
    expect(parseExpectedNumber('27.55万元')).toBe('27.55');
    expect(parseExpectedNumber('1,969.33')).toBe('1969.33');
    expect(parseExpectedNumber('12.5%')).toBe('12.5');
    expect(parseExpectedNumber('万元')).toBeUndefined();
    expect(parseExpectedNumber('1 and 2')).toBeUndefined();
  });

  it('reports each missing number; a different number is not a near match', () => {
    const s = scoreAnswer(expectation({ numbers: ['27.55', '28.85'] }), answer(RECEPTION), DOCS);
    expect(s.missingNumbers).toEqual(['28.85']);
    expect(passes(s)).toBe(false);
  });

  it('does not read a number out of a longer one (27.5 is not in 27.55)', () => {
    expect(scoreAnswer(expectation({ numbers: ['27.5', '7.55'] }), answer(RECEPTION), DOCS).missingNumbers).toEqual(['27.5', '7.55']);
  });
});

describe('forbidden numbers', () => {
  it('flags a forbidden number the answer states, after rounding', () => {
    const s = scoreAnswer(expectation({ forbid: ['1000', '253.48', '1.30'] }), answer('公务接待费是1000万元，减少1.3万元'), DOCS);
    expect(s.forbiddenFound).toEqual(['1000', '1.30']);
  });

  it('passes when none appears', () => {
    expect(scoreAnswer(expectation({ forbid: ['1000'] }), answer(RECEPTION), DOCS).forbiddenFound).toEqual([]);
  });
});

describe('keywords', () => {
  it('is a verbatim substring check (case and width sensitive)', () => {
    const s = scoreAnswer(expectation({ keywords: ['减少', '公务接待', 'Reception', '增加'] }), answer(`${RECEPTION} official reception`), DOCS);
    expect(s.missingKeywords).toEqual(['Reception', '增加']);
  });
});

describe('status and verifier', () => {
  it('checks the status exactly', () => {
    expect(scoreAnswer(expectation({ status: 'not_found' }), answer('…', { status: 'answered' }), DOCS).status).toBe(false);
    expect(scoreAnswer(expectation({ status: 'clarify' }), answer('…', { status: 'clarify' }), DOCS).status).toBe(true);
  });

  it('counts only verified === true as verified', () => {
    for (const v of [false, 'true', 1, undefined]) expect(scoreAnswer(expectation(), answer('x', { verified: v }), DOCS).verified).toBe(false);
    expect(scoreAnswer(expectation(), answer('x'), DOCS).verified).toBe(true);
  });
});

describe('citation correctness (spans re-read from the document)', () => {
  it('accepts spans that read back as their quotes and back every fact number', () => {
    expect(citationProblems([cite(RECEPTION)], [fact('27.55'), fact('-1.3')], DOCS)).toEqual([]);
  });

  it('rejects a quote that is not what the span reads', () => {
    const c = { ...cite(RECEPTION), quote: '公务接待费28.55万元，比2025年减少1.3万元。' };
    expect(citationProblems([c], [], DOCS)).toEqual([expect.stringMatching(/citation 1 .*the span reads "公务接待费27.55/)]);
  });

  it('rejects a span off by one, outside the document, or in an unknown document', () => {
    const c = cite(RECEPTION);
    expect(citationProblems([{ ...c, start: c.start + 1 }], [], DOCS)).toHaveLength(1);
    expect(citationProblems([{ ...c, end: DOC_TEXT.length + 5 }], [], DOCS)).toEqual([expect.stringContaining('outside the document')]);
    expect(citationProblems([{ ...c, docId: 'ffffffffffffffff' }], [], DOCS)).toEqual([expect.stringContaining('no such document')]);
  });

  it('requires each fact number inside some quote, exactly (no rounding); derived numbers are exempt', () => {
    const problems = citationProblems([cite(RECEPTION)], [fact('252'), fact('27.6'), { ...fact('3.2', '%'), kind: 'derived' }], DOCS);
    expect(problems).toEqual([expect.stringContaining('fact 252万元'), expect.stringContaining('fact 27.6万元')]);
  });

  it('feeds the case verdict', () => {
    const a = answer(RECEPTION, { numbers: [fact('27.55')], citations: [{ ...cite(RECEPTION), docId: DOC_ID, start: 0 }] });
    const s = scoreAnswer(expectation({ numbers: ['27.55'] }), a, DOCS);
    expect(passes(s)).toBe(false);
    expect(failureReasons(s, expectation(), 'answered')).toEqual([expect.stringContaining('citation 1')]);
  });
});

describe('a case passes only when every check does', () => {
  it('passes a correct answer', () => {
    const a = answer(RECEPTION, { numbers: [fact('27.55'), fact('1.3')], citations: [cite(RECEPTION)] });
    const s = scoreAnswer(expectation({ numbers: ['27.55', '1.30'], keywords: ['减少'], forbid: ['1000'] }), a, DOCS);
    expect(passes(s)).toBe(true);
    expect(failureReasons(s, expectation(), 'answered')).toEqual([]);
  });

  it('lists one reason per failed check', () => {
    const s = scoreAnswer(expectation({ status: 'not_found', numbers: ['9'], keywords: ['无'], forbid: ['27.55'] }), answer(RECEPTION, { verified: false }), DOCS);
    expect(failureReasons(s, expectation({ status: 'not_found' }), 'answered')).toEqual([
      'status answered (expected not_found)',
      'missing number(s) 9',
      'forbidden number(s) 27.55',
      'missing keyword(s) "无"',
      'not verified',
    ]);
  });
});
