import { describe, expect, it } from 'vitest';
import { csvCell, queueToCsv } from './csv.js';
import type { QueueItem } from './types.js';

describe('csvCell', () => {
  it('leaves plain text alone', () => expect(csvCell('公务用车购置费')).toBe('公务用车购置费'));
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });
  it.each(['=1+1', '+86 138', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil.example","x")'])(
    'neutralises a formula start: %j',
    (v) => {
      const cell = csvCell(v);
      const unquoted = cell.startsWith('"') ? cell.slice(1) : cell;
      expect(unquoted.startsWith("'")).toBe(true);
    },
  );
  it('writes empty cells for missing values', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
  });
});

describe('queueToCsv', () => {
  const item: QueueItem = {
    id: 7, conversationId: 'c1', reason: 'handed_over', handedOver: true, state: 'open',
    openedAt: '2026-03-01T01:00:00.000Z', updatedAt: '2026-03-01T01:05:00.000Z',
    latestQuestion: '问题,带"引号"', questionCount: 2,
    callback: { phone: '13800138000', message: '=cmd|" /C calc"!A0' },
  };
  it('has a BOM, a header and CRLF rows, one per item', () => {
    const csv = queueToCsv([item]);
    expect(csv.startsWith('\uFEFF编号,状态,原因')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[1]).toContain('"问题,带""引号"""');
    expect(lines[1]).toContain(`"'=cmd|"" /C calc""!A0"`);
  });
});
