import { describe, expect, it } from 'vitest';
import { countOutcomes, outcomeOf } from './outcome.js';
import type { CaseChecks } from './scorers.js';

const ok: CaseChecks = { status: true, missingNumbers: [], forbiddenFound: [], missingKeywords: [], verified: true, citationProblems: [] };
const answer = (status: string) => ({ answer: '…', status, numbers: [], citations: [], verified: true });

describe('outcome of a case', () => {
  it('is correct when every check holds', () => {
    expect(outcomeOf({ pass: true, actual: answer('answered'), checks: ok })).toBe('correct');
  });
  it('is refused when the service declined something it should have answered', () => {
    expect(outcomeOf({ pass: false, actual: answer('not_found'), checks: { ...ok, status: false, missingNumbers: ['27.55'] } })).toBe('refused');
    expect(outcomeOf({ pass: false, actual: answer('clarify'), checks: { ...ok, status: false } })).toBe('refused');
    expect(outcomeOf({ pass: false, checks: { ...ok, status: false } })).toBe('refused');
  });
  it('is wrong when it answered a question it should have declined, or answered with the wrong figures', () => {
    expect(outcomeOf({ pass: false, actual: answer('answered'), checks: { ...ok, status: false } })).toBe('wrong');
    expect(outcomeOf({ pass: false, actual: answer('answered'), checks: { ...ok, missingNumbers: ['218'] } })).toBe('wrong');
    expect(outcomeOf({ pass: false, actual: answer('answered'), checks: { ...ok, missingKeywords: ['不对'] } })).toBe('wrong');
  });
  it('is wrong when a decline still states a forbidden number', () => {
    expect(outcomeOf({ pass: false, actual: answer('not_found'), checks: { ...ok, forbiddenFound: ['26.25'] } })).toBe('wrong');
  });
  it('counts each kind', () => {
    expect(countOutcomes([
      { pass: true, actual: answer('answered'), checks: ok },
      { pass: false, actual: answer('answered'), checks: { ...ok, status: false } },
      { pass: false, actual: answer('not_found'), checks: { ...ok, status: false } },
    ])).toEqual({ correct: 1, wrong: 1, refused: 1 });
  });
});
