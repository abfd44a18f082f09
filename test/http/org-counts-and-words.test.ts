import { beforeAll, describe, expect, it } from 'vitest';
import { askJson, buildTestApp } from '../support/test-app.js';

/**
 * Counts of organisations (有几个内设机构？) and figures stated in words (无“三公”经费预算), asked through POST /api/ask
 * over documents that state them: an invented one (v13) and real excerpts, beside the seed.
 */
const SOURCES = [
  'data/sources/yuzhong-gov-office-2026.txt',
  'test/fixtures/variants3/v13-society-single-line-zeros-in-words.txt',
  'test/fixtures/variants2/v10-bureau-budget-compare-equipment.txt',
  'test/fixtures/variants4/v17-hospital-departments-total-yoy-percent-prior-year-value.txt',
  'test/fixtures/real/01.txt',
  'test/fixtures/real/06.txt',
  'test/fixtures/real/11.txt',
  'test/fixtures/real/15.txt',
  'test/fixtures/real/19.txt',
];

type Body = Record<string, any>;
let ask: (question: string) => Promise<Body>;

beforeAll(async () => {
  const { app } = await buildTestApp({}, { sources: SOURCES });
  ask = async (question) => {
    const { status, body } = await askJson(app, { question });
    expect(status).toBe(200);
    expect(body.verified).toBe(true);
    return { ...body, answer: withoutSource(body) };
  };
}, 120_000);

/** Every answer ends by naming its department and year (checked here); the rest is compared whole. */
function withoutSource(body: Body): string {
  const tail = `（来源：${body.source?.department}${body.source?.year}年部门预算）`;
  if (body.status === 'answered' || body.status === 'not_found') expect(body.answer.endsWith(tail), body.answer).toBe(true);
  return body.answer.endsWith(tail) ? body.answer.slice(0, -tail.length) : body.answer;
}

/** The fact number of the answer with this value, and the citation that holds its source words. */
function factCited(body: Body, value: string, words: string) {
  const n = body.numbers.find((x: Body) => x.value === value && x.kind === 'fact');
  expect(n?.factId, `a fact ${value} in ${JSON.stringify(body.numbers)}`).toBeDefined();
  expect(body.citations.some((c: Body) => c.quote.includes(words)), `a citation holding "${words}"`).toBe(true);
}

describe('counts of organisations and posts', () => {
  /** Question, the whole answer (or its start), and each count with the source words its cited sentence holds. */
  const COUNTS: Array<[string, string, Array<[string, string]>]> = [
    ['江津区人力资源和社会保障局(本级)有几个科室？', '重庆市江津区人力资源和社会保障局(本级)内设科室8个。', [['8', '内设8个科室']]],
    ['荣昌区双河中心幼儿园有几个内设机构？', '重庆市荣昌区双河中心幼儿园内设机构2个。', [['2', '含总务处、教务处2个内设机构']]],
    ['荣昌区双河中心幼儿园预算单位有几个？', '重庆市荣昌区双河中心幼儿园部门预算单位1个。', [['1', '部门预算单位共1个']]],
    // A list of internal units with one kind counted inside it: the total, and that part.
    ['沙坪坝区环境卫生管理处内设机构有多少个', '重庆市沙坪坝区环境卫生管理处内设部门16个，其中环卫清扫保洁所5个。', [['16', '共16个部门'], ['5', '5个环卫清扫保洁所']]],
    ['武隆区军队离休退休干部管理服务中心领导职数多少？', '重庆市武隆区军队离休退休干部管理服务中心领导职数1人。', [['1', '领导职数1名']]],
    ['南川区人大议案建议办理服务中心预算人数多少', '重庆市南川区人大议案建议办理服务中心纳入预算编制人数4人。', [['4', '纳入预算编制人数为4人']]],
    // The department's own count, and one of its 本级 sub-unit.
    ['南岸区市场监督管理局下面有几个单位？', '重庆市南岸区市场监督管理局下属单位2个。', [['2', '所属2个单位']]],
    ['南岸区市场监督管理局有几个科室？', '重庆市南岸区市场监督管理局（本级）内设科室18个。', [['18', '等18个科室']]],
    // Offices set up beside the counted departments (…共12个科室，另设…4个职能股室) are a count of their own.
    ['永川区临江中心医院有几个职能股室？', '重庆市永川区临江中心医院职能股室4个。', [['4', '4个职能股室']]],
    ['永川区临江中心医院有几个科室？', '重庆市永川区临江中心医院内设科室12个。', [['12', '共12个科室']]],
  ];
  it.each(COUNTS)('%s → %s', async (question, answer, cited) => {
    const body = await ask(question);
    expect(body.status).toBe('answered');
    expect(body.answer).toBe(answer);
    for (const [value, words] of cited) factCited(body, value, words);
  });

  it('职能股室 asks for a count; 职能 alone still asks what the unit does', async () => {
    const duties = await ask('永川区临江中心医院的职能是什么？');
    expect(duties.answer).toMatch(/^重庆市永川区临江中心医院的主要职能职责包括/);
  });

  it('when the document states no count: says so; for 下属单位, counts the units it lists, framed as listed', async () => {
    const internal = await ask('渝中区人民政府办公室有几个内设机构？');
    expect(internal.status).toBe('not_found');
    expect(internal.answer).toMatch(/^文件没有写明内设机构的数量。/);
    expect(internal.numbers).toEqual([]);
    const sub = await ask('渝中区人民政府办公室下属几个单位？');
    expect(sub.answer).toMatch(/^文件没有写明下属单位的数量。单位构成中列出的单位共4个（1 \+ 1 \+ 1 \+ 1 = 4）/);
    expect(sub.numbers.find((n: Body) => n.value === '4')).toMatchObject({ kind: 'derived', derivation: '1 + 1 + 1 + 1 = 4' });
    expect(sub.numbers.find((n: Body) => n.value === '3')).toMatchObject({ kind: 'derived', derivation: '4 − 1 = 3' });
    expect(sub.citations).toHaveLength(4);
  });
});

