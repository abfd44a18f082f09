import { describe, expect, it } from 'vitest';
import { verifyClaims } from '../verify.js';
import { builder, read, SEED } from '../seed-context.testkit.js';
import { refine } from '../refine.js';
import { amountHandler, changeHandler, claimHolds, growthHandler, priorYearHandler, reasonHandler } from './figures.js';
import { BROAD_REASON_EXAMPLES } from '../question-claims.js';
import { staffingHandler, unitsHandler, vehiclesHandler } from './people.js';
import { compareHandler, rankingHandler, shareHandler, sumHandler } from './relations.js';
import { contactHandler, definitionHandler, dutiesHandler, notFoundHandler, usageHandler } from './texts.js';
import { undisclosedHandler } from './undisclosed.js';
import type { Understanding } from '../understand.js';

const ctx = SEED.ctx;
/** Understand, refine against the seed, run a handler, and verify what it wrote as the engine does. */
function answer(question: string, handler = amountHandler, previous?: Understanding) {
  const u = refine(read(question, previous), ctx, ctx.doc.text, () => undefined, undefined).u;
  const b = builder(u.lang);
  const status = (u.undisclosed ? undisclosedHandler : handler)({ u, ctx, b, retrieved: [] });
  const d = b.build(status);
  const check = verifyClaims({ text: d.text, spans: d.spans, citations: d.citations, phones: d.phones, names: d.names });
  return { u, status, text: d.text, numbers: d.numbers, ok: check.ok, offending: check.offending };
}

