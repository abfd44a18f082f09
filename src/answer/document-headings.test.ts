import { describe, expect, it } from 'vitest';
import { documentHeadings, headingTitles, withoutPlaceHeadings } from './document-headings.js';
import { SEED } from './seed-context.testkit.js';

describe('the document’s numbered parts', () => {
  it('reads the top-level headings in order, with spans that quote them', () => {
    const text = SEED.ctx.doc.text;
    const h = documentHeadings(text);
    expect(h.map((x) => x.text)).toEqual(['一、单位基本情况', '二、部门收支总体情况', '三、部门预算情况说明', '四、“三公”经费情况说明', '五、其他重要事项的情况说明', '六、专业性名词解释']);
    for (const x of h) expect(text.slice(x.span.start, x.span.end)).toBe(x.text);
  });

  it('a numbered list inside a part does not start the parts again; sentences are no headings', () => {
    const text = '一、单位基本情况\n（一）职能\n一、负责文电\n二、收支总体情况\n二、本单位收入11491.61万元，比上年增加。\n三、名词解释\n';
    expect(documentHeadings(text).map((x) => x.text)).toEqual(['一、单位基本情况', '二、收支总体情况', '三、名词解释']);
  });
});

describe('parts of the document named as the place to look', () => {
  const text = SEED.ctx.doc.text;
  it('lists the titles of parts and sub-parts, not the glossary’s terms', () => {
    expect(headingTitles(text)).toEqual(expect.arrayContaining(['部门收支总体情况', '绩效目标设置情况', '国有资产占有使用情况']));
    expect(headingTitles(text)).not.toContain('基本支出');
  });
  it('takes a title out when quoted or followed by 那一节/部分/中, and keeps one said as the thing asked', () => {
    expect(withoutPlaceHeadings('请问第二部分“部门收支总体情况”中，收入预算是多少？', text)).toBe('请问第二部分中，收入预算是多少？');
    expect(withoutPlaceHeadings('国有资产占有使用情况那一节，共有车辆多少辆？', text)).toBe('那一节，共有车辆多少辆？');
    expect(withoutPlaceHeadings('单位构成里包括哪些单位？', text)).toBe('单位构成里包括哪些单位？');
    expect(withoutPlaceHeadings('政府采购情况里服务多少', text, (t) => t.startsWith('政府采购'))).toBe('政府采购情况里服务多少');
  });
});
