import { describe, expect, it } from 'vitest';
import { read, SEED } from './seed-context.testkit.js';
import { refine } from './refine.js';

describe('understanding a question', () => {
  it.each([
    ['三公经费是多少？', 'amount', ['sangong.total']],
    ['公务接待费比去年少了多少', 'change', ['sangong.reception']],
    ['为什么公务用车购置费增加了？', 'reason', ['sangong.vehicle_purchase']],
    ['项目支出主要用于哪些方面？', 'usage', ['fiscal.project']],
    ['什么是基本支出？', 'definition', ['fiscal.basic']],
    ['三公经费占支出预算的比例', 'share', ['sangong.total', 'expenditure.total']],
    ['三公经费里哪项最多', 'ranking', ['sangong.total']],
    ['三公经费比去年增长了百分之几', 'growth', ['sangong.total']],
    ['去年的公务接待费是多少', 'prior_year', ['sangong.reception']],
  ])('%s → %s %j', (q, intent, items) => {
    const u = read(q);
    expect(u.intent).toBe(intent);
    expect(u.items).toEqual(items);
  });

  it('reads the whole question: a match inside an earlier reading is no reading', () => {
    expect(read('为什么项目支出减少了？').intent).toBe('reason');
    expect(read('为什么车辆运行维护费增加了？').intent).toBe('reason');
    expect(read('项目的钱少了，是砍了什么项目吗').intent).toBe('reason');
    expect(read('项目支出都有什么项目？').intent).toBe('usage');
    expect(read('有没有人工智能相关的项目？').intent).not.toBe('contact');
  });

  it('reads years relative to the document’s year — no year is written into the vocabulary', () => {
    expect(read('2025年的三公经费是多少', undefined, 2026).year).toBe('prior');
    expect(read('2029年的三公经费是多少', undefined, 2030).year).toBe('prior');
    expect(read('2030年三公经费比2029年增加了多少', undefined, 2030)).toMatchObject({ year: 'current', intent: 'change' });
    expect(read('2026年三公经费比2025年增加了多少', undefined, 2026)).toMatchObject({ year: 'current', intent: 'change' });
    expect(read('前年的三公经费', undefined, 2026).year).toBe(2024);
  });

  it('takes from the previous turn what a follow-up does not say', () => {
    const first = read('公务接待费多少');
    const prior = read('去年呢', first);
    expect(prior).toMatchObject({ intent: 'prior_year', items: ['sangong.reception'], year: 'prior' });
    // The year asked carries over to the next item.
    expect(read('那公务用车购置费呢', prior)).toMatchObject({ intent: 'prior_year', items: ['sangong.vehicle_purchase'], year: 'prior' });
    // A year named again replaces it.
    expect(read('那今年的公务用车购置费呢', prior).year).toBe('current');
  });

  it('keeps an assertion to check: figures, direction, existence', () => {
    expect(read('三公经费是3000万元吧').assertion).toMatchObject({ amounts: ['3000'] });
    expect(read('公务接待费增加了对吧').assertion).toMatchObject({ direction: 'up' });
    expect(read('三公经费是多少？').assertion).toBeUndefined();
  });

  it('keeps what nothing explains, so it is never silently dropped', () => {
    expect(read('老旧小区改造项目有吗').residue).toEqual(['老旧小区改造']);
    expect(read('请问一下今年三公经费是多少？').residue).toBeUndefined();
  });

  it('treats complaints as a request for the contact and hand-over', () => {
    expect(read('我要投诉')).toMatchObject({ intent: 'contact', complaint: true });
    expect(read('联系人是谁').intent).toBe('contact');
  });

  it('reads compound follow-ups: a share after a sum, a unit to convert to, a money item after a headcount', () => {
    const sum = read('公务用车运行维护费和购置费加起来多少');
    expect(read('占三公经费的比例呢', sum)).toMatchObject({ intent: 'share', ofSum: true });
    expect(read('占三公经费的比例呢', read('公务接待费多少')).ofSum).toBeUndefined();
    // ("其中购置费又占该合计的比重": the whole is the sum just computed, not the group.)
    const shareOfSum = read('公务用车购置费与运行维护费合计占三公经费的比重');
    expect(read('其中购置费又占该合计的比重', shareOfSum).sumWhole).toEqual(['sangong.vehicle_purchase', 'sangong.vehicle_operation']);
    expect(read('购置费占两者之和的多少', sum)).toMatchObject({ intent: 'share', sumWhole: ['sangong.vehicle_operation', 'sangong.vehicle_purchase'] });
    expect(read('购置费占三公经费的比例呢', sum).sumWhole).toBeUndefined();
    expect(read('换算成元是多少', read('三公经费是多少')).convertTo).toBe('元');
    expect(read('用亿元表示呢', read('三公经费是多少')).convertTo).toBe('亿元');
    expect(read('三公经费是多少万元').convertTo).toBeUndefined();
    const staff = read('机关事务服务中心有多少编制');
    expect(staff.intent).toBe('staffing');
    const money = read('那三公经费呢', staff);
    expect(money.intent).not.toBe('staffing');
    expect(money.staffKind).toBeUndefined();
  });

  it('a question of only filler words is vague, unless it names a year the document cannot speak for', () => {
    expect(read('我想问一下那个费用').intent).toBe('clarify');
    expect(read('how much?').intent).toBe('clarify');
    expect(read('2025年的呢？').intent).toBe('clarify');
    // Whatever item was meant, a 2026 document states nothing of 2023.
    expect(read('2023年的呢？').intent).toBe('not_found');
  });

  it('reads coordinated English items whole only when that names more items', () => {
    expect(read('what are the basic and project expenditures, and what do they add up to?').items).toEqual(['fiscal.basic', 'fiscal.project']);
    expect(read("what's the car operation and maintenance budget?").items).toEqual(['sangong.vehicle_operation']);
  });

  it('reads a year written in characters, and a growth rate does not pass "last year" on', () => {
    expect(read('二〇二五年的呢', read('三公经费多少')).year).toBe('prior');
    const growth = read('增长了百分之几？', read('去年呢？', read('公务用车购置费多少？')));
    expect(read('那运行维护费呢？', growth).intent).toBe('growth');
  });
  it('a turn that names nothing known, with no cue and words of its own, is a new question, not a follow-up', () => {
    const first = read('机关运行经费多少？');
    expect(read('帮我订一张明天去成都的高铁票', first)).toMatchObject({ intent: 'out_of_scope', followUp: false });
    expect(read('你觉得重庆和成都哪个好耍', read('三公经费多少'))).toMatchObject({ intent: 'out_of_scope', followUp: false });
    expect(read('为啥子？', first)).toMatchObject({ followUp: true, items: ['operating_costs'] });
  });

  it('a named unit asked whether it handles complaints is a duties question, not a complaint', () => {
    expect(read('政务服务中心管不管投诉这些').intent).toBe('duties');
    expect(read('政务服务中心的人态度太差了我要投诉')).toMatchObject({ intent: 'contact', complaint: true });
  });

  it('"than before" measures against last year, in a follow-up too', () => {
    expect(read('is it higher than before?', read('三公经费多少')).intent).not.toBe('compare');
    expect(read('Is it higher than before?').intent).toBe('clarify');
  });
  it('a count of vehicles is not a count of units, and what a named unit does is its duties', () => {
    expect(read('截至去年底，区政府办公室和下属单位一共有几辆车？').intent).toBe('vehicles');
    expect(read('政务服务中心主要干些啥子').intent).toBe('duties');
    expect(read('项目支出主要干些啥子').intent).toBe('usage');
    expect(read('养车的钱咋个多起了').intent).toBe('reason');
  });
  it('something undisclosed is not found, not out of scope; a share of a group in English; a listed project over a look-alike unit', () => {
    expect(read('2025年决算数出来没，是多少').intent).toBe('not_found');
    expect(read('政府办本级一年工资总额多少').intent).toBe('not_found');
    expect(read('and what % of sangong is that', read('Car purchase budget?')).intent).toBe('share');
    expect(read('合多少个亿', read('总预算多少')).convertTo).toBe('亿元');
  });
  it('a count of vehicles paid from a named budget, a conversion carried to the next item, a rate of decrease in English', () => {
    expect(read('2026年一般公共预算准备买几台车？').intent).toBe('vehicles');
    const converted = read('换算成元呢？', read('公务用车购置费是多少？'));
    expect(read('那运行维护费呢？', converted)).toMatchObject({ items: ['sangong.vehicle_operation'], convertTo: '元' });
    expect(read('what is the percent of decrease?', read('how much it was in 2025?', read('What is the operating cost?'))).intent).toBe('growth');
    expect(read('项目支出预算数是好多嘛').items).toEqual(['fiscal.project']);
    expect(read('why the car running cost is higher this year?').items).toEqual(['sangong.vehicle_operation']);
  });
  it('a term counted only in its context counts in a follow-up of that context; a person’s own affairs are out of scope', () => {
    expect(read('服务占了百分之几', read('政府采购总额多少')).items).toContain('procurement.services');
    expect(read('帮我做个婚礼预算，20万够不够').intent).toBe('out_of_scope');
    expect(read('Can you help me budget my household expenses for next month?').intent).toBe('out_of_scope');
    expect(read('四个单位加起来呢', read('本级聘用人员多少'))).toMatchObject({ intent: 'staffing', unit: 'all', staffKind: 'hired' });
  });

  it('English: what drives a change asks its reason; headcount is staff in post, authorised headcount the posts; a shared head noun', () => {
    expect(read("What's driving the jump in vehicle O&M costs?")).toMatchObject({ intent: 'reason', items: ['sangong.vehicle_operation'] });
    expect(read('what is the headcount of the digital centre?').staffKind).toBe('actual');
    expect(read('Authorised headcount of the digital city ops & governance centre?').staffKind).toBe('establishment');
    expect(read('official car purchase and maintenance combined').items).toEqual(['sangong.vehicle_purchase', 'sangong.vehicle_operation']);
  });

  it('a count asked right after vehicles is a count of vehicles, of the kind the words say', () => {
    const next = read('and how many are budgeted for purchase in 2026?', read('How many vehicles did the units hold as of December 2025,'));
    expect(next).toMatchObject({ intent: 'vehicles', vehicleMode: 'planned' });
  });

  it('an amount asked after what something is used for is an amount; a weak word leaves the context to decide', () => {
    expect(read('那培训费具体多少', read('机关运行经费主要拿来干啥')).intent).toBe('amount');
    expect(read('sorry I meant the purchase budget', read('Vehicle maint. budget?')).items).toEqual(['sangong.vehicle_purchase']);
    expect(read('how many cars will be bought, and the purchase budget?').intent).toBe('vehicles');
    expect(read('公务用车购置费用“元”来表示是多少').convertTo).toBe('元');
  });

  it('the amount of a project just asked about is not the project spending it is listed in', () => {
    expect(read('how much money does it get?', read('Is there an AI crowd-flow project?')).intent).toBe('not_found');
  });

  it('dialect totals, district-wide asks, months in English, the number to call, 空起 and 各占 of the two items just asked', () => {
    expect(read('今年这个部门的预算拢共好多钱？').items).toEqual(['expenditure.total']);
    expect(read('What number do I call with budget questions?').intent).toBe('contact');
    expect(read('数字化中心还空起几个编制？').overUnder).toBe(true);
    const each = read('各占几成？', read('货物采购多少', read('服务采购多少')));
    expect(each).toMatchObject({ intent: 'share', items: ['procurement.services', 'procurement.goods'] });
    expect(read('How many vehicles do they own, and how many are they buying?')).toMatchObject({ intent: 'vehicles' });
  });

  it('people the template does not count stay in the residue, to be named back', () => {
    expect(read('离退休的钱有好多').residue).toEqual(['离退休']);
  });

  it('journalists’ phrasings: conversions asked as 写成/算成/plain yuan, 变动率, 除了X，, 经费渠道, a direction said before a figure', () => {
    expect(read('社会保障和就业支出多少钱？我们版面要写成“元”，换算一下。').convertTo).toBe('元');
    expect(read('算成亿元', read('一般公共服务支出多少？')).convertTo).toBe('亿元');
    expect(read('Housing security expenditure in plain yuan, not 10k-yuan units?')).toMatchObject({ convertTo: '元' });
    expect(read('Housing security expenditure in plain yuan, not 10k-yuan units?').assertion).toBeUndefined();
    expect(read('机关运行经费比上年变动多少、变动率多少？').intent).toBe('growth');
    expect(read('除了一般公共服务支出，其余三类功能支出加起来是多少？').others).toEqual(['expenditure.general_public_services']);
    expect(read('三个下属事业单位的经费渠道是什么？').intent).toBe('units');
    expect(read('基本支出2621.58万元，比去年减少584.81万元，你帮我看看是增加还是减少，数对不对？').assertion?.direction).toBe('down');
    expect(read('项目支出占总支出的比例，你给我算一下，按文件口径。').intent).toBe('share');
    expect(read('Derive total income for 2025 from the stated change, please.').intent).toBe('prior_year');
    expect(read('Does the project list include anything on AI-based crowd management?').intent).toBe('usage');
  });

  it('a sibling’s share asked after a sibling is of their group', () => {
    expect(read('卫生健康占比多少？', read('支出里社保就业多少万元？')).items).toEqual(['expenditure.health']);
    expect(read('占总预算的比例呢', read('三公经费多少')).items).toEqual(['sangong.total', 'expenditure.total']);
  });

  it('drill phrasings: 折算为/折合人民币多少元/convert … into, vehicles over the units, months, 超出…编制, 归哪家管, 谁负责对接, add … to those two', () => {
    expect(read('将2026年部门收入预算总额折算为亿元（保留两位小数）。')).toMatchObject({ convertTo: '亿元', roundTo: 2 });
    expect(read('公务接待费折合人民币多少元？').convertTo).toBe('元');
    expect(read('Convert the total government procurement budget into yuan.').convertTo).toBe('元');
    expect(read('Express project expenditure in hundred-million yuan (yi), two decimals.').convertTo).toBe('亿元');
    expect(read('截至2025年12月，这几家预算单位手里一共有几辆车？').intent).toBe('vehicles');
    expect(read('计算：本级实有人数超出行政编制数多少人。').overUnder).toBe(true);
    expect(read('区长公开电话的接办交办归哪家管？').intent).toBe('duties');
    expect(read('这份预算公开是谁负责对接的？').intent).toBe('contact');
    const third = read('Add the works budget to those two — total?', read('And goods?', read('Government procurement for services?')));
    expect(third).toMatchObject({ intent: 'sum', items: ['procurement.goods', 'procurement.services', 'procurement.works'] });
  });

  it('information-desk phrasings: 一年到头用好多钱, 到年底实际会花掉, 是啥子考虑, 點解, 钱从哪里来, 电话呢, 2000万 is no year', () => {
    expect(read('政府办今年一年到头要用好多钱哦').items).toEqual(['expenditure.total']);
    expect(read('接待费砍了1.3万，是啥子考虑').intent).toBe('reason');
    expect(read('公車運行維護費點解會升？').intent).toBe('reason');
    expect(read('政务服务中心的钱从哪里来').intent).toBe('units');
    expect(read('电话呢', read('联系人是哪个')).intent).toBe('contact');
    expect(read('政府采购总额是2000万出头吧').year).toBe('current');
    expect(read('政府采购总额是2000万出头吧').assertion?.approx?.[0]).toEqual({ min: '2000', max: '2100' });
  });

  it('items in other words: 卫健, 机关运行, 招呼上门客人, hosting official visitors; 图个啥; 名下 with a vehicle count; 2025 twice is last year', () => {
    expect(read('卫健这一类的支出是多少？').items).toEqual(['expenditure.health']);
    expect(read('就是机关运行那块，今年多少？').items).toEqual(['operating_costs']);
    expect(read('今年用来招呼上门客人的那笔钱，预算是多少？').items).toEqual(['sangong.reception']);
    expect(read('How much is budgeted for hosting official visitors in 2026?').items).toEqual(['sangong.reception']);
    expect(read('接待费砍了，到底图个啥？').intent).toBe('reason');
    expect(read('他们名下现在一共有几台车？').intent).toBe('vehicles');
    expect(read('2025年公车运维费和2025年公车购置费合计多少？').year).toBe('prior');
    expect(read('那去年的呢，也用元', read('机关运行经费多少？')).convertTo).toBe('元');
    expect(read('四个支出功能分类各是多少？').intent).toBe('ranking');
  });

  it('voice-to-text: sound-alike slips (基本支处, 行政偏制, 连系人), vehicles counted in 台, 几十万 claimed, 超过两个亿, 还有 joins two asks', () => {
    expect(read('基本支处好多').items).toEqual(['fiscal.basic']);
    expect(read('本级行政偏制好多个').staffKind).toBe('establishment');
    expect(read('预算公开连系人是哪个').intent).toBe('contact');
    expect(read('今年预算安排买几台公务车').intent).toBe('vehicles');
    expect(read('出国考察今年要花几十万哦').assertion?.approx?.[0]).toEqual({ min: '10', max: '100' });
    expect(read('你们一年预算超过两个亿了')).toMatchObject({ items: ['expenditure.total'], assertion: { approx: [{ min: '20000', max: '20000000' }] } });
    expect(read('三公经费总共好多', read('政务服务中心编制几个')).unit).toBeUndefined();
    expect(read('那它今年花好多钱', read('政务服务中心有几个编制')).unit).toBe(3);
  });

  it('next year is a year the document does not hold; pinyin unit names; "what is the X" asks the figure', () => {
    expect(read('那明年呢？', read('公务用车购置费多少')).year).toBe(2027);
    expect(read('公务用车购置费多少').year).toBe('current');
  });

  it('family-chat phrasings: a speaker label, 78.6w, 奶奶问, money per vehicle after a count, 差额 after two headcounts, the two units of the turns before', () => {
    expect(read('【表妹】外婆记错了吧 我记得是78.6w', read('公车运行维护费是不是八十多万哦？'))).toMatchObject({ items: ['sangong.vehicle_operation'], claims: ['78.6'] });
    // (A label that names an item is kept.)
    expect(read('【三公经费】多少').items).toEqual(['sangong.total']);
    expect(read('[son-in-law] I think it dropped by 40.9 vs last year?', read('三公经费多少？'))).toMatchObject({ intent: 'change', year: 'current' });
    expect(read('奶奶问那个钱好多').intent).toBe('clarify');
    expect(read('平均一辆多少？', read('准备买几辆？'))).toMatchObject({ intent: 'amount', items: ['sangong.vehicle_purchase'] });
    expect(read('平均一辆多少？', read('现在有几辆车')).intent).toBe('vehicles');
    const fill = read('编制呢？', read('数字化城市运行和治理中心实有几人？'));
    expect(read('差额几个？', fill)).toMatchObject({ intent: 'staffing', overUnder: true, unit: 4 });
    const two = read('不是问编制，是问聘用人员', read('机关事务服务中心呢？', read('政务服务中心编制多少？')));
    const both = read('那两个加起来呢？', two);
    expect(both).toMatchObject({ intent: 'staffing', units: [2, 3] });
    expect(both.unit).toBeUndefined();
  });

  it('a name said at more length the turn before is that item; a count of vehicles after a sum; a why of composition', () => {
    const running = read('and car running costs?', read('car purchase budget?'));
    expect(read('what were running costs in 2025?', running).items).toEqual(['sangong.vehicle_operation']);
    expect(read('what were running costs in 2025?').items).toEqual(['operating_costs']);
    expect(read('and how many new cars?', read('How much for official car purchase and maintenance combined,'))).toMatchObject({ intent: 'vehicles', vehicleMode: 'planned' });
    expect(read('收入为啥全靠财政拨款，一分事业收入都没得？')).toMatchObject({ intent: 'share', whyAsked: true, items: ['income.general_budget', 'income.business'] });
    expect(read('总的多少钱嘛').items).toEqual(['expenditure.total']);
    expect(read('How much for the militia establishment work fund?').intent).not.toBe('staffing');
  });

  it('study-group and hotline phrasings: versus 2025, a figure claimed after an answer, 帮我算一下, 分母 of last year, 扣掉…还剩, premises and the year asked', () => {
    expect(read('By how much did it drop versus 2025?', read('How much is the official reception budget?'))).toMatchObject({ intent: 'change', year: 'current' });
    expect(read('我自己算的是26.25，你确定？', read('公务接待费去年多少？'))).toMatchObject({ followUp: true, intent: 'prior_year', claims: ['26.25'] });
    expect(read('帮我算一下增长率').intent).toBe('clarify');
    expect(read('Is that going up or down?').intent).toBe('clarify');
    expect(read('今年重庆公务员考试什么时候报名？').intent).toBe('out_of_scope');
    const growth = read('增长了百分之多少', read('基本支出多少'));
    expect(read('你是不是拿今年的数当分母了？用去年的数重新算一遍', growth).intent).toBe('growth');
    expect(read('扣掉公务用车购置费还剩多少', read('三公经费多少'))).toMatchObject({ intent: 'sum', others: ['sangong.vehicle_purchase'] });
    expect(read('已知2026年公务用车购置费252万元，比2025年增加34万元，求2025年公务用车购置费。2025年到底是多少？')).toMatchObject({ intent: 'prior_year', year: 'prior' });
    expect(read('接待费砍了，是不是要过紧日子的意思？')).toMatchObject({ intent: 'reason', claimedReason: expect.stringContaining('紧日子') });
    // (A figure claimed with the reason does not stop the reason being judged when that is what is asked.)
    expect(read('我笔记上记的是“基本支出增加了五百八十多万，主要是因为项目多了”，这个原因对不对？')).toMatchObject({ intent: 'reason', claimedReason: expect.stringContaining('项目多了') });
  });

  it('headcounts and vehicles measured against each other; units named as 二级单位; a unit’s attribute in English', () => {
    expect(read('数字化城市运行和治理中心编制数和实有数差了几个？')).toMatchObject({ intent: 'staffing', overUnder: true });
    expect(read('本级加三个二级单位，编制数加起来一共多少？').unit).toBe('all');
    expect(read('机关事务服务中心聘用人员是实有人数的几倍？').staffShare).toEqual({ part: 'hired', whole: 'actual', times: true });
    expect(read('今年买的车是现有车辆的百分之多少')).toMatchObject({ intent: 'vehicles', vehicleRatio: true });
    expect(read('要买的是现有的百分之多少？', read('今年买多少辆'))).toMatchObject({ intent: 'vehicles', vehicleRatio: true });
    expect(read('公务用车购置费除以计划购置的车辆数，平均一辆车多少万元？')).toMatchObject({ intent: 'amount' });
    expect(read('购置费增加额占三公增加额的比例', read('其中公务用车购置费增加多少'))).toMatchObject({ intent: 'share', ofChanges: true });
    expect(read('what kind of organisation is the Government Affairs Service Center? Is it an administrative body or a public institution?').intent).toBe('units');
  });

  it('researchers’ and kiosk phrasings: which parts are zero, the parts that moved, both years of a share, the whole budget named, the rest once one is taken out', () => {
    expect(read('收入预算里哪些来源是零？')).toMatchObject({ intent: 'ranking', rank: 'zero' });
    expect(read('减了多少，幅度多大？', read('三公经费各项里面哪一项是减少的？')).ofMoved).toBe('down');
    expect(read('三公经费占总支出的比重，2025年和2026年各是多少？')).toMatchObject({ intent: 'share', eachYear: true });
    expect(read('and what is hospitality as a share of the whole budget?', read('what share of 三公经费 is hospitality (公务接待费),'))).toMatchObject({ items: ['sangong.reception', 'expenditure.total'], wholeNamed: true });
    expect(read("And what's left of the total once you take that out?", read('What is general public services spending (一般公共服务支出)?'))).toMatchObject({ intent: 'sum', others: ['expenditure.general_public_services'] });
    // (A group right before its member only says whose it is.)
    expect(read('去年公务用车运维费是96万吧')).toMatchObject({ items: ['sangong.vehicle_operation'], claims: ['96'] });
    // ("四个单位" counts units, it claims no figure.)
    expect(read('数字化城市运行和治理中心实有人数占四个单位实有总人数的比例？')).toMatchObject({ unit: 4, staffShare: { part: 'actual', whole: 'all-units' } });
    expect(read('数字化城市运行和治理中心实有人数占四个单位实有总人数的比例？').claims).toBeUndefined();
    expect(read('他电话呢', read('联系人是谁')).intent).toBe('contact');
    expect(read('我们巷子那个路灯坏了好久了找哪个修嘛晚上黑黢黢的').intent).toBe('out_of_scope');
  });

  it('live-stream and voice phrasings: multiples and denied directions claimed, repeat and unit requests, sg, a sound-alike slip, an interjection', () => {
    expect(read('基本支出比去年翻倍了吧？')).toMatchObject({ intent: 'growth', percentRanges: [{ min: '90', max: '110' }] });
    expect(read('公务接待费腰斩了？？')).toMatchObject({ intent: 'growth', assertion: { direction: 'down', multiple: true } });
    expect(read('三公大幅增加，涨了一倍多！').percentRanges).toEqual([{ min: '100', max: '100000' }]);
    expect(read('机关运行经费不是没减少嘛，跟去年一样？').assertion?.direction).toBe('flat');
    expect(read('不是说公务用车运行维护费没有增加吗？').assertion?.direction).toBe('flat');
    const amount = read('机关运行经费多少');
    expect(read('慢一点，单位是啥', amount)).toMatchObject({ intent: 'amount', items: ['operating_costs'], followUp: true });
    expect(read('再说一遍', read('电话多少')).intent).toBe('contact');
    expect(read('再说一遍').intent).toBe('clarify');
    expect(read('嗯……那个呢').intent).toBe('clarify');
    expect(read('2026 sg多少👀').items).toEqual(['sangong.total']);
    expect(read('三攻经费一共多少').items).toEqual(['sangong.total']);
    expect(read('Add those three up', read('And vehicle purchase?', read('And vehicle operation?', read('How much is the reception budget?'))))).toMatchObject({ intent: 'sum', items: ['sangong.reception', 'sangong.vehicle_operation', 'sangong.vehicle_purchase'] });
    expect(read('跟今年比呢', read('2025年的政府采购预算总额是多少？'))).toMatchObject({ intent: 'change', year: 'current' });
    expect(read('区长一年的公务接待费是多少？').intent).not.toBe('out_of_scope');
  });

  it('translator and classroom phrasings: British spellings, an English list, the unit of the amounts, the fleet as of its date, composition whys', () => {
    expect(read('Is the Government Affairs Service Centre fully funded by the treasury?')).toMatchObject({ intent: 'units', unit: 3 });
    expect(read('What is the programme expenditure for 2026?').items).toEqual(['fiscal.project']);
    expect(read("Is 'programme' the British spelling and 'program' the American one?").intent).toBe('out_of_scope');
    expect(read('这份说明里金额的计量单位是什么？')).toMatchObject({ intent: 'amount', items: ['expenditure.total'], unitOfMeasure: true });
    expect(read('The document says there were 24 vehicles as of December 2025, right?')).toMatchObject({ intent: 'vehicles', year: 'current', claims: ['24'] });
    expect(read('政府采购咋个基本都是服务类哦？')).toMatchObject({ intent: 'share', whyAsked: true });
    expect(read('What about that one?').intent).toBe('clarify');
    expect(read('渝中区今年GDP增长多少？').intent).toBe('out_of_scope');
    expect(read('Is 11491.61 (10k yuan) a lot? What is it in 100 million yuan?').convertTo).toBe('亿元');
  });

  it('audit and chat-group phrasings: 折合为多少元, 块钱, 好多个点, 那全年呢, 翻了一倍, hearsay 上千万, 是否一致, run cars, 运行 beside 买车', () => {
    expect(read('“三公”经费预算折合为多少元？').convertTo).toBe('元');
    expect(read('三工经费换成块钱是好多块')).toMatchObject({ items: ['sangong.total'], convertTo: '元' });
    expect(read('降了好多个点', read('项目支出好多')).intent).toBe('growth');
    expect(read('那全年呢', read('一月份花了好多')).items).toEqual(['expenditure.total']);
    expect(read('听说他们今年三公翻了一倍哦，真的假的').percentRanges).toEqual([{ min: '90', max: '110' }]);
    expect(read('政府性基金拨了好多，听说上千万').claims).toEqual(['1000']);
    expect(read('经测算一般公共服务支出为10874.89万元，与说明是否一致？').claims).toEqual(['10874.89']);
    expect(read('why are they paying more to run cars this year')).toMatchObject({ intent: 'reason', items: ['sangong.vehicle_operation'] });
    expect(read('运行好多钱,', read('买车好多钱,')).items).toEqual(['sangong.vehicle_operation']);
    expect(read('解放碑乱停车罚款好多钱一次').intent).toBe('out_of_scope');
    expect(read('请核实一下那个数。').intent).toBe('clarify');
  });

  it('designer phrasings: the contact asked as 是什么, units counted in English, round it / which one alone ask which item', () => {
    expect(read('联系方式是什么？').intent).toBe('contact');
    expect(read('How many units make up this department?').intent).toBe('units');
    expect(read('round it').intent).toBe('clarify');
    expect(read('Which one is bigger?').intent).toBe('clarify');
    expect(read('round it to one decimal', read('基本支出占总支出多少？'))).toMatchObject({ intent: 'share', roundTo: 1 });
    // ("2 decimal places" is how to round, not a figure claimed.)
    expect(read('Total budget in 亿元 please, 2 decimal places.')).toMatchObject({ roundTo: 2, convertTo: '亿元' });
    expect(read('Total budget in 亿元 please, 2 decimal places.').claims).toBeUndefined();
    expect(read('采购服务占政府采购总额的比例，一位小数。').roundTo).toBe(1);
    // (Only the items inside 除…以外 are left out, though the rest are named after it.)
    expect(read('除一般公共服务以外，其余三类功能支出（社保就业、卫生健康、住房保障）加一起多少？')).toMatchObject({ intent: 'sum', others: ['expenditure.general_public_services'] });
    expect(read('一加一减净变化多少？', read('项目支出减少多少？', read('基本支出增加多少？')))).toMatchObject({ intent: 'sum', items: ['fiscal.basic', 'fiscal.project'] });
  });

  it('a group named as one is its members added up in a share; a member named on its own is not the group', () => {
    expect(read('公车的钱占三公经费多少')).toMatchObject({ intent: 'share', ofSum: true });
    expect(read('What share of the three public expenses goes to running and maintaining official vehicles?')).toMatchObject({ items: ['sangong.total', 'sangong.vehicle_operation'] });
    expect(read('公务用车购置和运行维护各占三公经费多少').ofSum).toBeUndefined();
    // (Two items just named, "combined" in a share: the share of their sum.)
    const two = read('Also what about the running and maintenance cost?', read('外婆问公务用车购置费好多'));
    expect(read('Combined, what share of the 三公 total is that?', two)).toMatchObject({ intent: 'share', ofSum: true, items: ['sangong.vehicle_operation', 'sangong.vehicle_purchase', 'sangong.total'] });
  });

  it('a count of a list’s entries is read as counting the list, not as its figure or a term', () => {
    expect(read('专业性名词解释一共解释了多少个名词？')).toMatchObject({ intent: 'definition', countListed: 'glossary' });
    expect(read('项目支出重点工作清单一共列了多少项？')).toMatchObject({ intent: 'usage', countListed: 'uses', items: ['fiscal.project'] });
    expect(read('三公经费包括几项？').countListed).toBeUndefined();
  });

  it('projects about a named item are searched in the list; two headcounts of the turns before are added up', () => {
    expect(read('有没有跟公车有关的项目？').intent).toBe('usage');
    expect(read('公车有多少钱？').intent).not.toBe('usage');
    const second = read('聘用人员合计呢？', read('四个单位实有人数合计多少？'));
    expect(read('两者加起来一共多少人？', second)).toMatchObject({ intent: 'staffing', staffKinds: ['actual', 'hired'], unit: 'all' });
  });

  it('a sum’s change and a rate’s conversion asked right after them; 几个亿 converts to 亿元', () => {
    const summed = read('公务用车运行维护费和购置费加起来好多？');
    expect(read('比去年多好多？', summed)).toMatchObject({ intent: 'sum', items: summed.items });
    const share = read('占总支出百分之几？', read('一般公共服务支出多少？'));
    expect(read('换成亿元是多少', share)).toMatchObject({ intent: 'amount', items: ['expenditure.general_public_services'], convertTo: '亿元' });
    expect(read('总预算几个亿').convertTo).toBe('亿元');
  });

  it('the item asked stands before a claimed reason; what the claim names is the claim’s', () => {
    expect(read('收入增加是因为政府性基金拨款增加了吧？')).toMatchObject({ intent: 'reason', items: ['income.total'] });
    expect(read('基本支出增加主要是离退休人员多了吧？')).toMatchObject({ intent: 'reason', claimedReason: '增加主要是离退休人员多了吧?' });
  });

  it('a head said once before two English costs is shared; operation and maintenance stay one cost', () => {
    expect(read('Give me the vehicle purchase cost and the maintenance cost, plus their total.').items).toEqual(['sangong.vehicle_purchase', 'sangong.vehicle_operation']);
    expect(read('What’s the car operation and maintenance budget?').items).toEqual(['sangong.vehicle_operation']);
  });

  it('a term read in its context finds it in the turn before; 运维 and 购置 are the vehicle costs beside 三公', () => {
    expect(read('里面有多少是一般公共预算拨款的？', read('政府采购预算总额是多少？')).items).toEqual(['procurement.general_budget.total']);
    expect(read('一般公共预算拨款多少').items).toEqual(['income.general_budget']);
    // (…and after a part of the whole, the same part within that funding: 其中一般公共预算拨款的服务采购.)
    expect(read('其中一般公共预算拨款安排的呢', read('政府采购服务预算多少')).items).toEqual(['procurement.general_budget.services']);
    expect(read('其中一般公共预算拨款的呢', read('货物和服务采购各多少')).items).toEqual(['procurement.general_budget.goods', 'procurement.general_budget.services']);
    expect(read('那三公经费呢', read('政府采购服务预算多少')).items).toEqual(['sangong.total']);
  });

  it('a ratio asked as one figure divided by another; 按同样的口径 after a headcount asks the same headcount of another unit', () => {
    expect(read('用它除以社会保障和就业支出，是多少倍？', read('一般公共服务支出多少？'))).toMatchObject({ intent: 'compare', items: ['expenditure.general_public_services', 'expenditure.social_security'] });
    expect(read('按同样的口径，机关事务服务中心呢？', read('政务服务中心编制多少？'))).toMatchObject({ intent: 'staffing', unit: 2, staffKind: 'establishment' });
    expect(read('机关运行经费都用在啥上面').intent).toBe('usage');
  });

  it('an item word inside a sub-unit\'s name names no item; a part\'s change after a change asked is a share of that change', () => {
    expect(read('机关事务服务中心的政府采购预算多少？').items).toEqual(['procurement.total']);
    expect(read('其中购置费增加占了多大比例？', read('三公经费增加了多少？'))).toMatchObject({ intent: 'share', ofChanges: true });
    expect(read('其中购置费占了多大比例？', read('三公经费多少？')).ofChanges).toBeUndefined();
    expect(read('为什么项目支出占到七成多？')).toMatchObject({ intent: 'share', whyAsked: true });
    expect(read('How many vehicles did the department hold as at December 2025?').year).toBe('current');
  });

  it('a reason claimed of the budget as a whole is the budget\'s, whatever item the claim names', () => {
    expect(read('今年预算增加是因为买车吗')).toMatchObject({ intent: 'reason', items: ['expenditure.total'], claimedReason: '是因为买车吗' });
    expect(read('聽說今年預算增加是因為搞AI，真的嗎？')).toMatchObject({ intent: 'reason', items: ['expenditure.total'] });
    expect(read('出国0、接待27.55、运维87.8、购置252，合计367.35，跟三公总数对得上吧？').items).toEqual(
      expect.arrayContaining(['sangong.overseas', 'sangong.reception', 'sangong.vehicle_operation', 'sangong.vehicle_purchase']),
    );
    expect(read('这份说明分成了哪几个部分？')).toMatchObject({ intent: 'definition', documentParts: true });
    expect(read('聘用人员的钱今年咋个跑到基本支出里头去了？').intent).toBe('reason');
  });

  it('推算 last year’s figure from a change asks last year’s figure', () => {
    expect(read('作业：根据说明中的增减额，推算2025年部门收入预算数（万元）。')).toMatchObject({ intent: 'prior_year', items: ['income.total'] });
  });

  it('a follow-up reads context words in the names of the items asked before; parts combined within the whole just given', () => {
    const running = read('what were running costs in 2025?', read('and car running costs?', read('car purchase budget?')));
    expect(read('ok and the purchase one in 2025?', running).items).toEqual(['sangong.vehicle_purchase']);
    const whole = read("How much is the 'three public' budget?");
    expect(read('How much of that is for cars — purchase plus running costs combined?', whole)).toMatchObject({ intent: 'share', ofSum: true, items: ['sangong.vehicle_purchase', 'sangong.vehicle_operation', 'sangong.total'] });
    expect(read('Contract staff as a share of the total workforce (in-post plus contract) across the department?').staffShare).toEqual({ part: 'hired', whole: 'actual', withPart: true });
  });

  it('points between two years’ shares asked after a share', () => {
    const share = read('2025年基本支出占当年总支出的比例是多少？');
    expect(read('今年比那时候提高了几个百分点？', share)).toMatchObject({ intent: 'share', eachYear: true, items: share.items });
  });

  it('the year named in the clause that asks; 本级 counted in names no unit; vehicles bought less those held', () => {
    expect(read('手头有2025年和2026年的，但是2024年的一直找不到，麻烦帮我看看2024年三公经费是多少？').year).toBe(2024);
    expect(read('这个部门一共包括几个单位（算上本级）？').unit).toBeUndefined();
    const bought = read('2026年要买几辆？', read('2025年底有几辆车？'));
    expect(read('买的比原来的多几辆？', bought)).toMatchObject({ intent: 'vehicles', vehicleGap: true });
    expect(read('政务服务中心是做啥的？跟我们去办身份证那种大厅有关系吗？').intent).toBe('duties');
    expect(read('项目支出是做什么用的').intent).toBe('usage');
  });

  it('a figure with decimals is no year; a gap between years is not a gap between posts and staff', () => {
    expect(read('基本支出去年是2036.77万，我记得对吧？').year).toBe('prior');
    const prior = read('2025年实有人数是多少？');
    expect(read('跟今年比多了几个？', prior).overUnder).toBeUndefined();
    const posts = read('实有多少', read('本级编制多少'));
    expect(read('多了几个', posts).overUnder).toBe(true);
  });

  it('a purchase plan is no purchase cost: only a head said before the costs shares itself', () => {
    expect(read('How many law-enforcement duty vehicles are in the 2026 purchase plan?').items).not.toContain('sangong.vehicle_purchase');
  });

  it('learners’ Chinese: 几个车 counts vehicles, pinyin names an item; a speaker in charge of the cars asks no duties', () => {
    expect(read('2026年要买几个车？').intent).toBe('vehicles');
    expect(read('gong wu jie dai 费用比2025年少了多少？').items).toEqual(['sangong.reception']);
    expect(read('My group chose the three public expenses, and I am in charge of the cars. By how much did the car operation and maintenance fee increase?').intent).not.toBe('duties');
    expect(read('收入预算的年初预算数是多少？').items).toEqual(['income.total']);
  });

  it('English pls repeats the last answer in English (first, which question?); a fragment pointing at nothing asks which', () => {
    const total = read('三公经费多少');
    expect(read('English pls', total)).toMatchObject({ lang: 'en', items: ['sangong.total'] });
    expect(read('English pls').intent).toBe('clarify');
    expect(read('人呢').intent).toBe('clarify');
    expect(read('车几台').intent).toBe('vehicles');
    expect(read('下降率是多少', read('机关运行经费多少')).intent).toBe('growth');
    expect(read('住房公积金咋个提取').intent).toBe('out_of_scope');
  });

  it('a role before a colon and a question relayed in quotation marks: the quoted words are the question', () => {
    expect(read('主持人：一位做工程的听众问：「政府采购工程预算有多少？」').items).toEqual(['procurement.works']);
    expect(read('主持人：听众就问了三个字：「为啥子？」').intent).toBe('clarify');
    expect(read('Host: Is it more or less than before?').intent).toBe('clarify');
    expect(read('三公经费：多少').items).toEqual(['sangong.total']);
  });

  it('a sum checked against a figure named after 等于: that figure is what the sum is set against, not one of its parts', () => {
    const first = read('基本支出和项目支出加起来等不等于总预算');
    expect(first).toMatchObject({ intent: 'sum', items: ['fiscal.basic', 'fiscal.project'], sumAgainst: 'expenditure.total' });
    const follow = read('两个加起来是不是等于总支出？', read('项目支出呢？', read('基本支出多少？')));
    expect(follow).toMatchObject({ intent: 'sum', items: ['fiscal.basic', 'fiscal.project'], sumAgainst: 'expenditure.total' });
    expect(follow.claims).toBeUndefined();
    expect(read('两个加起是好多', read('项目支出呢', read('基本支出好多')))).toMatchObject({ intent: 'sum', items: ['fiscal.basic', 'fiscal.project'] });
    expect(read('基本支出和项目支出合计多少').sumAgainst).toBeUndefined();
  });

  it('which part has the largest share is a ranking with its share, not the share of the whole', () => {
    expect(read('三公经费里哪一项占比最高')).toMatchObject({ intent: 'ranking', rank: 'max', rankShare: true });
    expect(read('占比最大的是哪一类支出？', read('总预算是多少？'))).toMatchObject({ intent: 'ranking', rank: 'max' });
    expect(read('三公经费中公务接待费占比多少').intent).toBe('share');
  });

  it('a whole named as where its part is asks about the part — unless the whole is asked about too', () => {
    expect(read('三公经费里头公务接待费为啥子少了嘛')).toMatchObject({ intent: 'reason', items: ['sangong.reception'] });
    expect(read('三公经费里公务接待费多少').items).toEqual(['sangong.reception']);
    expect(read('三公里头接待费都减了，凭啥总数还涨了40.9万？').items).toContain('sangong.total');
    expect(read('三公经费中公务接待费占比多少').items).toEqual(['sangong.total', 'sangong.reception']);
  });

  it('a group glossed by one of its members means that member', () => {
    expect(read('买公务车的钱 就是公务用车购置费 好多').items).toEqual(['sangong.vehicle_purchase']);
    expect(read('买公务车的钱好多').items).toEqual(['sangong.vehicle_purchase', 'sangong.vehicle_operation']);
  });

  it('money asked of a sub-unit with no item named is its whole budget (which the document gives for the department only)', () => {
    expect(read('机关事务服务中心今年预算好多钱')).toMatchObject({ items: ['expenditure.total'], unit: 2 });
    expect(read('政务服务中心的经费渠道是什么').intent).toBe('units');
    expect(read('政务服务中心有多少编制').intent).toBe('staffing');
  });

  it('a project asked after by words of its own is searched for among the listed projects; an item named alone is its figure', () => {
    expect(read('有没有办公家具采购项目？').intent).toBe('usage');
    expect(read('公车购置是不是有个预留经费项目？').intent).toBe('usage');
    expect(read('有没有公务接待项目').intent).toBe('amount');
  });

  it('who looks after something is whose duty it is; 到岗 is staff in post', () => {
    expect(read('谁管机关食堂？').intent).toBe('duties');
    expect(read('数字化中心编制30人，实际到岗好多？')).toMatchObject({ intent: 'staffing', staffKinds: ['establishment', 'actual'] });
  });

  it('dialect and slips: 勒个 is 这个, 三宫 is 三公, an English word one slip off is the word; one English word is English', () => {
    expect(read('勒个是涨了还是跌了嘛').intent).toBe('clarify');
    expect(read('三宫经费好多').items).toEqual(['sangong.total']);
    expect(read('How many vehicels will be purchsed in 2026?').intent).toBe('vehicles');
    expect(read('Why?')).toMatchObject({ intent: 'clarify', lang: 'en' });
    expect(read('why tho?').intent).toBe('clarify');
    expect(read('小区物业费涨价了找哪个').intent).toBe('out_of_scope');
    expect(read('物管费一年给物业公司多少？我们也做物业').intent).not.toBe('out_of_scope');
  });

  it('parts checked against a whole in other words (对得上, 一致); a unit type asked; 边个负责预算公开 asks the contact', () => {
    expect(read('两个加起来跟支出总额对得上吗？', read('基本支出和项目支出各是多少？'))).toMatchObject({ intent: 'sum', items: ['fiscal.basic', 'fiscal.project'], sumAgainst: 'expenditure.total' });
    expect(read('政务服务中心属于啥子类型的单位？').intent).toBe('units');
    expect(read('唔该，边个负责预算公开？').intent).toBe('contact');
  });

  it('no centre is named by characters of its name scattered through other words (政府采购服务 is not 政务服务中心)', () => {
    expect(read('政府采购服务具体买了哪些服务，各多少钱？').unit).toBeUndefined();
    expect(read('政务中心编制几个').unit).toBe(3);
  });

  it('a bare count after something not disclosed is not disclosed either; an English sentence around one Chinese name is English', () => {
    // (The turn before as the engine keeps it: understood, then refined against the document.)
    const first = refine(read('政府采购货物具体买的是啥子设备？'), SEED.ctx, SEED.ctx.doc.text, () => undefined, undefined).u;
    expect(first.intent).toBe('not_found');
    expect(read('好多台？', first)).toMatchObject({ intent: 'not_found', undisclosed: first.undisclosed });
    expect(read('How many contract staff does the 机关事务服务中心 employ?').lang).toBe('en');
  });

  it('a rate said to be about so much is a range; all of a total claimed to be one part; 单独列了没 is no listing question', () => {
    expect(read('文章写三公经费比上年增长约12.5%，这个对吗？').percentRanges).toEqual([{ min: '12.45', max: '12.55' }]);
    expect(read('收入全部是一般公共预算拨款对吧').assertion).toMatchObject({ mostly: '一般公共预算拨款', all: true });
    expect(read('培训费单独列了没得，有好多').intent).not.toBe('usage');
    expect(read('So the office will buy 10 official cars in 2026, right?').intent).toBe('vehicles');
    expect(read('机关食堂归机关事务服务中心管吗？').intent).toBe('duties');
    expect(read('项目支出是不是都实行了绩效目标管理？').intent).not.toBe('duties');
    expect(read('帮我写个卖打印机的促销文案').intent).toBe('out_of_scope');
    expect(read('这个部门预算除了办公室本级，还包括哪几个单位？').units).toEqual([2, 3, 4]);
  });

  it('the office proper is 本级; a mixed follow-up in a Chinese conversation stays Chinese; zero claimed is a claim', () => {
    expect(read('How many administrative posts is the office proper authorized to have?').unit).toBe(1);
    // (Whether the budget includes a project is a listing question, not what a word means.)
    expect(read('Does the budget include a project to build a new hospital?').intent).toBe('usage');
    // (车辆 inside 车辆相关的两项 names the vehicle money, whose share is asked — not a count of vehicles.)
    expect(read('其中车辆相关的两项合计占多少比例', read('三公经费total是多少')).intent).toBe('share');
    // (A reason offered after a change, 是不是…, asks why; 跟X有啥子关系 after a change asks why; 购车 buys.)
    expect(read('接待费砍了一点，是不是上头喊节约哦？')).toMatchObject({ intent: 'reason', items: ['sangong.reception'] });
    expect(read('基本支出比项目支出还多，是不是？').intent).not.toBe('reason');
    expect(read('基本支出涨起来跟聘用人员有啥子关系嘛')).toMatchObject({ intent: 'reason', items: ['fiscal.basic'] });
    expect(read('2026年购车几辆？').vehicleMode).toBe('planned');
    expect(read('Why is the outbound travel budget zero?').items).toEqual(['sangong.overseas']);
    expect(read('Is the goods procurement budget 23.1 (10k yuan)?').items).toEqual(['procurement.goods']);
    expect(read('那 growth rate 呢？', read('三公经费比去年增加多少？')).lang).toBe('zh');
    expect(read('那 growth rate 呢？').lang).toBe('en');
    expect(read('Is it true that nothing at all is budgeted for overseas trips?').assertion).toMatchObject({ none: true });
    expect(read('公务接待费一分钱都没有吧？').assertion?.mostly).toBeUndefined();
  });
});