describe('zeros stated in words, in every kind of answer', () => {
  /**
   * Question, the whole answer, and the sentence cited for the words. A zero stated in words is said in those words
   * and as the figure they state (即0万元), whose number names the words that state it.
   */
  const ZEROS: Array<[string, string, string]> = [
    ['城口县农学会三公经费多少？', '2026年没有“三公”经费（文件说明：「无“三公”经费预算」，即0万元）。', '2026年本单位无“三公”经费预算。'],
    ['城口县农学会有没有政府采购预算？', '没有。2026年没有政府采购预算总额（文件说明：「无政府采购预算」，即0万元）。', '本单位无政府采购预算。'],
    ['城口县农学会有几辆公车？', '截至2025年12月，城口县农学会没有车辆（文件说明：「无车辆」）。', '截至2025年12月，本单位无车辆。'],
    ['武隆区军队离休退休干部管理服务中心下属几个单位？', '重庆市武隆区军队离休退休干部管理服务中心没有下属单位（文件说明：「无下属机构」）。', '本单位无下属机构。'],
    [
      '渝中区人民政府办公室政府性基金安排的支出和2025年比呢？',
      '2026年没有政府性基金预算拨款支出（文件说明：「无使用政府性基金预算拨款安排的支出」，即0万元），与2025年持平。',
      '2026年无使用政府性基金预算拨款安排的支出，与2025年持平。',
    ],
  ];
  it.each(ZEROS)('%s → %s', async (question, answer, sentence) => {
    const body = await ask(question);
    expect(body.status).toBe('answered');
    expect(body.answer).toBe(answer);
    for (const n of body.numbers) expect(n).toMatchObject({ value: '0', kind: 'fact', words: expect.any(String) });
    for (const n of body.numbers) expect(sentence).toContain(n.words);
    // The words quoted are cited as exactly that span of the stated sentence.
    expect(body.citations.some((c: Body) => sentence.includes(c.quote) && body.answer.includes(`「${c.quote}」`)), JSON.stringify(body.citations)).toBe(true);
  });

  it('share and sum: the zero is a cited fact of the calculation, with its words', async () => {
    const share = await ask('城口县农学会三公经费占支出预算的比例是多少？');
    expect(share.answer).toContain('“三公”经费0万元（文件说明：「无“三公”经费预算」）');
    factCited(share, '0', '无“三公”经费预算');
    const sum = await ask('城口县农学会三公经费和政府采购加起来多少？');
    expect(sum.answer).toContain('合计0万元（0 + 0 = 0）');
  });

  it('change: the words, then that the document does not say how it changed', async () => {
    const body = await ask('城口县农学会政府性基金支出比去年有变化吗？');
    expect(body.answer).toMatch(/^2026年没有政府性基金预算拨款支出（文件说明：「无使用政府性基金预算拨款安排的支出」，即0万元），文件没有说明与上年相比的变化。/);
  });

  it('a part stated in words as the whole (全部为一般公共预算拨款): the figure, with the words that state it', async () => {
    const body = await ask('城口县农学会一般公共预算拨款多少？');
    expect(body.answer).toBe('2026年一般公共预算拨款为38.64万元（文件说明：「全部为一般公共预算拨款」）。');
    factCited(body, '38.64', '全部为一般公共预算拨款');
  });
});
