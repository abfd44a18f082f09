import { describe, expect, it } from 'vitest';
import { trimToAnswer } from './trim.js';

const P53 =
  '2026年“三公”经费预算367.35万元，比2025年增加40.9万元。其中：因公出国（境）费用0万元，与2025年持平；公务接待费27.55万元，比2025年减少1.3万元，主要原因是厉行节约，严格压减“三公”经费支出；公务用车运行维护费87.8万元，比2025年增加8.2万元，主要原因是因工作需要，新增公务用车4辆；公务用车购置费252万元，比2025年增加34万元；主要原因是全区公车购置需求增加。';
const P51 =
  '2026年一般公共预算财政拨款支出11491.61万元。其中：基本支出2621.58万元，比2025年增加584.81万元，主要用于保障在职人员工资福利；项目支出8870.03万元，比2025年减少185.04万元，主要用于接待、考察、会议活动及综合保障项目；政务公开项目；节能专项经费项目（本级）；民兵编制工作经费（区武装部）等重点工作。';

const exact = (text: string, offset: number) => (p: { text: string; span: { start: number; end: number } }) =>
  expect(text.slice(p.span.start - offset, p.span.end - offset)).toBe(p.text);

describe('trimToAnswer', () => {
  it('keeps the clause that answers, as an exact sub-span with document offsets', () => {
    const pieces = trimToAnswer(P53, '公务接待费为什么减少', 3965);
    expect(pieces.map((p) => p.text)).toEqual(['公务接待费27.55万元，比2025年减少1.3万元，主要原因是厉行节约，严格压减“三公”经费支出']);
    pieces.forEach(exact(P53, 3965));
  });

  it('keeps the reason that follows in its own clause', () => {
    const [piece, ...rest] = trimToAnswer(P53, '公务用车购置费为什么增加');
    expect(rest).toEqual([]);
    expect(piece!.text).toBe('公务用车购置费252万元，比2025年增加34万元；主要原因是全区公车购置需求增加。');
  });

  it('keeps a list running on to the end of its sentence', () => {
    const [piece] = trimToAnswer(P51, '项目支出主要用于哪些项目');
    expect(piece!.text.startsWith('项目支出8870.03万元')).toBe(true);
    expect(piece!.text.endsWith('民兵编制工作经费（区武装部）等重点工作。')).toBe(true);
  });

  it('returns the whole text when no clause matches or there is one clause', () => {
    expect(trimToAnswer(P53, '今天天气', 10)).toEqual([{ text: P53, span: { start: 10, end: 10 + P53.length } }]);
    expect(trimToAnswer('指用一般公共预算财政拨款安排的费用。', '三公')).toHaveLength(1);
  });
});
