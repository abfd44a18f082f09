import type { AnswerNumber, Citation } from '../src/domain/answer.js';
import type { Expectation } from './case-schema.js';
import { citationProblems, type DocumentTexts } from './citations.js';
import { answerNumberKeys, statesNumber } from './number-match.js';

/** What POST /api/ask returned for the scored (last) turn — read loosely, since a broken server is what we test. */
export interface ActualAnswer {
  answer: string;
  status: string;
  numbers: AnswerNumber[];
  citations: Citation[];
  verified: unknown;
  conversationId?: string;
  engine?: string;
}

export interface CaseChecks {
  status: boolean;
  /** Expected numbers the answer text does not state (after rounding to 2 dp half up). */
  missingNumbers: string[];
  /** Forbidden numbers the answer text does state. */
  forbiddenFound: string[];
  /** Keywords that are not a verbatim substring of the answer. */
  missingKeywords: string[];
  verified: boolean;
  citationProblems: string[];
}

/** Score one answer against its expectation. Pure: the documents' texts are passed in. */
export function scoreAnswer(expect: Expectation, actual: ActualAnswer, docs: DocumentTexts): CaseChecks {
  const keys = answerNumberKeys(actual.answer);
  return {
    status: actual.status === expect.status,
    missingNumbers: expect.numbers.filter((n) => !statesNumber(keys, n)),
    forbiddenFound: expect.forbid.filter((n) => statesNumber(keys, n)),
    missingKeywords: expect.keywords.filter((k) => !actual.answer.includes(k)),
    verified: actual.verified === true,
    citationProblems: citationProblems(actual.citations, actual.numbers, docs),
  };
}

/** The checks of a case that could not be answered at all (HTTP error, timeout): everything fails. */
export function failedChecks(expect: Expectation): CaseChecks {
  return {
    status: false,
    missingNumbers: [...expect.numbers],
    forbiddenFound: [],
    missingKeywords: [...expect.keywords],
    verified: false,
    citationProblems: [],
  };
}

/** A case passes when every check does. */
export function passes(c: CaseChecks): boolean {
  return c.status && !c.missingNumbers.length && !c.forbiddenFound.length && !c.missingKeywords.length && c.verified && !c.citationProblems.length;
}

/** Why a case failed, one short line per failed check (for the progress line and the report). */
export function failureReasons(c: CaseChecks, expect: Expectation, actualStatus: string | undefined): string[] {
  const out: string[] = [];
  if (!c.status) out.push(`status ${actualStatus ?? '—'} (expected ${expect.status})`);
  if (c.missingNumbers.length) out.push(`missing number(s) ${c.missingNumbers.join(', ')}`);
  if (c.forbiddenFound.length) out.push(`forbidden number(s) ${c.forbiddenFound.join(', ')}`);
  if (c.missingKeywords.length) out.push(`missing keyword(s) ${c.missingKeywords.map((k) => `"${k}"`).join(', ')}`);
  if (!c.verified) out.push('not verified');
  out.push(...c.citationProblems);
  return out;
}
