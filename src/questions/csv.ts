import type { QueueItem } from './types.js';

/** Characters a spreadsheet may read as the start of a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: neutralise formula starters with a leading apostrophe, then quote per RFC 4180. */
export function csvCell(value: string | number | boolean | undefined | null): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: Array<string | number | boolean | undefined | null>): string {
  return cells.map(csvCell).join(',');
}

const HEADER = ['编号', '状态', '原因', '已转人工', '开始时间', '更新时间', '最近问题', '问题数', '回电电话', '电子邮箱', '留言', '处理时间', '处理说明'];

/** The queue as CSV (CRLF line ends, UTF-8 BOM so spreadsheet programs read Chinese correctly). */
export function queueToCsv(items: readonly QueueItem[]): string {
  const lines = [csvLine(HEADER)];
  for (const i of items) {
    lines.push(
      csvLine([
        i.id, i.state, i.reason, i.handedOver ? 'yes' : 'no', i.openedAt, i.updatedAt, i.latestQuestion, i.questionCount,
        i.callback.phone, i.callback.email, i.callback.message, i.resolvedAt, i.note,
      ]),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
