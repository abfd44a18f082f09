import type { AnswerNumber, Citation } from '../src/domain/answer.js';
import type { EvalCase } from './case-schema.js';
import type { CaseResult } from './run-cases.js';
import { failureReasons, passes, scoreAnswer, type ActualAnswer } from './scorers.js';

/** A document with two sentences, and citations into it, for scorer tests. */
export const DOC_ID = '0123456789abcdef';
export const DOC_TEXT = '四、“三公”经费情况说明\n公务接待费27.55万元，比2025年减少1.3万元。公务用车购置费252万元。';
export const DOCS = new Map<string, string | undefined>([[DOC_ID, DOC_TEXT]]);

export function cite(quote: string, docId = DOC_ID, text = DOC_TEXT): Citation {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in the document: ${quote}`);
  return { docId, start, end: start + quote.length, quote };
}

export function fact(value: string, unit = '万元'): AnswerNumber {
  return { text: `${value}${unit}`, value, unit, kind: 'fact', factId: `${DOC_ID}:x` };
}

export function answer(text: string, over: Partial<ActualAnswer> = {}): ActualAnswer {
  return { answer: text, status: 'answered', numbers: [], citations: [], verified: true, engine: 'rules', conversationId: 'c1', ...over };
}

export function expectation(over: Partial<EvalCase['expect']> = {}): EvalCase['expect'] {
  return { status: 'answered', numbers: [], keywords: [], forbid: [], ...over };
}

/** A scored case result, as the runner would produce it. */
export function result(id: string, tags: string[], expect: EvalCase['expect'], actual: ActualAnswer, latencyMs = 10): CaseResult {
  const checks = scoreAnswer(expect, actual, DOCS);
  const pass = passes(checks);
  return {
    id,
    tags,
    turns: [{ question: `问题 ${id}`, status: actual.status, answer: actual.answer, latencyMs }],
    expect,
    actual,
    latencyMs,
    checks,
    pass,
    reasons: pass ? [] : failureReasons(checks, expect, actual.status),
  };
}
