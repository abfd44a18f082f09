import type { Contact, DocumentMeta, Span } from '../domain/types.js';

const TITLE_TAIL = /(\d{4})\s*年度?\s*(?:部门|单位)?(?:预算|预算公开)(?:公开)?(?:情况)?(?:说明|公开|的公示)?\s*$/;
const CHROME_PREFIX = /^\s*(?:\|?\s*(?:\[\s*)?(?:名\s*称|标\s*题)\s*(?:\]\s*)?[:|]?\s*\|?\s*)/;
const NOT_TITLE = /^(?:第.部分|表\d|\d+[、.])|关于/;

/**
 * Title, department and year. The title is the first line (before the body) ending in "YYYY年…预算情况说明";
 * when that line is only "2026年部门预算情况说明", the department is the non-empty line above it.
 * Page chrome (`| 名称: | …`, `标题: …`) is read too, as some excerpts carry the title only there.
 */
export function extractMeta(text: string, norm: string, bodyStart: number): { meta: DocumentMeta; found: boolean } {
  const head = norm.slice(0, bodyStart);
  const lines = head.split('\n');
  let offset = 0;
  let prev = '';
  for (const raw of lines) {
    const line = raw.replace(CHROME_PREFIX, '').replace(/[|\s]+$/, '').trim();
    const m = TITLE_TAIL.exec(line);
    if (m && !NOT_TITLE.test(line)) {
      let department = line.slice(0, m.index).trim();
      if (!department && prev && !/[:|]/.test(prev)) department = prev;
      if (department) {
        const dept = restore(text, norm, department, offset);
        const title = line.startsWith(department) ? restore(text, norm, line, offset) : `${dept}${restore(text, norm, line, offset)}`;
        return { meta: { title, department: dept, year: Number(m[1]) }, found: true };
      }
    }
    if (line) prev = line;
    offset += raw.length + 1;
  }
  return { meta: { title: '', department: '', year: 0 }, found: false };
}

/** Map a normalised string back to the original wording (full-width brackets) by finding it in the source. */
function restore(text: string, norm: string, s: string, near: number): string {
  const at = norm.indexOf(s, Math.max(0, near - 200));
  return at >= 0 ? text.slice(at, at + s.length) : s;
}

/** The most frequent budget year in the body, as a fallback when there is no title. */
export function guessYear(norm: string, from: number): number {
  const m = /(\d{4})\s*年(?:年初预算|一般公共预算|部门预算|"三公")/.exec(norm.slice(from));
  return m ? Number(m[1]) : 0;
}

/** 单位预算公开联系人：陈庆  联系方式：023-63259683 */
export function extractContact(text: string, norm: string): Contact | undefined {
  const person = /联系人\s*[:]?\s*([^\s:,;。\d]{2,4})/.exec(norm);
  const phone = /(?:联系方式|联系电话|咨询电话|电话)\s*[:]?\s*((?:\d{3,4}-)?\d{7,8})/.exec(norm);
  if (!person && !phone) return undefined;
  const starts = [person?.index, phone?.index].filter((x): x is number => x !== undefined);
  const ends = [person && person.index + person[0].length, phone && phone.index + phone[0].length].filter(
    (x): x is number => typeof x === 'number',
  );
  const span: Span = { start: Math.min(...starts), end: Math.max(...ends) };
  const at = (m: RegExpExecArray) => text.slice(m.index + m[0].length - m[1]!.length, m.index + m[0].length);
  return { ...(person ? { person: at(person) } : {}), ...(phone ? { phone: at(phone) } : {}), span };
}