describe('handlers, composed and verified', () => {
  it('not separately disclosed: names what was asked, gives the nearest figure framed as such, quotes what includes it', () => {
    const r = answer('外宾接待费是多少');
    expect(r.status).toBe('not_found');
    expect(r.text).toMatch(/^文件没有单列外宾接待费；公务接待费为27\.55万元，供参考。文件的说明是：「公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出」/);
    expect(r.ok).toBe(true);
  });

  it('a share of the sum just computed: the parts added up with their derivation, then the share', () => {
    const r = answer('其中购置费又占该合计的比重', shareHandler, read('公务用车购置费与运行维护费合计占三公经费的比重'));
    expect(r.status).toBe('answered');
    expect(r.text).toContain('合计339.8万元（252 + 87.8 = 339.8）的74.16%（252 ÷ 339.8 × 100% = 74.16%）');
    expect(r.ok).toBe(true);
  });

  it('one sub-unit’s money: the department total, with its sub-units named', () => {
    const r = answer('机关事务服务中心的三公经费是多少');
    expect(r.status).toBe('not_found');
    expect(r.text).toContain('文件没有按所属单位单列');
    expect(r.text).toContain('367.35万元，供参考');
    expect(r.ok).toBe(true);
  });

  it('a wrong claim: 不对, then the document’s figure, never the claimed number', () => {
    const r = answer('三公经费是3000万元吧');
    expect(r.text).toMatch(/^不对：文件中2026年“三公”经费预算为367\.35万元/);
    expect(r.text).not.toContain('3000');
    expect(answer('三公经费是367.35万元对吗').text).toMatch(/^是的：/);
    expect(r.ok).toBe(true);
  });

  it('a share of the items just added up', () => {
    const first = read('公务用车运行维护费和购置费加起来多少');
    const r = answer('这两项合计占三公经费的比例', shareHandler, first);
    expect(r.text).toContain('合计339.8万元（87.8 + 252 = 339.8），占“三公”经费367.35万元的92.5%');
    expect(r.ok).toBe(true);
  });

  it('a listed project: listed among the project spending’s uses, no amount or description, cited', () => {
    const r = answer('AI+重点区域大客流智慧导控综合场景专项是干嘛的', usageHandler);
    expect(r.status).toBe('answered');
    expect(r.text).toContain('列出了「AI+重点区域大客流智慧导控综合场景专项」，没有单列它的金额');
    expect(r.ok).toBe(true);
  });

  it('a headcount over the kind of unit named (事业单位), from the document’s own unit types', () => {
    const r = answer('三个事业单位的事业编制加起来多少', staffingHandler);
    expect(r.text).toContain('其中事业单位编制合计42人');
    expect(r.ok).toBe(true);
  });

  it('the kind of post named (行政编制 / 事业编制): the units whose establishment the document writes so, and a claim judged', () => {
    const claim = answer('The office has 47 established administrative posts, right?', staffingHandler);
    expect(claim.text).toMatch(/^No\. /);
    expect(claim.text).toContain('重庆市渝中区政府办公室（本级）: authorised posts: 43 people');
    expect(claim.text).not.toContain('85');
    expect(claim.ok).toBe(true);
    const posts = answer('事业编制一共多少', staffingHandler);
    expect(posts.text).toContain('3个单位的事业编制合计42人');
    expect(posts.ok).toBe(true);
    // No kind named: every unit's establishment.
    expect(answer('编制一共多少', staffingHandler).text).toContain('所属各单位编制合计85人');
    // Both kinds named: every unit's establishment.
    expect(answer('行政编制加事业编制一共多少个', staffingHandler).text).toContain('所属各单位编制合计85人');
  });

  it('a unit of another kind named beside the kind (本级和三个下属事业单位): all of them', () => {
    const r = answer('本级和三个下属事业单位的编制数加起来合计是多少？', staffingHandler);
    expect(r.text).toContain('所属各单位编制合计85人');
    expect(r.ok).toBe(true);
  });

  it('a conversion asked after a figure: the calculator converts the stated amount and shows how', () => {
    const r = answer('换算成元是多少', amountHandler, read('三公经费是多少'));
    expect(r.text).toContain('367.35万元，即3673500元（367.35 × 10000 = 3673500）');
    expect(r.ok).toBe(true);
    expect(answer('用亿元表示', amountHandler, read('一般公共预算拨款收入多少')).text).toContain('11491.61万元，即1.1492亿元（11491.61 ÷ 10000 = 1.1492）');
    // (块钱 is one word: 折成块钱 names no undisclosed item.)
    expect(answer('折成块钱是好多块？', amountHandler, read('公务用车购置费多少？')).text).toContain('252万元，即2520000元');
  });

  it('a comparison the user asserts: 不对 when the document says the reverse, with the difference computed', () => {
    const r = answer('项目支出比基本支出少吧', compareHandler);
    expect(r.u.intent).toBe('compare');
    expect(r.text).toMatch(/^不对：/);
    expect(r.text).toContain('项目支出比基本支出多6248.45万元（8870.03 − 2621.58 = 6248.45）');
    expect(r.ok).toBe(true);
  });

  it('how many times one figure is another: a ratio from the calculator, not a share', () => {
    const r = answer('项目支出是基本支出的几倍', compareHandler);
    expect(r.text).toContain('前者是后者的3.38倍（8870.03 ÷ 2621.58 = 3.38）');
    expect(r.ok).toBe(true);
  });

  it('one figure as a fraction of another, in the order named; a claimed multiple checked against the ratio', () => {
    const r = answer('基本支出是项目支出的几分之几', compareHandler);
    expect(r.u.intent).toBe('compare');
    expect(r.text).toContain('前者相当于后者的29.56%（2621.58 ÷ 8870.03 × 100% = 29.56%）');
    expect(r.ok).toBe(true);
    expect(answer('项目支出是基本支出的三倍多', compareHandler).text).toMatch(/^是的：.*3\.38倍/);
    expect(answer('项目支出是基本支出的两倍吧', compareHandler).text).toMatch(/^不对：.*3\.38倍/);
    const en = answer('How many times larger is project spending than basic spending?', compareHandler);
    expect(en.text).toContain('is 3.38 times basic expenditure');
    expect(en.ok).toBe(true);
  });

  it('one headcount as a share of another: staff in post over posts per unit asked, or a unit of all units', () => {
    const r = answer('数字化城市运行和治理中心实有人数占编制的比例', staffingHandler);
    expect(r.u.staffShare).toEqual({ part: 'actual', whole: 'establishment' });
    expect(r.text).toContain('实有人数23人，编制30人，实有人数占编制的76.67%（23 ÷ 30 × 100% = 76.67%）');
    expect(r.ok).toBe(true);
    // The headcount next to 占 is the part when both come before it.
    expect(answer('政务服务中心编制里实有人数占多少', staffingHandler).u.staffShare).toEqual({ part: 'actual', whole: 'establishment' });
    expect(answer('What is the fill rate at the Office Affairs Service Center?', staffingHandler).text).toContain('60% (3 ÷ 5 × 100% = 60%)');
    const unit = answer('数字化中心实有人数占四家实有总数的比例', staffingHandler);
    expect(unit.text).toContain('占29.11%（23 ÷ 79 × 100% = 29.11%）');
    expect(unit.ok).toBe(true);
    // A difference is not a share: 比 alone keeps the gap.
    expect(answer('数字化中心实有人数比编制少几个', staffingHandler).u.staffShare).toBeUndefined();
  });

  it('the others of a group, named by what they leave out (除X以外), added up', () => {
    const r = answer('除一般公共服务以外，另外三类功能支出合计是多少？', sumHandler);
    expect(r.u.others).toEqual(['expenditure.general_public_services']);
    expect(r.text).toContain('合计706.72万元（445.5 + 116.26 + 144.96 = 706.72）');
    expect(r.ok).toBe(true);
  });

  it('vehicles asked unit by unit: not broken out by unit, the units’ total given as the nearest figure', () => {
    const r = answer('下属几个中心分别有好多辆车？', vehiclesHandler);
    expect(r.status).toBe('not_found');
    expect(r.text).toContain('文件没有按所属单位单列');
    expect(r.text).toContain('10辆，供参考');
  });

  it('a figure claimed of last year, with a direction: judged against last year’s, which is said', () => {
    const wrong = answer('公务接待费去年才26.25万，今年反而涨了，真的假的？', changeHandler);
    expect(wrong.text).toMatch(/^不对：/);
    expect(wrong.text).toContain('2025年为28.85万元（27.55 − (−1.3) = 28.85）');
    expect(answer('公务接待费去年28.85万，今年减少了，对吧？', changeHandler).text).toMatch(/^是的：/);
    // This year's figure claimed as last year's is not last year's.
    expect(answer('三公经费是326.45万吧').text).toMatch(/^不对：/);
  });

  it('each part of one group named, as a share of that group (各项分别占比)', () => {
    const r = answer('三公经费各项分别占比多少', shareHandler);
    expect(r.text).toContain('公务接待费27.55万元，占“三公”经费367.35万元的7.5%');
    expect(r.text).toContain('公务用车购置费252万元，占“三公”经费367.35万元的68.6%');
    expect(r.text).not.toContain('11491.61');
    expect(r.ok).toBe(true);
  });

  it('a contact name or number claimed: 不对 when it is not the one published, 是的 when it is', () => {
    expect(answer('预算联系人是不是叫陈静', contactHandler).text).toMatch(/^不对：.*陈庆，电话023-63259683/);
    expect(answer('联系电话是023-63259688吧', contactHandler).text).toMatch(/^不对：/);
    expect(answer('联系人是陈庆吧', contactHandler).text).toMatch(/^是的：陈庆是文件公布的/);
    expect(answer('联系人是谁', contactHandler).text).not.toMatch(/^不对|^是的/);
  });

  it('a term the glossary explains but no figure states: not found, said to be explained without an amount', () => {
    const r = refine(read('事业单位医疗支出多少'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(r.u.intent).toBe('not_found');
    expect(r.namedWithoutAmount).toBe('事业单位医疗');
    // A term that is also a stated figure is answered.
    expect(refine(read('一般公共服务支出多少'), ctx, ctx.doc.text, () => undefined, undefined).u.intent).toBe('amount');
  });

  it('a listed project named by a Latin word or through 项目 alone is that project, not the term 项目支出', () => {
    expect(refine(read('AI的项目有没得'), ctx, ctx.doc.text, () => undefined, undefined).u.listedUses?.[0]?.text).toContain('AI+重点区域大客流');
    expect(refine(read('民兵那个项目是啥子'), ctx, ctx.doc.text, () => undefined, undefined).u.listedUses?.[0]?.text).toContain('民兵编制工作经费');
    // (In English the word for a project may come before its Chinese name: why it was added is not stated.)
    const why = refine(read('Why did they add that AI+ crowd-control project (大客流) this year?'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(why.u.intent).toBe('not_found');
    expect(why.listedWithoutReason).toContain('大客流');
  });

  it('hearsay claims: all of it one part, a hundred-odd cars, twenty-odd hires, a change quoted without its decimals', () => {
    expect(answer('有人讲你们政府采购全部是买东西，买的都是货物').text).toMatch(/^不对：.*政府采购服务预算1946\.23万元/);
    expect(answer('他们说政府办一共有上百辆公车', vehiclesHandler).text).toMatch(/^不对：.*共有车辆10辆/);
    expect(answer('听说政务服务中心聘了二十几个人', staffingHandler).text).toMatch(/^不对：.*聘用人员9人/);
    expect(answer('有人说项目支出比去年少了185万，是真的不？', changeHandler).text).toMatch(/^是的：.*减少185\.04万元/);
    // 28 is not 27.55 with its decimals dropped.
    expect(answer('公务接待费是二十八万吧').text).toMatch(/^不对：/);
  });

  it('an English question for money "for" something no item names is not the whole budget', () => {
    const r = refine(read("What's the budget line for office stationery?"), ctx, ctx.doc.text, () => undefined, undefined);
    expect(r.u.intent).toBe('not_found');
    expect(r.u.undisclosed?.name).toBe('stationery');
    expect(refine(read('What is the budget for 2026?'), ctx, ctx.doc.text, () => undefined, undefined).u.intent).toBe('amount');
    expect(refine(read('Is there a budget item for network security protection?'), ctx, ctx.doc.text, () => undefined, undefined).u.intent).not.toBe('not_found');
  });

  it('people the template does not count: the headcounts it gives, framed as context, not found', () => {
    const r = answer('你们离退休的老同志有好多个人？', staffingHandler);
    expect(r.status).toBe('not_found');
    expect(r.text).toContain('没有列出您问的这类人员的人数');
  });

  it('a claimed reason is judged against the stated one: other words or another count are 不对', () => {
    expect(answer('公务用车运行维护费增加是因为油价涨了', reasonHandler).text).toMatch(/^不对：.*「因工作需要，新增公务用车4辆」/);
    expect(answer('公务用车运行维护费涨，是因为新买了14辆车吧？', reasonHandler).text).toMatch(/^不对：/);
    expect(answer('公务用车运行维护费涨，是因为新增了4辆车吧？', reasonHandler).text).toMatch(/^是的：/);
    expect(answer('公务接待费减少是因为厉行节约吧', reasonHandler).text).toMatch(/^是的：/);
    // A plain why-question has no claim to judge.
    expect(answer('公务接待费为什么减少', reasonHandler).text).not.toMatch(/^是的|^不对/);
  });

  it('a why or a how-much taking for granted a direction the figure did not move in: 不对 first', () => {
    expect(answer('为什么公务接待费增加了', reasonHandler).text).toMatch(/^不对：.*减少1\.3万元/);
    expect(answer('接待费比去年还涨了1.3万，咋个回事', changeHandler).text).toMatch(/^不对：/);
    expect(answer('为什么公务接待费减少了', reasonHandler).text).not.toMatch(/^不对/);
    expect(answer('三公经费是涨了还是跌了', changeHandler).text).not.toMatch(/^不对/);
  });

  it('units left out, bodies that are no unit, people not counted', () => {
    const r = answer('三个中心加起来聘用了好多人，不算本级', staffingHandler);
    expect(r.text).toContain('聘用人员合计39人');
    expect(r.ok).toBe(true);
    // The centres left out, 本级 asked: its own money is not broken out.
    expect(read('不算下属三个中心，政府办本级的基本支出是多少？').unit).toBe(1);
    const body = answer('城市治理委员会有几个编制', staffingHandler);
    expect(body.status).toBe('not_found');
    expect(body.text).toContain('没有列出“城市治理委员会”的编制');
  });

  it('亿元 as people say it: four places, and about two', () => {
    const r = answer('总预算是好多亿？');
    expect(r.text).toContain('即1.1492亿元（11491.61 ÷ 10000 = 1.1492），约1.15亿元');
    expect(r.ok).toBe(true);
  });

  it('of listed entries tied on their longest shared run, the one sharing most of the question is named', () => {
    const r = refine(read('六个办公区域维修改造项目花多少'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(r.namedWithoutAmount).toBe('六个办公区域各类单项维修改造项目（本级）');
  });

  it('the office proper asked in English (benji) is 本级: its own money is not disclosed', () => {
    const r = refine(read('How much of the three public expenses belongs to the office proper (benji)?'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(r.u).toMatchObject({ intent: 'not_found', undisclosed: { kind: 'sub_unit' } });
    // The office named plainly is the department.
    expect(refine(read('What is the total budget of the office?'), ctx, ctx.doc.text, () => undefined, undefined).u.intent).toBe('amount');
  });

  it('money for some vehicles the document counts no group of is not disclosed; a stated count is', () => {
    const some = refine(read('新增那4辆公务用车的购置花了多少钱？'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(some.u).toMatchObject({ intent: 'not_found', items: ['sangong.vehicle_purchase'], undisclosed: { kind: 'unplaced' } });
    expect(refine(read('买14辆车花了多少钱'), ctx, ctx.doc.text, () => undefined, undefined).u.intent).not.toBe('not_found');
    // 一辆好多钱 divides the purchase by the vehicles to buy, saying no price per vehicle is listed.
    const each = answer('今年买的公务车一辆好多钱？');
    expect(each.text).toContain('平均每辆18万元（252 ÷ 14 = 18）；文件没有单列每辆车的价格');
    expect(each.ok).toBe(true);
  });

  it('the list named by its own words (项目清单里…叫什么) names no topic: the entry about the topic is found', () => {
    expect(answer('项目清单里跟节能有关的叫什么？', usageHandler).text).toContain('「节能专项经费项目（本级）」');
  });

  it('words ending in a person (编辑一直追问我) are someone asking, not an undisclosed thing', () => {
    const r = refine(read('我在写稿子，编辑一直追问我项目支出那根柱子为什么比去年矮了一截，到底原因是啥？'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(r.u.undisclosed).toBeUndefined();
    expect(r.u).toMatchObject({ intent: 'reason', items: ['fiscal.project'] });
  });

  it('an item with no stated change is answered with the one item named after it whose change is stated', () => {
    const r = answer('政府性基金预算拨款比去年减少了吧？', changeHandler);
    expect(r.u.items).toEqual(['fiscal.gov_fund.expenditure']);
    expect(r.text).toMatch(/^不对：/);
    expect(r.text).toContain('与2025年持平');
    expect(r.ok).toBe(true);
  });

  it('a project named with its bracketed owner is the project; its parts are its listed entries; 国有资产这块 frames a vehicle count', () => {
    const own = refine(read('节能专项经费项目（本级）要花多少钱？'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(own.namedWithoutAmount).toBe('节能专项经费项目（本级）');
    const parts = refine(read('六个办公区域日常运行维护项目分成哪几块？'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(parts.u.intent).toBe('usage');
    expect(parts.u.listedUses?.map((x) => x.text)).toEqual(['六个办公区域日常运行维护项目（本级）', '六个办公区域日常运行维护项目（机关事业后勤服务）']);
    expect(refine(read('国有资产这块，截至2025年12月各单位一共有几辆车？'), ctx, ctx.doc.text, () => undefined, undefined).u.undisclosed).toBeUndefined();
  });

  it('an event someone reports inside a why (机关里头又多招了好多人) is no undisclosed thing: the stated reason', () => {
    const r = refine(read('他就嘀咕是不是机关里头又多招了好多人，基本支出涨了，说明里到底讲的是啥子原因嘛？'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(r.namedWithoutAmount).toBeUndefined();
    expect(r.u).toMatchObject({ intent: 'reason', items: ['fiscal.basic'] });
  });

  it('one item said as the qualifier of another (A的B) is one figure, not two added', () => {
    const r = answer('实行绩效目标管理的项目支出资金一共多少？', sumHandler);
    expect(r.u).toMatchObject({ intent: 'amount', items: ['performance.amount'] });
    expect(r.text).not.toContain('17740.06');
    // A part named after its group (三公经费的公务接待费) is the part.
    expect(refine(read('三公经费的公务接待费一共多少'), ctx, ctx.doc.text, () => undefined, undefined).u.items).toEqual(['sangong.reception']);
    // Joined by 和, both are added.
    expect(answer('基本支出和项目支出一共多少', sumHandler).text).toContain('合计11491.61万元');
  });

  it('a count the listed uses write in words, asked of the thing counted: quoted, and stated in figures', () => {
    const r = answer('项目支出里说的办公区域维护，是几个办公区域？', usageHandler);
    expect(r.text).toContain('「六个办公区域日常运行维护项目（本级）」');
    expect(r.text).toContain('即6个办公区域');
    expect(r.ok).toBe(true);
    expect(r.u.intent).toBe('usage');
    expect(answer('数据中心有几套网络', usageHandler).text).toContain('即2套网络');
    // Of the uses that count it, those the question's own words name.
    const upkeep = answer('日常运行维护项目涉及几个办公区域？', usageHandler);
    expect(upkeep.text).toContain('「六个办公区域日常运行维护项目（机关事业后勤服务）」');
    expect(upkeep.text).not.toContain('维修改造');
    // Nothing counted in words for the thing asked: not read from another count.
    expect(answer('有几个办公室？', usageHandler).u.countedInUse).toBeUndefined();
  });

  it('a how asked of no item in words a stated reason holds: those figures with their reasons', () => {
    const r = refine(read('聘用人员的经费今年咋个换了个地方列支？'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(r.u).toMatchObject({ intent: 'reason', items: ['fiscal.basic', 'fiscal.project'] });
    // A headcount's why is not a money reason.
    expect(refine(read('机关事务服务中心聘用人员为啥那么多？'), ctx, ctx.doc.text, () => undefined, undefined).u.intent).toBe('staffing');
    // An item said in a clause before the one asking why sets the scene: the why is of the figures whose reasons hold the words.
    const scene = refine(read('基本支出涨了，为啥聘用人员的钱从项目里搬出来了？'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(scene.u).toMatchObject({ intent: 'reason', items: ['fiscal.basic', 'fiscal.project'] });
    // …and a bare why after a change asks of that item, never of another whose reason shares the scene's words.
    expect(refine(read('三公经费减少了，为啥子呢'), ctx, ctx.doc.text, () => undefined, undefined).u.items).toEqual(['sangong.total']);
    // One clause asking why is no scene set: the items it names are asked.
    expect(refine(read('为什么要新增公务用车？'), ctx, ctx.doc.text, () => undefined, undefined).u.items).toContain('sangong.vehicle_purchase');
    expect(refine(read('主持人：听众问：「为啥子要新增公务用车哦？」'), ctx, ctx.doc.text, () => undefined, undefined).u.items).toContain('sangong.vehicle_purchase');
  });

  it('converted and rounded as asked in one step; the places are a count the answer states', () => {
    const r = answer('将2026年部门收入预算总额折算为亿元（保留两位小数）。');
    expect(r.text).toContain('即1.15亿元（11491.61 ÷ 10000 ≈ 1.15，保留2位小数）');
    expect(r.ok).toBe(true);
    expect(answer('三公经费保留一位小数是多少').text).toContain('保留1位小数为367.4万元');
  });

  it('contract staff counted in with staff in post (连聘用的算上)', () => {
    const r = answer('本级连聘用的算上一共多少人？', staffingHandler);
    expect(r.text).toContain('合计61人');
    expect(r.ok).toBe(true);
  });

  it('asked whether any project covers a short word several listed names hold: those names', () => {
    const r = refine(read('政府网站的维护有没有专门项目'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(r.u.listedUses?.map((x) => x.text)).toEqual(['门户网站群服务器托管及网站信息内容', '网站群和办公平台软件维护与安全等级保护']);
  });

  it('words describing an item asked why are not another thing (接待吃吃喝喝的钱)', () => {
    const r = refine(read('说政府办今年接待吃吃喝喝的钱还涨了，到底是涨了还是少了，为啥子嘛'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(r.u.intent).toBe('reason');
    expect(r.u.items).toEqual(['sangong.reception']);
  });

  it('last year in the unit asked; one item’s two years added; last year’s figures of two items added', () => {
    expect(answer('换成元', priorYearHandler, read('去年呢？', read('公务接待费是多少？'))).text).toContain('2025年公务接待费为28.85万元，即288500元（28.85 × 10000 = 288500）');
    const both = answer('那2025年和2026年加起来呢？', sumHandler, read('公务接待费2026年多少？'));
    expect(both.text).toContain('两年合计56.4万元（27.55 + 28.85 = 56.4）');
    expect(both.ok).toBe(true);
    expect(answer('2025年公车运维费和2025年公车购置费合计多少？', sumHandler).text).toContain('合计297.6万元（79.6 + 218 = 297.6）');
  });

  it('what the document does not break out: per person, a car’s make, meals within reception, the fleet at a later date', () => {
    expect(answer('人均三公经费是多少？').status).toBe('not_found');
    // (A unit's own money is not stated, so neither is its per-person figure, whatever headcount is named.)
    expect(answer('按数字化中心实有人数算，他们人均基本支出是多少？').status).toBe('not_found');
    expect(refine(read('今年买的公车是啥子牌子、啥子排量？'), ctx, ctx.doc.text, () => undefined, undefined).u.intent).toBe('not_found');
    expect(answer('公务接待费里餐费多少').status).toBe('not_found');
    const fleet = answer('2026年底他们一共会有多少辆车？', vehiclesHandler);
    expect(fleet.status).toBe('not_found');
    expect(fleet.ok).toBe(true);
  });

  it('a per-person figure over the headcount the question names: the asker’s division, said to be one', () => {
    const r = answer('按实有人数算，人均三公经费是多少？');
    expect(r.status).toBe('answered');
    expect(r.ok).toBe(true);
    expect(r.text).toContain('文件没有单列人均数；按所属各单位实有人数合计79人（47 + 3 + 6 + 23 = 79）计算');
    expect(r.text).toContain('人均4.65万元（367.35 ÷ 79 = 4.65）');
  });

  it('a hypothetical case: no figure worked out for it, the planned ones for reference', () => {
    const r = answer('如果今年的车不买了，三公经费会变成多少？');
    expect(r.status).toBe('not_found');
    expect(r.text).toMatch(/^文件只公开2026年的预算安排，没有测算假设情形下的数额；/);
    expect(r.text).not.toContain('115.35');
  });

  it('staff in post claimed fewer or more than the posts: judged', () => {
    expect(answer('本级实有人数比编制少嘛', staffingHandler).text).toMatch(/^不对：/);
    expect(answer('本级超编了吧', staffingHandler).text).toMatch(/^是的：/);
    // Asked, not claimed: the figures answer it.
    expect(answer('政务服务中心超编了吗？', staffingHandler).text).toMatch(/^重庆市渝中区政务服务中心：编制7人/);
  });

  it('parts said only to describe the item named with them ask that item', () => {
    expect(answer('就是车子加油修车过路费那一块 公务用车运行维护费 今年给了好多').text).toContain('公务用车运行维护费预算为87.8万元');
    expect(answer('公务用车运行维护费里加油费多少').status).toBe('not_found');
    // Asked on its own (单独, 光是), the part is what is asked.
    expect(answer('接待外宾那部分单独算是多少钱？就是外宾接待费。').status).toBe('not_found');
  });

  it('two headcounts totalled over the units, with the gap between the totals', () => {
    const r = answer('编制总数和实有总数各多少？差几个？', staffingHandler);
    expect(r.text).toContain('所属各单位编制合计85人（43 + 5 + 7 + 30 = 85）');
    expect(r.text).toContain('编制合计比实有人数合计多6人（85 − 79 = 6）');
    expect(r.ok).toBe(true);
    expect(answer('数字化中心编制用了百分之几', staffingHandler).text).toContain('76.67%');
  });

  it('那一块 pointing at the item named is that item, not a part of it', () => {
    expect(answer('政府采购里服务那一块是好多').text).toContain('政府采购服务预算为1946.23万元');
    expect(answer('公务接待费里面外宾那一块是好多').status).toBe('not_found');
  });

  it('siblings carried over into a share are shares of their group; one named as the other’s whole is a ratio', () => {
    const carried = answer('and what share is basic?', shareHandler, read('How much are basic and project expenditures,'));
    expect(carried.text).toContain('22.81%');
    expect(answer('基本支出占项目支出的百分之多少？', shareHandler).text).toContain('29.56%');
  });

  it('a change converted as asked after it', () => {
    const r = answer('换成元呢？', changeHandler, read('公务用车购置费比去年多了多少？'));
    expect(r.text).toContain('（变化额即340000元：34 × 10000 = 340000）');
    expect(r.ok).toBe(true);
  });

  it('two equal figures compared: the difference 0 is said, from the calculator', () => {
    const r = answer('收入预算和支出预算差多少', compareHandler);
    expect(r.text).toContain('两者相同，相差0万元（11491.61 − 11491.61 = 0）');
    expect(r.ok).toBe(true);
  });

  it('a first turn that points back at nothing (那个数, that) asks which item', () => {
    expect(read('那个数是好多来着？').intent).toBe('clarify');
    expect(read('Was that higher or lower?').intent).toBe('clarify');
    expect(read('Is it going to rain in Chongqing this weekend?').intent).toBe('out_of_scope');
  });

  it('a total word right after an item is that item’s total, not the whole budget', () => {
    expect(read('三公经费总数是多少').items).toEqual(['sangong.total']);
    expect(read('支出总数是多少').items).toEqual(['expenditure.total']);
  });

  it('a count a reason states, asked in its own words, is given with the reason it stands in', () => {
    const r = answer('新增了几辆车', amountHandler, read('公务用车运行维护费为什么增加'));
    expect(r.u.items).toEqual(['sangong.vehicle_operation.mention.1']);
    expect(r.text).toContain('新增公务用车4辆（文件在公务用车运行维护费变化的原因中写明：「因工作需要，新增公务用车4辆」）');
    expect(r.ok).toBe(true);
    // The vehicles the document lists are asked in words the reason shares with its item's name: not the mention.
    const held = refine(read('公务用车截至2025年底共有几辆'), ctx, ctx.doc.text, () => undefined, undefined).u;
    expect(held.intent).toBe('vehicles');
    expect(held.items.some((k) => k.includes('.mention.'))).toBe(false);
  });

  it('one headcount against another of the same unit: the difference from the calculator', () => {
    const r = answer('本级实有人数比行政编制多出几个人', staffingHandler);
    expect(r.text).toContain('实有人数47人，编制43人，实有人数比编制多4人（47 − 43 = 4）');
    expect(r.ok).toBe(true);
  });

  it('a change in headcount, which the template does not state: not_found, this year’s figures framed as context', () => {
    const r = answer('新增了多少名在职人员', staffingHandler);
    expect(r.status).toBe('not_found');
    expect(r.text).toMatch(/^文件只列出2026年的人员数，没有公布上年的人数或人员的增减；2026年的数字供参考：/);
    expect(r.ok).toBe(true);
  });

  it('several figures asserted: each checked against what it is said of', () => {
    expect(answer('本级编制43个，实际也是43人吧', staffingHandler).text).toMatch(/^不对：/);
    expect(answer('本级编制43个，实有47人吧', staffingHandler).text).toMatch(/^是的：/);
    expect(answer('三公经费是367.35万元，公务接待费是30万吧').text).toMatch(/^不对：/);
    expect(answer('三公经费是三千万元吧').text).toMatch(/^不对：/);
  });

  it('"all of it is X": 不对 with every part that is not X', () => {
    const r = answer('政府采购预算全部都是服务类吧');
    expect(r.text).toMatch(/^不对：/);
    expect(r.text).toContain('政府采购货物预算23.1万元');
    expect(r.ok).toBe(true);
  });

  it('a part added to the whole it belongs to is said to be counted twice, not summed', () => {
    const r = answer('三公经费和公务接待费加起来多少', sumHandler);
    expect(r.text).toContain('公务接待费包含在“三公”经费之中，两者相加会重复计算');
    expect(r.text).not.toContain('394.9');
    expect(r.ok).toBe(true);
  });

  it('a figure quoted in words asks about every item stated with that value', () => {
    const r = answer('一万一千四百九十一点六一万是啥子钱？');
    expect(r.u.items).toEqual(['income.total', 'income.general_budget', 'expenditure.total']);
    expect(r.ok).toBe(true);
  });

  it('a project named by a short word of its own; not by a modifier, a generic word or an unrelated question', () => {
    const listed = (q: string) => answer(q, usageHandler).u.listedUses?.map((x) => x.text);
    expect(listed('食堂有没有专门的经费项目？')).toEqual(['机关食堂运行经费项目（机关事业后勤服务）']);
    expect(listed('发短信的费用也在预算里头？')).toEqual(['短信平台服务及短信费']);
    expect(listed('为老百姓办实事的项目有吗')).toEqual(['提案议案、为民办实事、督查督办工作项目']);
    expect(listed('有没有智慧停车项目')).toBeUndefined();
    expect(listed('老旧小区改造项目有吗')).toBeUndefined();
    expect(listed('预算公开联系人的电话是多少？')).toBeUndefined();
  });

  it('a long listed name said again in other words is that entry, and the words of an undisclosed heading inside it are its own', () => {
    const r = refine(read('全区公车购置和运行的预留经费在不在这个预算里'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(r.u.listedUses?.map((x) => x.text)).toEqual(['全区公务用车购置及运行预留经费（本级）']);
    expect(r.u.undisclosed).toBeUndefined();
    // (Scattered or too few of its characters name nothing: a district total stays a district total.)
    expect(refine(read('全区公务用车一共有几辆'), ctx, ctx.doc.text, () => undefined, undefined).u.listedUses).toBeUndefined();
    expect(refine(read('全区今年三公经费预算多少'), ctx, ctx.doc.text, () => undefined, undefined).u.intent).toBe('not_found');
  });

  it('a reason claimed of the whole budget is judged against the reasons of both its totals', () => {
    const ai = answer('聽說今年預算增加是因為搞AI，真的嗎？', reasonHandler);
    expect(ai.u.items).toEqual(['income.total']);
    expect(ai.text).toMatch(/^是的：/);
    expect(ai.ok).toBe(true);
    const car = answer('今年预算增加是因为买车吗', reasonHandler);
    expect(car.u.items).toEqual(['expenditure.total']);
    expect(car.text).toMatch(/^不对：/);
  });

  it('staff against posts put up to be checked gets a verdict; staff plus contract adds the two', () => {
    expect(answer('学生说区政府办公室本级实有人数少于编制数，对吗？', staffingHandler).text).toMatch(/^不对：/);
    expect(answer('本级超编了吗', staffingHandler).text).not.toMatch(/^(?:不对|是的)/);
    const both = answer('How many people work at the 机关事务服务中心, staff plus contract?', staffingHandler);
    expect(both.numbers.map((n) => n.value)).toContain('24');
  });

  it('a statement put up to be checked in the words of a stated reason is judged against it, a denial against an assertion', () => {
    const moved = answer('学生说2026年聘用人员经费仍然在项目支出中列支，对吗？', reasonHandler);
    expect(moved.u.items).toEqual(['fiscal.project']);
    expect(moved.text).toMatch(/^不对：/);
    expect(moved.text).toContain('不在项目中列支');
    const kept = answer('2026年聘用人员经费在人员经费中列支，对吗', reasonHandler);
    expect(kept.u.items).toEqual(['fiscal.basic']);
    expect(kept.text).toMatch(/^是的：/);
    expect(claimHolds('是不是因为新增公务用车4辆', '因工作需要，新增公务用车4辆')).toBe(true);
    // (The same thing in other words is not a denial; an item's own move put up to be checked stays that item's claim.)
    expect(claimHolds('主要是因为聘用人员的钱挪到基本支出那边去了', '按财政要求，2026年聘用人员经费不在项目中列支')).toBe(true);
    expect(answer('基本支出增加了，对吧').u.items).toEqual(['fiscal.basic']);
  });

  it('what a term only includes, claimed, is judged against its glossary entry; something said to exist that is zero is not so', () => {
    const only = answer('学生说“财政拨款收入只包括一般公共预算财政拨款”，对吗？', definitionHandler);
    expect(only.text).toMatch(/^不对：/);
    expect(only.text).toContain('政府性基金预算财政拨款');
    expect(answer('学生说2026年有政府性基金预算拨款安排的支出，对吗？').text).toMatch(/^不对：/);
    expect(answer('有没有政府性基金预算拨款哦').text).toMatch(/^没有。/);
  });

  it('whether an entry includes something it names is answered yes, in the words asked', () => {
    expect(answer('does the hospitality money also cover foreign guests?', definitionHandler).text).toMatch(/^Yes, it includes foreign guests\./);
    expect(answer('公务用车购置费包不包括购置税哦', definitionHandler).text).toMatch(/^是的，包括购置税。/);
    expect(answer('公务用车运行维护费包含哪些', definitionHandler).text).not.toMatch(/^是的/);
    expect(answer('“事业运行”科目包不包括后勤服务中心、医务室这些附属单位？', definitionHandler).text).toMatch(/^不包括后勤服务中心。/);
  });

  it('a telephone line the document names as a duty is not the published contact', () => {
    const r = answer('區長公開電話是多少', contactHandler);
    expect(r.status).toBe('not_found');
    expect(r.text).toContain('没有公布它的号码');
    expect(answer('预算公开联系电话多少', contactHandler).status).toBe('answered');
  });

  it('an English name put into a listed entry\'s own words is that entry; a judgement asked is declined as such', () => {
    const dc = refine(read('What amount is allocated to the daily operation and maintenance of the data centre and the two networks?'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(dc.u.intent).toBe('not_found');
    expect(dc.namedWithoutAmount).toBe('数据中心及两套网络日常运维');
    expect(answer('三公经费是不是浪费？', notFoundHandler).text).toContain('不对是否浪费');
  });

  it('changes netted (两者相抵后净增) add the parts\' changes, not the whole they add up to; a vehicle count claimed of the purchase money is judged with the count', () => {
    const net = answer('两者相抵后总支出净增多少？', sumHandler, read('项目支出减少多少？', read('基本支出增加多少？')));
    expect(net.numbers.map((n) => n.value)).toContain('399.77');
    const four = answer('公务用车购置费252万元是用来买4辆车的，对吗？');
    expect(four.text).toMatch(/^不对：/);
    expect(four.text).toContain('14辆');
  });

  it('an approximate figure claimed (三千多万, 好几百万) is checked as the range it claims', () => {
    expect(answer('听说你们三公经费有三千多万？').text).toMatch(/^不对：/);
    expect(answer('三公经费有300多万吧').text).toMatch(/^是的：/);
    expect(answer('政府性基金拨款应该有好几百万吧').text).toMatch(/^不对：/);
  });

  it('last year’s figure claimed is checked against the derived one; a count a reason states is checked against it', () => {
    const prior = answer('公务接待费去年是26.25万', priorYearHandler);
    expect(prior.text).toMatch(/^不对：文件中2025年公务接待费为28.85万元/);
    expect(prior.ok).toBe(true);
    const cars = answer('新增了4辆公务用车是吧？');
    expect(cars.text).toMatch(/^是的：2026年新增公务用车4辆/);
  });

  it('after a headcount and another, "超了几个" is the gap between them', () => {
    const first = read('本级行政编制多少');
    const second = read('实有多少', first);
    const r = answer('超了几个？', staffingHandler, second);
    expect(r.text).toContain('实有人数超出编制4人（47 − 43 = 4）');
  });

  it('"这个项目花多少钱" after a listed project: that project, whose amount the document does not give', () => {
    const first = refine(read('AI+重点区域大客流智慧导控综合场景专项是什么'), ctx, ctx.doc.text, () => undefined, undefined);
    const r = refine(read('这个项目花多少钱？', first.u), ctx, ctx.doc.text, () => undefined, undefined);
    expect(r.u.intent).toBe('not_found');
    expect(r.namedWithoutAmount).toBe('AI+重点区域大客流智慧导控综合场景专项');
  });
  it('a share claimed as the bulk (占了大头): 不对 when it is not more than half, and the part that is', () => {
    const r = answer('基本支出占了大头吧？', shareHandler);
    expect(r.text).toMatch(/^不对：/);
    expect(r.text).toContain('占比最大的是项目支出8870.03万元');
    expect(r.ok).toBe(true);
    expect(answer('项目支出占了大头吧？', shareHandler).text).toMatch(/^是的：/);
  });

  it('"哪一项涨得最多": the largest change in that direction first, compared as decimals', () => {
    const first = read('三公经费比去年增加了多少');
    const r = answer('主要是哪一项涨得最多', rankingHandler, first);
    expect(r.text).toMatch(/增加最多的是公务用车购置费：252万元，比2025年增加34万元/);
    expect(r.ok).toBe(true);
    expect(answer('三公经费哪项降得最多', rankingHandler).text).toMatch(/减少最多的是公务接待费/);
  });

  it('money asked right after a sub-unit’s headcount is that unit’s budget, which is not disclosed', () => {
    const first = read('政务服务中心有几个编制');
    const r = refine(read('那它今年花好多钱', first), ctx, ctx.doc.text, () => undefined, undefined);
    expect(r.u.intent).toBe('not_found');
    expect(r.u.undisclosed?.kind).toBe('sub_unit');
    // After vehicles, money is what the vehicles cost, not the department's total.
    expect(read('花了多少钱', read('有几辆车')).items).toEqual(['sangong.vehicle_purchase', 'sangong.vehicle_operation']);
  });

  it('one sub-unit’s vehicles: not disclosed per unit, the count of all units framed as such', () => {
    const r = answer('机关事务服务中心有几辆车');
    expect(r.u.undisclosed?.kind).toBe('sub_unit');
    expect(r.text).toContain('车辆为10辆，供参考');
    expect(answer('各单位一共有几辆车').u.undisclosed).toBeUndefined();
  });

  it('a listed project named by its own short words after a Latin prefix or before a generic tail', () => {
    expect(answer('ＡＩ＋大客流的专项有吗？', usageHandler).text).toContain('AI+重点区域大客流智慧导控综合场景专项');
    expect(answer('有没有大客流专项', usageHandler).text).toContain('AI+重点区域大客流智慧导控综合场景专项');
    expect(answer('项目支出里有哪些和网站有关的', usageHandler).text).toContain('门户网站群服务器托管');
  });
  it('"剩下三类加起来" after one item: the other parts of its group, summed by the calculator', () => {
    const r = answer('剩下三类加起来多少', sumHandler, read('一般公共服务支出多少'));
    expect(r.text).toContain('合计706.72万元（445.5 + 116.26 + 144.96 = 706.72）');
    expect(r.ok).toBe(true);
    const rest = answer('其余几项加起来呢', sumHandler, read('三公经费里公务接待费多少'));
    expect(rest.text).toContain('合计339.8万元');
  });

  it('topics searched among the listed uses by specific words only (系统建设 finds nothing by itself)', () => {
    expect(answer('智慧停车系统建设有没有安排', usageHandler)).toMatchObject({ status: 'not_found' });
    expect(answer('Is there a cyber security project in the budget?', usageHandler).text).toContain('网络安全防护体系建设');
  });

  it('how the document gives a figure (预算里给了多少钱) is phrasing, not a sub-item', () => {
    expect(answer('接待这块，今年预算里给了多少钱？').text).toMatch(/公务接待费预算为27.55万元/);
    expect(answer('公务接待费里招待企业客商的有多少').u.intent).toBe('not_found');
  });
  it('a why asked of headcounts: the figures, and that the document states no reason (not_found)', () => {
    const r = answer('为啥本级实有人数比编制还多', staffingHandler);
    expect(r.status).toBe('not_found');
    expect(r.text).toContain('实有人数比编制多4人（47 − 43 = 4）');
    expect(r.text).toContain('文件没有说明原因');
  });

  it('last year’s purchases are not stated: this year’s plan framed as the nearest figure', () => {
    const r = answer('去年买了几辆车', vehiclesHandler);
    expect(r.status).toBe('not_found');
    expect(r.text).toContain('文件没有说明2025年购置车辆的数量；2026年一般公共预算安排购置车辆14辆，供参考');
    expect(answer('去年底有几辆车', vehiclesHandler).text).toContain('车辆10辆');
  });

  it('how much of an item goes to a part of it (里头有好多是吃饭的) is a sub-item not broken out', () => {
    expect(answer('公务接待费里头有好多是吃饭的').u.intent).toBe('not_found');
    expect(answer('公务接待费里面有多少').u.intent).toBe('amount');
  });

  it('an English question about a listed project is searched with its words translated (militia → 民兵)', () => {
    expect(answer('Is there a project for militia work?', usageHandler).text).toContain('民兵编制工作经费');
    expect(answer('is there budget for building a new stadium', usageHandler).status).toBe('not_found');
  });
  it('a why asked of a share (占那么大头): the share from the calculator, and no stated reason', () => {
    const r = answer('为啥三公里头买车的钱占那么大头', shareHandler);
    expect(r.status).toBe('not_found');
    expect(r.text).toMatch(/^2026年公务用车购置费252万元，占“三公”经费367.35万元的68.6%/);
    expect(r.text).toContain('文件没有说明原因');
  });
  it('"各占多少比例" of two parts: each of the total they belong to, not one of the other', () => {
    const r = answer('基本支出和项目支出各多少，各占多少比例？', shareHandler);
    expect(r.text).toContain('（2621.58 ÷ 11491.61 × 100% = 22.81%）');
    expect(r.text).toContain('（8870.03 ÷ 11491.61 × 100% = 77.19%）');
    expect(r.ok).toBe(true);
  });

  it('fleet and purchases asked together: the purchases are this year’s, whatever year the fleet is stated at', () => {
    const r = answer('截至2025年底有几辆车，2026年要买几辆？', vehiclesHandler);
    expect(r.text).toContain('车辆10辆');
    expect(r.text).toContain('安排购置车辆14辆');
  });
  it('a listed project named by an abbreviation that keeps its characters in order (大客流导控, 光纤租用费)', () => {
    expect(refine(read('大客流导控那个项目花多少钱'), ctx, ctx.doc.text, () => undefined, undefined).namedWithoutAmount).toBe('AI+重点区域大客流智慧导控综合场景专项');
    expect(answer('光纤租用费列了没', usageHandler).text).toContain('光纤及网络出口租用费用');
    // A clause break is no part of a name: 预算公开，项目支出 does not name 政务公开项目.
    expect(refine(read('我看了你们的预算公开，项目支出今年少了185万，到底是啥原因'), ctx, ctx.doc.text, () => undefined, undefined).listedWithoutReason).toBeUndefined();
  });

  it('why a listed project is there: listed, and no reason given', () => {
    const r = refine(read('为啥要新增那个AI大客流的专项'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(r).toMatchObject({ u: { intent: 'not_found' }, listedWithoutReason: 'AI+重点区域大客流智慧导控综合场景专项' });
  });
  it('a figure asked rounded (保留一位小数, 四舍五入到整数): rounded by the calculator, shown with ≈', () => {
    const r = answer('三公经费保留一位小数是多少万？');
    expect(r.text).toContain('保留1位小数为367.4万元（367.35 ≈ 367.4）');
    expect(r.ok).toBe(true);
    expect(answer('机关运行经费大概多少万？四舍五入到整数就行').text).toContain('四舍五入到整数为253万元（253.48 ≈ 253）');
  });

  it('the purchase budget over the vehicles it plans to buy, framed as that division', () => {
    const r = answer('购置费平均下来每辆多少万？', amountHandler, read('2026年准备买几辆车？'));
    expect(r.text).toContain('平均每辆18万元（252 ÷ 14 = 18）');
    expect(r.text).toContain('文件没有单列每辆车的价格');
  });

  it('claims in tenths (涨了一成多) are checked as ranges; last year’s headcount is not stated', () => {
    expect(answer('所以三公经费涨了一成多？', growthHandler).text).toMatch(/^是的。.*增长12.53%/);
    expect(answer('三公经费涨了两成吧', growthHandler).text).toMatch(/^不对。/);
    const prior = answer('機關事務服務中心去年編制幾個', staffingHandler);
    expect(prior.status).toBe('not_found');
    expect(prior.text).toContain('没有说明2025年的数字');
  });

  it('a listed project whose amount is asked too is listed, and not found', () => {
    expect(answer('行政审批电子监察有专项经费吗？要多少？', usageHandler).status).toBe('not_found');
    // …but the amount asked of the spending that lists it, in its own clause, is stated: answered.
    const owner = answer('项目支出多少？里面有没有网络安全的项目？', usageHandler);
    expect(owner.status).toBe('answered');
    expect(owner.text).toContain('项目支出（8870.03万元）');
  });
  it('the sizes of two stated changes compared (增加的额度和减少的额度相差多少)', () => {
    const r = answer('基本支出增加的额度和项目支出减少的额度，两个相差多少？', compareHandler);
    expect(r.text).toContain('多399.77万元（584.81 − 185.04 = 399.77）');
    expect(r.ok).toBe(true);
  });

  it('two items of two years, each with its own year', () => {
    const r = answer('2025年的项目支出比2026年的基本支出多出多少？', compareHandler);
    expect(r.text).toContain('2025年项目支出比2026年基本支出多6433.49万元（9055.07 − 2621.58 = 6433.49）');
    expect(answer('去年的项目支出加今年的基本支出是多少', sumHandler).text).toContain('合计11676.65万元');
  });

  it('the rest of a group as a share of its total (剩下那三类加起来占多少)', () => {
    const r = answer('剩下那三类加起来占多少？', shareHandler, read('一般公共服务支出占比多少？'));
    expect(r.text).toContain('占支出预算11491.61万元的6.15%');
  });

  it('vehicles by unit are not disclosed; last year’s figure asked with the change the document states', () => {
    expect(answer('这14辆车分别是哪个单位买的？').u.undisclosed?.kind).toBe('sub_unit');
    expect(read('项目支出2025年是多少来着？文件里好像只写了减少多少。').intent).toBe('prior_year');
  });
  it('a judgement the document does not make (违规, 豪车) is not found; a claimed reason is answered with the stated one', () => {
    expect(read('实有人数比编制还多是不是违规').intent).toBe('not_found');
    expect(read('买14辆车要252万，一辆18万，是不是买豪车').intent).toBe('not_found');
    const reason = answer('公务用车运行维护费增加是因为油价涨了');
    expect(reason.u.intent).toBe('reason');
    expect(reason.text).not.toMatch(/^是的/);
  });

  it('the share of the one item just added up; more than half claimed (一大半) and not so; a why in the words of a stated reason', () => {
    const r = answer('服务类占比。', shareHandler, read('政府采购总额;货物,服务,工程三项各多少;'));
    expect(r.text).toContain('合计1969.33万元（23.1 + 1946.23 + 0 = 1969.33）的98.83%');
    expect(r.ok).toBe(true);
    expect(answer('基本支出占了总预算一大半哦，是不是？', shareHandler).text).toMatch(/^不对：/);
    expect(answer('项目支出占了一大半吧', shareHandler).text).toMatch(/^是的：/);
    const moved = answer('这个聘用人员经费，今年怎么搬去人员经费里列了？', reasonHandler);
    expect(moved.u.intent).toBe('reason');
    expect(moved.text).toContain('按财政要求，2026年聘用人员经费在人员经费中列支');
    expect(answer('工资福利支出为什么增加').status).toBe('not_found');
  });

  it('listed uses named by their words and asked for money; a part of an item named in English; siblings in a why of shares', () => {
    const it = refine(read('信息化这一摊子（网站、短信、网络这些）今年总共花好多？'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(it.u.intent).toBe('not_found');
    expect(it.listedWithoutAmounts).toEqual(expect.arrayContaining(['短信平台服务及短信费', '光纤及网络出口租用费用']));
    // (One word of the list is no group: 今年总共花好多 alone is the whole budget.)
    expect(refine(read('今年总共花好多'), ctx, ctx.doc.text, () => undefined, undefined).listedWithoutAmounts).toBeUndefined();
    const cleaning = answer('Out of the procurement money, how much is for cleaning contracts?');
    expect(cleaning.status).toBe('not_found');
    expect(cleaning.text).toContain('"cleaning contracts"');
    expect(cleaning.text).toContain('1969.33');
    const why = answer('收入为啥全靠财政拨款，一分事业收入都没得？', shareHandler);
    expect(why.text).toContain('占收入预算11491.61万元的100%');
    expect(why.text).toContain('事业收入0万元，占收入预算11491.61万元的0%');
    expect(why.text).toContain('文件没有说明原因');
  });

  it('changes as shares of changes, a headcount as a multiple of another, the vehicles to buy against those held', () => {
    const changes = answer('购置费增加额占三公增加额的比例', shareHandler, read('其中公务用车购置费增加多少'));
    expect(changes.text).toContain('公务用车购置费比2025年增加34万元，“三公”经费增加40.9万元');
    expect(changes.text).toContain('83.13%（34 ÷ 40.9 × 100% = 83.13%）');
    expect(changes.ok).toBe(true);
    const times = answer('机关事务服务中心聘用人员是实有人数的几倍？', staffingHandler);
    expect(times.text).toContain('聘用人员是实有人数的7倍（21 ÷ 3 = 7）');
    expect(times.ok).toBe(true);
    const cars = answer('今年买的车是现有车辆的百分之多少', vehiclesHandler);
    expect(cars.text).toContain('140%（14 ÷ 10 × 100% = 140%）');
    expect(cars.ok).toBe(true);
  });

  it('a claimed reason in other words agrees (过紧日子 of 厉行节约); money of a listed duty is not broken out; a numbered thing is not a listed project', () => {
    expect(answer('接待费砍了，是不是要过紧日子的意思？', reasonHandler).text).toMatch(/^是的：/);
    expect(answer('公务接待费减少是不是因为疫情', reasonHandler).text).toMatch(/^不对：/);
    const duty = refine(read('区长公开电话一年运行经费多少？'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(duty.u).toMatchObject({ intent: 'not_found', undisclosed: { kind: 'unplaced', name: '区长公开电话', nearest: 'asked' } });
    expect(refine(read('有没有12345热线升级改造的项目？'), ctx, ctx.doc.text, () => undefined, undefined).u.listedUses).toBeUndefined();
    expect(refine(read('有没有维修改造的项目'), ctx, ctx.doc.text, () => undefined, undefined).u.listedUses?.length).toBe(2);
  });

  it('what an item covers, asked as 是不是X的钱: the glossary line, quoted whole and ended as a sentence', () => {
    const r = answer('接待费是不是吃饭的钱？', definitionHandler);
    expect(r.u.intent).toBe('definition');
    expect(r.text).toMatch(/^根据文件的专业性名词解释，公务接待费：「公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出」。/);
    expect(r.ok).toBe(true);
  });

  it('the parts at zero listed with their figures; a share for both years; a quoted name with no figure; the fleet at a later date', () => {
    const zero = answer('收入预算里哪些来源是零？', rankingHandler);
    expect(zero.text).toMatch(/^2026年收入预算中没有安排预算的有：政府性基金预算拨款0万元、国有资本经营预算收入0万元、事业收入0万元/);
    expect(zero.ok).toBe(true);
    const years = answer('三公经费占总支出的比重，2025年和2026年各是多少？', shareHandler);
    expect(years.text).toContain('的2.94%（326.45 ÷ 11091.84 × 100% = 2.94%）');
    expect(years.text).toContain('的3.2%（367.35 ÷ 11491.61 × 100% = 3.2%）');
    expect(years.ok).toBe(true);
    const quoted = refine(read('一般公共服务支出下面“政府办公厅（室）及相关机构事务”具体有多少？'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(quoted).toMatchObject({ u: { intent: 'not_found' }, namedWithoutAmount: '政府办公厅(室)及相关机构事务' });
    const fleet = answer('今年买14辆、原来有10辆，那到2026年底单位一共会有多少辆车？', vehiclesHandler);
    expect(fleet.status).toBe('not_found');
    expect(fleet.text).toMatch(/^文件没有说明2026年底的车辆数/);
  });

  it('a wrong figure claimed that is a sibling’s: whose it is, framed as context', () => {
    const r = answer('政府采购工程预算是23.1万吧');
    expect(r.text).toMatch(/^不对：文件中2026年政府采购工程预算为0万元。您说的数与文件中政府采购货物预算23\.1万元相同，供参考。/);
    expect(r.ok).toBe(true);
    // (A figure no sibling has is only corrected.)
    expect(answer('公务接待费是30万吧').text).not.toContain('您说的数');
  });

  it('a multiple or a denied direction claimed is judged against the stated change; the unit of a figure not given is not given', () => {
    expect(answer('基本支出比去年翻倍了吧？', growthHandler).text).toMatch(/^不对。/);
    expect(answer('机关运行经费不是没减少嘛，跟去年一样？').text).toMatch(/^不对：/);
    expect(answer('因公出国费用跟去年一样吧').text).toMatch(/^是的：/);
    const money = read('那它今年预算好多钱', read('实有呢', read('政务服务中心有几个人')));
    const converted = refine(read('换成元', { ...money, intent: 'not_found', undisclosed: { kind: 'sub_unit', name: 'x', nameEn: 'x', words: 'x', nearest: 'asked' } }), ctx, ctx.doc.text, () => undefined, undefined);
    expect(converted.u.intent).toBe('not_found');
    const listed = refine(read('有没有数据中心的', read('主要用在哪些', read('项目支出多少'))), ctx, ctx.doc.text, () => undefined, undefined);
    expect(listed.u.listedUses?.[0]?.text).toBe('数据中心及两套网络日常运维');
  });

  it('a figure said of each item named must be each one’s; the unit of the amounts shown on a figure', () => {
    expect(answer('机关运行经费就是基本支出嘛，都是2621.58万').text).toMatch(/^不对：/);
    const unit = answer('这份说明里金额的计量单位是什么？');
    expect(unit.text).toMatch(/^文件中的金额以万元为单位，例如：2026年支出预算为11491\.61万元/);
    expect(unit.ok).toBe(true);
  });

  it('assets, debts and fee income are not broken out; a per-person salary is not a person’s private pay', () => {
    expect(refine(read('所属单位国有资产账面总值是多少？'), ctx, ctx.doc.text, () => undefined, undefined).u.intent).toBe('not_found');
    expect(answer('政府办欠了好多债哦，有没得写').status).toBe('not_found');
    expect(answer('行政事业性收费收入是多少？').text).toMatch(/^文件没有单列行政事业性收费（非税收入的具体类别）；收入预算为11491\.61万元，供参考/);
    expect(read('他们人均工资好多哦，比我们跑外卖高好多吧').intent).not.toBe('out_of_scope');
  });

  it('both directions named (增减) or the 少 of 多少 claim no direction; the change of each part of a group', () => {
    expect(answer('三公经费各项比去年增减多少', changeHandler).text).not.toMatch(/^不对/);
    expect(answer('为什么公务接待费增加了', reasonHandler).text).toMatch(/^不对：/);
    const each = answer('三公经费各分项的增减额是多少？', changeHandler);
    expect(each.u.items).toEqual(['sangong.overseas', 'sangong.reception', 'sangong.vehicle_operation', 'sangong.vehicle_purchase']);
    expect(each.text).toContain('公务接待费预算为27.55万元，比2025年减少1.3万元');
    expect(each.ok).toBe(true);
  });

  it('差了多少 after an amount is its change, not a staffing gap; a project named inside the projects; a spending standard is not disclosed', () => {
    expect(read('跟上年比是增加还是减少？差了多少？', read('机关运行经费是多少？'))).toMatchObject({ intent: 'change', items: ['operating_costs'] });
    expect(refine(read('项目里的群工系统是啥？'), ctx, ctx.doc.text, () => undefined, undefined).u.listedUses?.[0]?.text).toBe('群工系统运行专项');
    expect(answer('每辆公务用车一年的运行维护费标准是多少？').status).toBe('not_found');
    expect(read('What is budgeted for official overseas trips this year?').intent).toBe('amount');
  });

  it('a percentage claimed roughly allows one point either way', () => {
    expect(answer('一般公共服务支出占比大概95%吧？', shareHandler).text).toMatch(/^不对：/);
    expect(answer('一般公共服务支出占比大概94%吧？', shareHandler).text).toMatch(/^是的：/);
  });

  it('a share rounded to the places asked, by the calculator, marked as approximate', () => {
    const r = answer('住房保障支出占总支出的比例？保留一位小数就好。', shareHandler);
    expect(r.text).toContain('的1.3%（144.96 ÷ 11491.61 × 100% ≈ 1.3%）');
    expect(r.ok).toBe(true);
  });

  it('an economic item named by its own words is said as asked, with the class it belongs to', () => {
    const r = answer('信息网络及软件购置更新费是多少？');
    expect(r.status).toBe('not_found');
    expect(r.text).toMatch(/^文件没有单列信息网络及软件购置（属于资本性支出，按经济分类的支出）/);
    expect(answer('工资福利支出是多少').text).toMatch(/^文件没有单列工资福利支出（按经济分类的支出）/);
  });

  it('money per vehicle asked after the count of vehicles to be bought: the purchase budget divided, framed as such', () => {
    const r = answer('平均一辆多少？', amountHandler, read('准备买几辆？'));
    expect(r.text).toContain('平均每辆18万元（252 ÷ 14 = 18）；文件没有单列每辆车的价格');
    expect(r.ok).toBe(true);
  });

  it('two units’ headcounts summed, said as those units', () => {
    const r = answer('本级和数字化治理中心实有人数加起来多少', staffingHandler);
    expect(r.text).toMatch(/^这2个单位实有人数合计70人/);
    expect(r.ok).toBe(true);
  });
  it('money by sub-unit is not disclosed; a claimed vehicle type is checked as that type; a rate claimed in characters', () => {
    expect(answer('Can you break the three public expenses down by sub-unit?').u.undisclosed?.kind).toBe('sub_unit');
    expect(answer('今年购置的14辆车里有执勤执法用车吧', vehiclesHandler).text).toMatch(/^不对：/);
    expect(answer('总预算是不是增长了百分之三点四八', growthHandler).text).toMatch(/^不对。/);
    expect(read('The vehicle O&M budget for 2026 is 79.6, right?').items).toEqual(['sangong.vehicle_operation']);
  });

  it('a list counted: the glossary’s own entries and the project list’s, each entry cited and none given an amount', () => {
    const g = answer('专业性名词解释一共解释了多少个名词？', definitionHandler);
    expect(g.text).toMatch(/^文件的专业性名词解释共解释了19个名词：财政拨款收入、其他收入/);
    expect(g.ok).toBe(true);
    const p = answer('项目支出重点工作一共列了多少项？', usageHandler);
    expect(p.text).toMatch(/^文件在项目支出（2026年8870\.03万元）的主要用途中列出了28项：「接待、考察、会议活动及综合保障项目」；/);
    expect(p.text).toContain('文件没有单列各项的金额');
    expect(p.ok).toBe(true);
    // (有几个项目 counts the entries too, not the spending's amount.)
    expect(answer('项目支出有几个项目', usageHandler).text).toContain('列出了28项');
  });

  it('a project about an item found by the item’s own name; units over their establishment by the gap', () => {
    const p = answer('有没有跟公车有关的项目？', usageHandler);
    expect(p.text).toContain('「全区公务用车购置及运行预留经费（本级）」');
    expect(p.text).not.toContain('六个办公区域日常运行维护项目');
    const gap = answer('哪个单位的实有人数超过了编制数？超了几个？', rankingHandler);
    expect(gap.text).toMatch(/^重庆市渝中区政府办公室（本级）：编制43人，实有47人，超出编制4人（47 − 43 = 4）/);
    expect(gap.ok).toBe(true);
  });

  it('a claimed reason sharing only broad words with the stated one is not it: whose they are and which way they moved', () => {
    expect(answer('机关运行经费减少是因为新增了人员吧？', reasonHandler).text).toMatch(/^不对：.*「在职人员调出，相关经费减少」/);
    expect(answer('基本支出增加主要是离退休人员多了吧？', reasonHandler).text).toMatch(/^不对：/);
    expect(answer('收入增加是因为政府性基金拨款增加了吧？', reasonHandler).text).toMatch(/^不对：文件中2026年收入预算/);
    expect(answer('收入增加是因为人员增加了吧', reasonHandler).text).toMatch(/^是的/);
    // (A sub-item named inside the claim is the claim's: the stated reason answers it.)
    const r = answer('公务接待费为撒减少，是不是因为外宾少了', reasonHandler);
    expect(r.status).toBe('answered');
    expect(r.text).toMatch(/^不对：.*厉行节约/);
  });

  it('the document’s parts listed; a share over two headcounts added up; last year’s figure beside its change', () => {
    const parts = answer('这份预算情况说明总体上分成了哪几个部分？', definitionHandler);
    expect(parts.text).toMatch(/^文件正文按编号分为6个部分：「一、单位基本情况」；/);
    expect(parts.ok).toBe(true);
    const both = answer('聘用人员占全部人员（实有+聘用）的比例是多少？', staffingHandler);
    expect(both.text).toContain('两者合计132人（53 + 79 = 132），聘用人员占40.15%（53 ÷ 132 × 100% = 40.15%）');
    expect(both.ok).toBe(true);
    const prior = answer('比去年增加多少，去年又是多少？', changeHandler, read('收入预算多少'));
    expect(prior.text).toContain('比2025年增加399.77万元，2025年为11091.84万元（11491.61 − 399.77 = 11091.84）');
  });

  it('why a total rose though a part fell: each part said once, with its reason', () => {
    const r = answer('三公里头接待费都减了，凭啥总数还涨了40.9万？', reasonHandler);
    expect(r.u.items).not.toContain('expenditure.total');
    expect(r.text).toContain('公务用车购置费比2025年增加34万元');
    expect(r.text.match(/公务接待费/g)).toHaveLength(1);
  });

  it('parts ranked by growth rate; two rates apart in percentage points', () => {
    const r = answer('三公经费哪一项增幅最大？', growthHandler);
    expect(r.text).toMatch(/^“三公”经费各项中，增幅最大的是公务用车购置费增长15\.6%（比2025年增加34万元，2025年为218万元：252 − 34 = 218；34 ÷ 218 × 100% = 15\.6%）/);
    expect(r.ok).toBe(true);
    expect(answer('三公经费里哪项降幅最大', growthHandler).text).toMatch(/降幅最大的是公务接待费下降4\.51%/);
    const gap = answer('公务接待费的降幅和机关运行经费的降幅相差多少个百分点？', growthHandler);
    expect(gap.text).toContain('两者相差2.72个百分点（7.23 − 4.51 = 2.72）');
    expect(gap.ok).toBe(true);
  });

  it('a figure claimed in 亿 or 元 is checked as rounded or as converted, and answered in that unit', () => {
    const yi = answer('学生说部门预算总额约为1.15亿元，对吗？');
    expect(yi.text).toMatch(/^是的：.*约1\.15亿元/);
    const yuan = answer('学生把公务接待费27.55万元换算成27550元，对吗？');
    expect(yuan.text).toMatch(/^不对：.*即275500元（27\.55 × 10000 = 275500）/);
    expect(yuan.ok).toBe(true);
  });

  it('a sub-item whose phrase ends in its parent’s word is still the sub-item (外宾接待这块)', () => {
    const r = answer('外宾接待这块有多少预算？');
    expect(r.status).toBe('not_found');
    expect(r.text).toMatch(/^文件没有单列外宾接待费/);
  });

  it('this year’s share less last year’s, in percentage points', () => {
    const r = answer('今年比那时候提高了几个百分点？', shareHandler, read('2025年基本支出占当年总支出的比例是多少？'));
    expect(r.text).toContain('与2025年相比，占比提高4.45个百分点（22.81 − 18.36 = 4.45）');
    expect(r.ok).toBe(true);
  });

  it('vehicles bought less those held; a comparison with the asker’s school is not in the document; everyday words find listed projects', () => {
    const gap = answer('买的比原来的多几辆？', vehiclesHandler, read('2026年要买几辆？', read('2025年底有几辆车？')));
    expect(gap.text).toContain('计划购置数比现有车辆多4辆（14 − 10 = 4）');
    expect(gap.ok).toBe(true);
    const school = answer('政府办公室的钱比我们学校多吗？');
    expect(school.status).toBe('not_found');
    expect(school.text).toMatch(/^文件没有单列我们学校/);
    expect(answer('有没有修房子的项目？', usageHandler).text).toContain('「六个办公区域各类单项维修改造项目（本级）」');
    expect(answer('有没有节约用电的项目？', usageHandler).text).toContain('「节能专项经费项目（本级）」');
    const fuel = answer('给汽车加油、修车的钱是多少？');
    expect(fuel.text).toMatch(/^2026年公务用车运行维护费预算为87\.8万元/);
  });
});

describe('sub-units and parts named in passing', () => {
  it('one unit’s vehicles are not disclosed; the parts of a cost asked through a group are the part', () => {
    const cars = answer('本级自己有好多辆车？', vehiclesHandler);
    expect(cars.status).toBe('not_found');
    expect(cars.text).toMatch(/^文件没有按所属单位单列重庆市渝中区政府办公室（本级）的车辆/);
    expect(answer('公务用车那个燃料费 就是加油的钱 一年好多嘛').status).toBe('not_found');
    expect(answer('公车的油钱、修车钱这些，今年预算多少？').text).toMatch(/^2026年公务用车运行维护费预算为87\.8万元/);
  });
});

describe('terms, contacts and parts of the document', () => {
  it('an amount asked of a term only the glossary explains is not disclosed, with what it means; a wrong contact name is corrected', () => {
    const r = answer('名词解释里有“行政运行”科目，请问2026年行政运行科目的金额是多少？', definitionHandler);
    expect(r.status).toBe('not_found');
    expect(r.text).toMatch(/^文件没有单列行政运行的金额；专业性名词解释中，行政运行：「/);
    expect(answer('预算公开联系人是张三，对吧？', contactHandler).text).toMatch(/^不对/);
  });
});

describe('units ranked by their gap', () => {
  it('over the units of the turns before, when two or more were asked', () => {
    const second = read('政务服务中心呢', read('机关事务服务中心有几个编制'));
    const r = answer('哪个缺人多', rankingHandler, second);
    expect(r.text).toMatch(/^重庆市渝中区机关事务服务中心：编制5人，实有3人，少于编制2人（3 − 5 = −2）；重庆市渝中区政务服务中心：编制7人，实有6人，少于编制1人（6 − 7 = −1）。/);
    expect(r.ok).toBe(true);
  });
});

describe('answers a one-time set found wrong or unverifiable', () => {
  it('overseas travel is the overseas cost, not office travel; a part at zero last year has no rate and no unverified 0', () => {
    const r = answer('Why was the overseas travel budget set at zero?', reasonHandler);
    expect(r.text).toMatch(/^Official overseas travel is 0 million yuan \(0万元\)/);
    const g = answer('三公经费各项分别增长了百分之多少', growthHandler);
    expect(g.text).toContain('因公出国（境）费用上年没有安排，无法计算增长率');
    expect(g.ok).toBe(true);
    expect(read('What is that in yuan?', read('Basic expenditure for 2026?')).intent).not.toBe('definition');
  });
});

describe('claims of a share, and a term inside a longer one', () => {
  it('九成以上 holds of 93.85%, 大概99% beside it does not; 住房公积金 is not 住房保障支出', () => {
    expect(answer('一般公共服务支出占总支出九成以上吧？', shareHandler).text).toMatch(/^是的/);
    expect(answer('一般公共服务支出占总支出九成以上，大概99%吧？', shareHandler).text).toMatch(/^不对/);
    const r = answer('住房公积金这一项预算多少？');
    expect(r.status).toBe('not_found');
    expect(r.text).toMatch(/^文件没有单列住房公积金和购房补贴/);
  });
});

describe('a claimed reason sharing only broad words (data/assertions.json broadReasonWords)', () => {
  it.each(BROAD_REASON_EXAMPLES)('%s against %s holds: %s', (claim, reason, holds) => {
    expect(claimHolds(claim, reason)).toBe(holds);
  });
});

describe('sums set against a figure, the largest share, reasons said once, projects named by their own words', () => {
  it('a sum checked against a figure: equal, or apart by the calculator’s difference', () => {
    const equal = answer('基本支出和项目支出加起来等不等于总预算', sumHandler);
    expect(equal.text).toContain('合计11491.61万元（2621.58 + 8870.03 = 11491.61）。正好等于支出预算11491.61万元。');
    expect(equal.ok).toBe(true);
    const apart = answer('公务接待费和公务用车运行维护费加起来等于三公经费吗', sumHandler);
    expect(apart.text).toContain('合计115.35万元（27.55 + 87.8 = 115.35）。不等于“三公”经费367.35万元，少252万元（367.35 − 115.35 = 252）。');
    expect(apart.ok).toBe(true);
  });

  it('the part with the largest share, with its share of the group', () => {
    const r = answer('三公经费里哪一项占比最高', rankingHandler);
    expect(r.text).toContain('最多的是公务用车购置费252万元，占“三公”经费367.35万元的68.6%（252 ÷ 367.35 × 100% = 68.6%）。');
    expect(r.ok).toBe(true);
  });

  it('figures with no stated reason are said together, and that no reason is given said once', () => {
    const r = answer('为啥政府采购服务比货物多那么多？', reasonHandler);
    expect(r.status).toBe('not_found');
    expect(r.text.match(/原因/g)).toHaveLength(1);
    expect(r.text).toContain('文件没有说明这些数字的原因。');
  });

  it('a count of people not disclosed gets no money figure beside it; money of a duty names the duty', () => {
    const people = answer('离退休人员有多少人');
    expect(people.status).toBe('not_found');
    expect(people.numbers).toEqual([]);
    const money = answer('离退休人员的经费好多');
    expect(money.text).toContain('基本支出为2621.58万元，供参考');
    expect(money.text).toContain('退休人员补助');
    const duty = answer('区长公开电话这块花了好多钱');
    expect(duty.status).toBe('not_found');
    expect(duty.text).toContain('区长公开电话');
    expect(duty.text).not.toContain('政务公开项目');
  });

  it('a project named by words of its own: listed or not, never the figure of an item whose word it shares', () => {
    const reserve = answer('公车购置是不是有个预留经费项目？', usageHandler);
    expect(reserve.text).toContain('全区公务用车购置及运行预留经费（本级）');
    const furniture = answer('有没有办公家具采购项目？', usageHandler);
    expect(furniture.status).toBe('not_found');
    expect(furniture.numbers).toEqual([]);
    const maintenance = answer('Is there a data center maintenance project?', usageHandler);
    expect(maintenance.text).toContain('数据中心及两套网络日常运维');
    expect(maintenance.text).not.toContain('AI+');
  });

  it('a glossary term before a listed project sharing a word; a listed project named whole before an undisclosed heading inside it', () => {
    const term = refine(read('行政运行这个科目多少钱？'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(term).toMatchObject({ u: { intent: 'not_found' }, namedWithoutAmount: '行政运行' });
    const hall = refine(read('政务服务大厅人员经费是好多？'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(hall.namedWithoutAmount).toBe('政务服务大厅人员经费');
    const reserve = refine(read('全区公务用车购置及运行预留经费有好多？'), ctx, ctx.doc.text, () => undefined, undefined);
    expect(reserve.namedWithoutAmount).toBe('全区公务用车购置及运行预留经费（本级）');
    // (Not a project named in part: 全区公务用车 alone is the district's vehicles.)
    expect(answer('渝中区全区公务用车一共有好多辆？').text).toContain('没有单列全区（县）的总数');
  });

  it('a kind of procurement, an internal division, travel within running costs: not broken out', () => {
    expect(answer('政府采购服务预算里，物业服务采购多少？').text).toMatch(/^文件中没有单列“物业服务”；政府采购服务预算为1946\.23万元，供参考/);
    expect(answer('政府采购预算拆成货物、工程、服务三类，各是多少？').u.undisclosed).toBeUndefined();
    expect(answer('办公室下面督查室一个科室单独多少预算？').text).toMatch(/^文件没有单列内设科室的预算/);
    expect(answer('How much of the running costs goes to travel?').status).toBe('not_found');
    expect(answer('How much goes to travel abroad?').u.undisclosed).toBeUndefined();
  });

  it('district vehicles counted are nearest to the vehicles the document counts; whether a unit named does a thing', () => {
    expect(answer('全区公务用车一共有多少辆').text).toContain('车辆为10辆，供参考');
    const canteen = answer('政务服务中心管不管机关食堂', dutiesHandler);
    expect(canteen.text).toContain('这项工作不在重庆市渝中区政务服务中心的职责中，属于重庆市渝中区机关事务服务中心');
  });

  it('claims judged with their rounding and their parts; particular goods not broken out; the asker\'s own words are not the question', () => {
    expect(answer('文章写三公经费比上年增长约12.5%，这个对吗？', growthHandler).text).toMatch(/^是的/);
    expect(answer('稿子写一般公共服务支出一亿零七百八十四万多，对吧？').text).toMatch(/^是的/);
    expect(answer('收入全部是一般公共预算拨款对吧').text).toMatch(/^是的/);
    expect(answer('政府采购里头打印机、电脑、投影仪这些办公设备采购到底有好多').text).toMatch(/^文件没有单列打印机（具体货物或设备的采购）；政府采购货物预算为23\.1万元，供参考/);
    const goods = answer('We do catering and office supplies in Singapore. Roughly how much is the government procurement budget for goods?');
    expect(goods.text).toContain('procurement of goods: 0.231 million yuan (23.1万元)');
    expect(answer('公车的维修费单独多少？不是整个运行维护费').status).toBe('not_found');
  });

  it('rounded and ranged claims judged as what they claim; retirement pay named in its own group', () => {
    expect(answer('我核了一下，三公经费大约370万左右，对吧？').text).toMatch(/^是的/);
    expect(answer('收入比去年增加了约400万？').text).toMatch(/^是的/);
    expect(answer('总预算是1.2亿多吧？').text).toMatch(/^不对/);
    expect(answer('因公出国费有十来万吧？').text).toMatch(/^不对/);
    expect(answer('离退休费安排了多少？').text).toMatch(/^文件没有单列离退休费（行政事业单位养老支出中的单项）/);
    expect(read('今天渝中热不热哦', read('三公经费多少')).intent).toBe('out_of_scope');
    expect(read('Is there a smart parking 项目?').intent).toBe('usage');
  });

  it('about so much in 元 and about so many tenths are ranges; a cause\'s own share of a change is not broken out; a taxi driver is no driver of a change', () => {
    expect(answer('政府采购预算总额约两千万元。').text).toMatch(/^是的/);
    expect(answer('基本支出比2025年增长了约三成，是这样吧？', growthHandler).text).toMatch(/^是的/);
    expect(answer('机关运行经费比上年减少的19.75万元中，在职人员调出这一因素影响了多少？').status).toBe('not_found');
    expect(read('Is there any budget project for taxi driver subsidies?').intent).toBe('usage');
    expect(read('How much are reception costs and official car operation costs?').items).toEqual(['sangong.reception', 'sangong.vehicle_operation']);
  });

  it('a level claimed as the document states it, its bracketed equivalent aside; 是…嘛 is a yes/no question', () => {
    expect(answer('数字化城市运行和治理中心是副处级单位吧', unitsHandler).text).toMatch(/^是的/);
    expect(answer('本级是正处级吧', unitsHandler).text).toMatch(/^是的/);
    expect(answer('数字化城市运行和治理中心是正处级单位嘛', unitsHandler).text).toMatch(/^不对/);
    expect(answer('区政府办公室本级是什么规格，处级还是科级？', unitsHandler).text).toMatch(/^重庆市渝中区人民政府办公室的预算单位构成/);
    expect(answer('政务服务中心是公益二类事业单位？', unitsHandler).text).toMatch(/^不对/);
  });

  it('a count inside a reason claimed beside the change of its item: both judged, both given', () => {
    const r = answer('运行维护费涨了8.2万是因为新增了4辆公务用车，对头不');
    expect(r.text).toMatch(/^是的：2026年公务用车运行维护费预算为87\.8万元，比2025年增加8\.2万元。2026年新增公务用车4辆/);
    expect(r.ok).toBe(true);
    expect(answer('公务用车运行维护费涨了9万是因为新增了4辆公务用车，对吧').text).toMatch(/^不对/);
  });

  it('a listed project named in generic words at length (办公区域日常运行维护) is found, and a count asked of it is answered from its name', () => {
    const r = answer('项目里头办公区域日常运行维护涉及几个办公区域？', usageHandler);
    expect(r.text).toContain('「六个办公区域日常运行维护项目（本级）」');
    expect(r.ok).toBe(true);
  });

  it('an undisclosed sub-item is explained by the clause that names it, not by a glossary entry sharing two characters (办公 of 办公厅)', () => {
    const r = answer('办公费和印刷费预算各是多少？');
    expect(r.text).toContain('文件的说明是：「办公费、印刷费、邮电费');
    expect(r.text).not.toContain('办公厅');
  });

  it('zero claimed is judged: true of overseas travel, false of reception', () => {
    expect(answer('Is it true that nothing at all is budgeted for overseas trips?').text).toMatch(/^Yes/);
    expect(answer('因公出国一分钱都没有安排，是真的吗？').text).toMatch(/^是的/);
    expect(answer('公务接待费一分钱都没有吧？').text).toMatch(/^不对：文件中2026年公务接待费预算为27\.55万元/);
  });

  it('a reason asked in the longer words a stated reason holds (聘用人员经费), of the item named', () => {
    const r = answer('老师，基本支出增加那个，聘用人员经费是怎么回事？', reasonHandler);
    expect(r.text).toMatch(/^2026年基本支出2621\.58万元/);
    expect(r.text).not.toContain('收入预算');
  });

  it('an undisclosed thing named by its heading when the question asks it in asking words (出国一年去几次)', () => {
    const r = answer('因公出国一年去几次？');
    expect(r.status).toBe('not_found');
    expect(r.text).toMatch(/^文件没有单列因公出国（境）的次数和人数；/);
  });

  it('a share of the whole district is not computed over the department', () => {
    const r = answer('政府办占全区的几成？', shareHandler);
    expect(r.status).toBe('not_found');
    expect(r.text).not.toContain('100%');
  });

  it('money per vehicle: the running cost over the vehicles held, the purchase budget over those to be bought, the count given being no claim', () => {
    const r = answer('Vehicle O&M cost per vehicle, 2026, using the 10 vehicles held at Dec 2025?');
    expect(r.text).toContain('87.8 ÷ 10 = 8.78');
    expect(r.ok).toBe(true);
    const p = answer('Per vehicle, given 14 vehicles to buy?', amountHandler, read('Vehicle purchase budget 2026?'));
    expect(p.text).toContain('252 ÷ 14 = 18');
    expect(p.text).not.toMatch(/^Yes/);
  });

  it('a sign written on a claimed change is its direction (+185.04 of a decrease is wrong)', () => {
    expect(answer('项目支出变动我表里填的是+185.04，对吧？', changeHandler).text).toMatch(/^不对/);
  });

  it('whether an undisclosed heading is listed is not answered with a project sharing a word; the entries concerning a word are found', () => {
    const r = answer('会议费单列了没有', usageHandler);
    expect(r.status).toBe('not_found');
    expect(r.text).toMatch(/^文件没有单列会议费/);
    expect(answer('项目支出重点工作里跟短信有关的是哪项？', usageHandler).text).toContain('「短信平台服务及短信费」');
    expect(answer('Is there a cybersecurity protection system project?', usageHandler).text).toContain('网络安全防护体系建设');
  });

  it('a request to repeat, or a word taking in the last answer, beside a question is no question or claim of its own', () => {
    expect(answer('去年是好多？我耳朵不好，再说一遍。', priorYearHandler, read('三公经费是好多？')).text).toMatch(/^2025年“三公”经费为326\.45万元/);
    expect(answer('二十七万多，晓得了。那这个呢，公务用车运行维护费？', amountHandler, read('公务接待费是好多？')).text).toMatch(/^2026年公务用车运行维护费预算为87\.8万元/);
  });

  it('whose job something no listed duty holds is not answered with this office\'s duties; a slip of 有 in 实有 is read', () => {
    const r = answer('我们小区广场舞音响太吵了，哪个管？', dutiesHandler);
    expect(r.status).toBe('not_found');
    expect(r.text).not.toContain('主要职能职责包括');
    expect(answer('本级实友43人吧？', staffingHandler).text).toMatch(/^不对：文件中重庆市渝中区政府办公室（本级）：实有人数47人/);
  });

  it('an English duty question is matched in its translated words; the reasons closest to the question are given', () => {
    expect(answer("Which unit handles the district mayor's public hotline?", dutiesHandler).text).toContain('数字化城市运行和治理中心');
    expect(answer('Which unit runs the canteen?', dutiesHandler).text).toContain('机关事务服务中心');
    const r = answer('聘用人员的钱咋个从项目里头挪到人员经费了？', reasonHandler);
    expect(r.text).toContain('聘用人员经费在人员经费中列支');
    expect(r.text).not.toContain('收入预算');
    expect(answer('每辆公务用车一年的运行维护费标准是多少？').text).toContain('公务用车运行维护费为87.8万元');
    expect(answer('这份说明里金额的计量单位是什么？我翻译时要统一。').text).toMatch(/^文件中的金额以万元为单位/);
  });

  it('a unit named only by words two units share is shown as both, neither summed nor judged', () => {
    const r = answer('The service centre has 7 staff actually working there, correct?', staffingHandler);
    expect(r.text).not.toMatch(/^Yes/);
    expect(r.text).toContain('重庆市渝中区机关事务服务中心: staff in post: 3 people');
    expect(r.text).toContain('重庆市渝中区政务服务中心: staff in post: 6 people');
  });

  it('the levels of two units asked in one turn; a conversion asked in English with the unit in brackets', () => {
    const r = answer('政务服务中心是啥级别？数字化城市运行和治理中心呢？', unitsHandler);
    expect(r.text).toContain('政务服务中心：公益一类事业单位，机构规格正科级');
    expect(r.text).toContain('数字化城市运行和治理中心：公益一类事业单位，机构规格副处（县）级');
    expect(answer('How much is that in 100-million-yuan units (亿元)?', amountHandler, read("What's the total 2026 budget?")).text).toContain('11491.61 ÷ 10000 = 1.1492');
  });

  it('a list headed by a request to check is one list; a total word after a named figure is its total', () => {
    const r = answer('请核实：一般公共服务、社会保障和就业、卫生健康、住房保障四项支出合计是否等于支出预算总额？', sumHandler);
    expect(r.text).toContain('10784.89 + 445.5 + 116.26 + 144.96 = 11491.61');
    expect(r.text).toContain('正好等于');
    expect(answer('2026年三工经费预算总额是多少，较上年变化多少？', changeHandler).text).not.toContain('11491.61');
  });

  it('two listed projects named whole are projects, not an undisclosed heading; a slip of 增长率, English staff and level words', () => {
    expect(answer('政务服务大厅运行经费项目和政务服务大厅人员经费各安排多少？').text).not.toContain('按经济分类');
    expect(answer('增涨率', growthHandler, read('基本支出多少')).text).toContain('增长28.71%');
    expect(answer('政务服务中心是事业单位还是行政单位', unitsHandler).text).toContain('公益一类事业单位');
    expect(answer('how many contract hires at the office itself (benji)?', staffingHandler).text).toContain('contract staff: 14 people');
    expect(answer('what admin level is the Agency Affairs Service Center', unitsHandler).text).toContain('正科级');
  });

  it('a figure claimed with no change word is the figure, not its change; a gap claimed beside headcounts is their difference', () => {
    expect(answer('公务用车购置费是三十四万吧').text).toMatch(/^不对/);
    expect(answer('公务用车购置费比去年多了34万吧', changeHandler).text).toMatch(/^是的/);
    expect(answer('本级编制43个实有47个，是不是超了四个人', staffingHandler).text).toMatch(/^是的/);
    expect(answer('本级编制43个实有47个，是不是超了五个人', staffingHandler).text).toMatch(/^不对/);
  });

  it('why a unit is of its level is not a claim to confirm; what an item of money is for is its use; each share when 各 is asked', () => {
    const r = answer('政务服务中心为撒是正科级？', unitsHandler);
    expect(r.status).toBe('not_found');
    expect(r.text).not.toMatch(/^是的/);
    expect(answer('项目支出主要干啥子', usageHandler).text).toMatch(/^2026年项目支出8870\.03万元，主要用于/);
    expect(answer('社区养老食堂有没得项目经费', usageHandler).status).toBe('not_found');
    const shares = answer('两者占总支出的比例各是多少？', shareHandler, read('项目支出多少？', read('基本支出多少？')));
    expect(shares.text).toContain('77.19%');
    expect(shares.text).toContain('22.81%');
  });

  it('parts listed and added up against their total; the rest of a group after one part; 加起来是不是总数 sets the sum against it', () => {
    const listed = answer('四項功能分類支出分別是多少？加總是否等於總額？', rankingHandler);
    expect(listed.text).toContain('以上各项合计11491.61万元（10784.89 + 445.5 + 116.26 + 144.96 = 11491.61），正好等于支出预算11491.61万元');
    expect(listed.ok).toBe(true);
    const both = answer('基本支出和项目支出各多少，加起来是不是总数', sumHandler);
    expect(both.text).toContain('合计11491.61万元（2621.58 + 8870.03 = 11491.61）。正好等于');
    expect(both.text).not.toContain('22983.22');
    // (No item after 等于 — 加起来是否等于总额 — the whole the others are parts of.)
    expect(read('２０２６年政府采购预算总额是多少？货物、工程、服务各多少，加起来是否等于总额？').sumAgainst).toBe('procurement.total');
    const rest = answer('那其余三类功能支出加起来呢？', sumHandler, read('一般公共服务支出多少？'));
    expect(rest.text).toContain('合计706.72万元（445.5 + 116.26 + 144.96 = 706.72）');
  });

  it('claims read as said: 是X的哦, a numeral with 亿 before 多万, English is down … (10k yuan), a unit asked after "units of"', () => {
    expect(answer('机关事务服务中心是正处级的哦', unitsHandler).text).toMatch(/^不对/);
    expect(answer('机关事务服务中心是正科级的哦', unitsHandler).text).toMatch(/^是的/);
    expect(answer('一般公共服务支出一亿零七百多万，约1.08亿元，没错吧？').text).toMatch(/^是的/);
    expect(answer('一般公共服务支出一亿零六百多万吧').text).toMatch(/^不对/);
    expect(answer('Project spending is down 185.04 (10k yuan) from 2025, right?', changeHandler).text).toMatch(/^Yes/);
    expect(answer('Project spending is up 185.04 from 2025, right?', changeHandler).text).toMatch(/^No/);
    expect(answer('Express the project expenditure in units of 100 million yuan (亿元).').text).not.toMatch(/^No/);
  });

  it('what a question asks, read past its story: a span of years, 咋个大部分都是, 打哪个号码, a suspected project, English projects and levels', () => {
    const relayed = answer('我帮一个大爷问哈，他说他在渝中住了几十年了，每年都听说政府办公室要花钱，想晓得今年政府采购里头买货物的钱到底是好多');
    expect(relayed.status).toBe('answered');
    expect(relayed.text).toContain('23.1万元');
    expect(read('政府采购咋个大部分都是服务').intent).toBe('reason');
    expect(read('对预算有疑问打哪个号码').intent).toBe('contact');
    expect(read('我怀疑有12345热线平台建设项目藏在里面，有吗？').intent).toBe('usage');
    expect(answer('Is AI crowd control in busy areas one of the projects?', usageHandler).text).toContain('AI+重点区域大客流智慧导控综合场景专项');
    expect(read('Which unit is at deputy division level?').intent).toBe('units');
    expect(read('what units are the amounts in?').unitOfMeasure).toBe(true);
    expect(read('机关事务服务中心为啥子要聘那么多人').staffKind).toBe('hired');
    expect(answer('商品和服务支出这个经济分类口径，2026年预算数是多少？').status).toBe('not_found');
  });

  it('per day is not disclosed; 用元为单位; a follow-up keeps the vehicles counted; the place of a part in its group; the units counted', () => {
    expect(answer('算下来公务接待每天花好多钱？').status).toBe('not_found');
    expect(answer('How much does the office spend per day on official receptions?').status).toBe('not_found');
    expect(answer('用元为单位呢？', amountHandler, read('三公经费多少？')).text).toContain('3673500元');
    expect(read('其中执勤执法用车几辆？', read('今年打算买几辆车？')).vehicleMode).toBe('planned');
    expect(read('And for buying them?', read('How much for running and maintaining official cars?')).items).toEqual(['sangong.vehicle_purchase']);
    expect(answer('那三公经费里它排第几？', rankingHandler, read('公务用车购置费是多少？')).text).toContain('公务用车购置费在“三公”经费中从大到小排第1');
    expect(read('单位构成里一共列了几个单位？').intent).toBe('units');
    expect(read('政务服务中心是哪个级别的机构？').intent).toBe('units');
    expect(answer('Rank the four functional spending categories from largest to smallest, with figures.', rankingHandler).text).toMatch(/the largest is general public services/);
  });

  it('a remark about the glossary; the word the question asks among several listed; reading the budget aloud', () => {
    expect(answer('住房公积金今年缴好多？名词解释里头有这个。').status).toBe('not_found');
    expect(answer('我当了三十年会计，机关运行经费下面写了办公费、差旅费那些，你把差旅费那一项单独的预算数告诉我。').text).toMatch(/^文件没有单列差旅费/);
    expect(answer('今天下午在坝坝头念预算，楼下王孃非要说三公经费有三千万，你帮我查一哈是不是哦？').text).toMatch(/^不对：文件中2026年“三公”经费预算为367\.35万元/);
    const moved = answer('咋个聘用人员的钱跑到人员经费头去了？', reasonHandler);
    expect(moved.u.intent).toBe('reason');
    expect(moved.text).toContain('聘用人员经费在人员经费中列支');
    expect(answer('三公里头跟车子有关的两项加起来好多？', sumHandler).text).toContain('合计339.8万元');
    expect(read('那个比去年咋样？').intent).toBe('clarify');
    expect(read('股市明天涨不涨？').intent).toBe('out_of_scope');
  });

  it('a supplier asking is no question about suppliers; whose duty by 接办 and 归谁; two figures claimed of a whole and its part are judged, not added', () => {
    expect(read('我是开办公用品小店的，想申请做供应商。区政府办公室2026年政府采购预算总额是多少？').intent).toBe('amount');
    expect(answer('别的供应商跟我讲政府采购总额有2000万，是不是哦？').text).toMatch(/^不对/);
    expect(read('区长公开电话是哪个单位接办的？').intent).toBe('duties');
    expect(read('政务服务中心场地的运行管理归谁？').intent).toBe('duties');
    expect(read('怎么在政府采购网上注册成为供应商？').intent).toBe('out_of_scope');
    expect(answer('政府采购一共1969.33万，其中货物23.1万，对吧？', sumHandler).text).toMatch(/^是的：2026年政府采购预算总额为1969\.33万元，其中政府采购货物预算23\.1万元/);
    expect(answer('政府采购一共1969.33万，其中货物32.1万，对吧？', sumHandler).text).toMatch(/^不对/);
    const reported = answer('收入为啥比去年多了399.77万？有同学说是因为买车', reasonHandler);
    expect(reported.text).toMatch(/^不对/);
    expect(reported.text).toContain('新增在职人员');
    expect(read('项目支出的重点工作里有没有跟AI+大客流有关的？').intent).toBe('usage');
  });

  it('a name of the asker’s own before a kind of money is not the office’s item; hearsay by 有消息说 is judged; money claimed of the cars bought is the purchase budget’s', () => {
    const hotline = answer('12345热线运行经费有多少');
    expect(hotline.status).toBe('not_found');
    expect(hotline.text).toMatch(/^文件中没有单列“12345热线”；机关运行经费为253\.48万元，供参考/);
    expect(hotline.ok).toBe(true);
    expect(answer('停车场运行经费有多少').status).toBe('not_found');
    expect(answer('今年的运行经费有多少').text).toContain('253.48万元，比2025年减少19.75万元');
    expect(answer('有消息说数字化城市运行和治理中心是正处级单位', unitsHandler).text).toMatch(/^不对：/);
    expect(answer('Is it true they are spending 252 (ten-thousand yuan) on new cars?', vehiclesHandler).text).toMatch(/^Yes: /);
    expect(answer('Is it true they are spending 300 (ten-thousand yuan) on new cars?', vehiclesHandler).text).toMatch(/^No\. /);
    expect(answer('今年买车一买就是十几辆是吧', vehiclesHandler).text).toMatch(/^是的：/);
  });

  it('a headcount left out (不算聘用的) is not added; a reason claimed in other words (多了车) agrees; personal how-tos and complaints about others are out of scope', () => {
    const staff = answer('四个单位实有人数合计是多少啊 不算聘用的', staffingHandler);
    expect(staff.text).toContain('实有人数合计79人');
    expect(staff.text).not.toContain('聘用');
    expect(answer('听说公车运行费涨了是因为多了车，到底咋回事', reasonHandler).text).toMatch(/^是的：/);
    expect(answer('收入增加是因为多了车吧', reasonHandler).text).toMatch(/^不对/);
    expect(read('社保咋个交').intent).toBe('out_of_scope');
    expect(read('我要投诉网约车司机乱收费').intent).toBe('out_of_scope');
    expect(read('我要投诉').intent).toBe('contact');
    expect(read('机关事务服务中心管食堂不？').intent).toBe('duties');
    expect(read('物管费好多嘛').intent).not.toBe('duties');
  });

  it('after a unit’s headcount, a whole question of its own about money is the department’s; a bare 那接待费呢 stays with the unit', () => {
    const prev = read('政务服务中心有几个编制？');
    expect(read('那三公经费里公务用车运行维护费比去年增加了多少？', prev).unit).toBeUndefined();
    expect(read('那接待费呢', prev).unit).toBe(prev.unit);
  });

  it('a headcount named once for two kinds is the unit’s; 它 with nothing before it asks which; whose duty by 哪个负责 / 哪个单位维护; a guess at the reason stays with the why', () => {
    const both = answer('How many authorized posts and how many actual staff does the Office Affairs Service Center have?', staffingHandler);
    expect(both.text).toContain('authorised posts: 5 people, staff in post: 3 people');
    expect(both.text).not.toContain('85');
    expect(read('它的编制多少').intent).toBe('clarify');
    expect(read('哪个负责机关食堂').intent).toBe('duties');
    expect(read('市级网上政务服务平台哪个单位维护').intent).toBe('duties');
    expect(read('帮我做个PPT 讲政府的钱用到哪里去了 要好看').intent).toBe('out_of_scope');
    expect(read('Is network security protection system construction among the listed projects?').intent).toBe('usage');
    expect(read('政府办下面一共几个单位 算本级').unit).toBeUndefined();
    expect(read('只算本级，不含下属单位，基本支出是多少？').unit).toBe(read('本级基本支出是多少').unit);
    expect(answer('机关事务服务中心聘佣了多少', staffingHandler).text).toContain('聘用人员21人');
  });

  it('将近 before a figure is about so much; an exclamation after a figure claims it; money claimed of cars bought in 万; English counts of official vehicles and of the fleet at the end of a year', () => {
    expect(answer('政府采购将近两千万对吧').text).toMatch(/^是的：/);
    expect(answer('政府采购将近三千万对吧').text).toMatch(/^不对：/);
    expect(answer('政府办一年预算11个亿多，吓死人').text).toMatch(/^不对：文件中2026年支出预算为11491\.61万元/);
    expect(answer('社保就业支出4455万，好多哦').text).toMatch(/^不对：/);
    expect(answer('Is it true they plan 2520万 on new cars?', vehiclesHandler).text).toContain('The vehicle purchase budget is 2.52 million yuan (252万元)');
    expect(read('How many official vehicles are to be purchased in 2026?').intent).toBe('vehicles');
    const both = answer('How many vehicles at end of 2025, and how many to buy in 2026?', vehiclesHandler).text;
    expect(both).toContain('the units hold 10 vehicles');
    expect(both).toContain('plans to purchase 14 vehicles');
  });

  it('咋不招满 asks why; 谁来监管 asks whose duty; 公益几类 asks the kind; 那个经费 as a first turn asks which; poems and licences are out of scope', () => {
    const why = answer('数字化中心30个编制才23个人，咋不招满', staffingHandler);
    expect(why.status).toBe('not_found');
    expect(why.text).toContain('文件没有说明原因');
    expect(read('小额贷款公司这些谁来监管？').intent).toBe('duties');
    expect(read('机关事务服务中心是公益几类事业单位').intent).toBe('units');
    expect(read('那个经费变了好多').intent).toBe('clarify');
    expect(read('帮我写首诗夸一下区政府').intent).toBe('out_of_scope');
    expect(read('营业执照啷个办').intent).toBe('out_of_scope');
  });
});
