import { describe, expect, it } from 'vitest';
import { compareReports } from './compare-reports.js';

const c = (id: string, answer: string, pass = true) => ({
  id, pass, checks: { status: true }, turns: [{ question: 'q', status: 'answered', answer, latencyMs: Math.random() }],
  actual: { answer, status: 'answered', numbers: [], citations: [], engine: 'rules', conversationId: String(Math.random()) },
});

describe('compareReports', () => {
  it('calls cases equal regardless of latency and conversation id, and names the first field that differs', () => {
    const r = compareReports({ cases: [c('a', 'x'), c('b', 'y'), c('gone', 'z')] }, { cases: [c('a', 'x'), c('b', 'y2'), c('new', 'w')] });
    expect(r).toEqual({
      cases: 3,
      equal: 1,
      differences: [{ id: 'b', field: 'turns' }, { id: 'gone', field: 'missing from the second report' }, { id: 'new', field: 'missing from the first report' }],
    });
  });
});
