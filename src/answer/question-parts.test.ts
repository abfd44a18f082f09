import { describe, expect, it } from 'vitest';
import { normalizeQuestion, withoutRetracted } from './question-text.js';
import { contactApart, questionParts } from './question-parts.js';
import { read } from './seed-context.testkit.js';
import { findUndisclosed } from './undisclosed.js';

// (Each clause is read as the engine reads it: knowing the turn it comes from.)
const parts = (q: string) => questionParts(normalizeQuestion(q), (clause) => read(clause, undefined, undefined, normalizeQuestion(q)));

describe('several questions in one turn', () => {
  it('splits clauses that each ask about an item of their own, leaving out the scene-setting', () => {
    expect(parts('你好，我是渝中的居民，想问一下今年一共预算了多少钱，里面三公经费有多少，还有公务接待费是不是比去年少了？')).toEqual([
      '想问一下今年一共预算了多少钱,',
      '里面三公经费有多少,',
      '还有公务接待费是不是比去年少了?',
    ]);
  });

  it('keeps a follow-on clause with the question it follows, and a named item with the question after it', () => {
    expect(parts('三公经费是多少，为什么增加了')).toBeUndefined();
    expect(parts('公务接待费，比去年少了多少？')).toBeUndefined();
    expect(parts('三公经费是多少？公务接待费呢？')).toEqual(['三公经费是多少?', '公务接待费呢?']);
  });

  it('a request for the contact is a part of its own', () => {
    expect(parts('联系人是谁？另外机关运行经费今年多少？')).toEqual(['联系人是谁?', '另外机关运行经费今年多少?']);
  });

  it('the change of a sum just asked, and a share asked in an imperative clause, are questions of their own', () => {
    expect(parts('公车运维加购置两项合起来多少，比去年一共多了多少？')).toEqual(['公车运维加购置两项合起来多少,', '比去年一共多了多少?']);
    expect(parts('计算：公务用车购置费与运行维护费合计占三公经费的比重；其中购置费又占该合计的比重。')).toHaveLength(2);
    expect(parts('三公经费合计多少，为什么增加了')).toBeUndefined();
  });

  it('a list typed with numbers and 、 keeps its bare words; 多少+ joins two asks in chat; money per vehicle after a count', () => {
    // (Numbered, it is read item by item: each numbered item one part, its own 、 kept.)
    expect(parts('老板要我做个表：一、政府采购总额；二、货物、服务、工程三项各多少；三、服务类占比。')).toEqual(['老板要我做个表:政府采购总额;', '货物,服务,工程三项各多少;', '服务类占比。']);
    expect(parts('烦请告知：一、三公经费合计；二、公务接待费；三、公务用车运行维护费。')).toEqual(['烦请告知:三公经费合计;', '公务接待费;', '公务用车运行维护费。']);
    expect(parts('请问本级：一、行政编制几人？二、实有几人？')).toEqual(['请问本级:行政编制几人?', '请问本级:实有几人?']);
    expect(parts('sg经费多少+联系电话发一下 thx')).toEqual(['sg经费多少', '联系电话发一下 thx']);
    expect(parts('公车购置+运维多少')).toBeUndefined();
    expect(parts('公务用车购置费多少，准备买几辆？平均一辆多少？')).toEqual(['公务用车购置费多少,', '准备买几辆?', '平均一辆多少?']);
  });

  it('a space after a question’s last word ends it (chat typing); a word named in the turn’s context reads so in its clause', () => {
    expect(normalizeQuestion('总的多少钱嘛 换成亿是好多 还有三公经费')).toBe('总的多少钱嘛,换成亿是好多,还有三公经费');
    expect(normalizeQuestion('公务 接待费多少')).toBe('公务接待费多少');
    const turn = normalizeQuestion('政府采购多少其中服务多少货物多少');
    expect(questionParts(turn, (c) => read(c, undefined, undefined, turn))).toEqual(['政府采购多少', '其中服务多少', '货物多少']);
  });

  it('a unit’s attribute and its headcount are two questions', () => {
    expect(parts('数字化城市运行和治理中心是啥级别？编制有好多？')).toEqual(['数字化城市运行和治理中心是啥级别?', '编制有好多?']);
  });

  it('an English list goes on after its commas; a figure after what the item is; a rhetorical tail stays with its why', () => {
    expect(parts("quick check: what do social security, health and housing add up to together?")).toBeUndefined();
    expect(parts("What does the document mean by 'basic expenditure', and how much is it for 2026?")).toHaveLength(2);
    expect(parts('政府采购为啥基本全是服务，货物那么少？')).toBeUndefined();
    expect(parts('数字化城市运行和治理中心是啥级别？编制有好多？')).toHaveLength(2);
  });

  it('a guess at the reason just asked goes with the why; a level asked beside posts, typed with a space, is its own question', () => {
    expect(parts('接待费减少的原因？是不是在压减三公')).toBeUndefined();
    expect(parts('数字化中心啥级别 编制好多')).toHaveLength(2);
  });

  it('how to give the figures, said after the last question, goes with it', () => {
    expect(parts('基本支出、项目支出分别多少，各占支出总额百分之几？百分比保留一位小数就行。')).toEqual(['基本支出,项目支出分别多少,', '各占支出总额百分之几?百分比保留一位小数就行。']);
  });

  it('a single clause is one question', () => {
    expect(parts('三公经费和公务接待费加起来多少')).toBeUndefined();
    // (Two figures asked, then added and set against a whole: one question of the turn as a whole.)
    expect(parts('基本支出多少，项目支出多少，加起来对得上总数不')).toBeUndefined();
    expect(parts('把四个功能科目（一般公共服务、社保就业、卫生健康、住房保障）加总是多少？和支出预算总数对得上吗？')).toBeUndefined();
    // (A unit's level asked of the unit just named — 它是什么级别 — is a question of its own.)
    expect(parts('数字化城市运行和治理中心编制多少？它是什么级别？')).toEqual(['数字化城市运行和治理中心编制多少?', '它是什么级别?']);
    // (Where the money came from, asked after a change in it, asks of that money, not of the sub-units' funding.)
    expect(parts('总收入为啥子多了399万，钱从哪来的')).toBeUndefined();
  });
});

describe('a judgement asked after figures', () => {
  it('is a question of its own, not the last figure\'s', () => {
    expect(parts('三公经费增加多少？机关运行经费减少多少？综上所述，到底是节约还是浪费？')).toEqual(['三公经费增加多少?', '机关运行经费减少多少?', '到底是节约还是浪费?']);
  });
});

describe('a request for the contact beside a question of another kind', () => {
  const apart = (q: string) => contactApart(normalizeQuestion(q), (clause) => read(clause));

  it('is answered after the other question, in the order asked', () => {
    expect(apart('数字化中心几个编制？电话多少？')).toEqual(['数字化中心几个编制?', '电话多少?']);
    expect(apart('联系人是谁？本级有几辆车？')).toEqual(['联系人是谁?', '本级有几辆车?']);
    expect(apart('who is contact person and how much is reception fee?')).toEqual(['who is contact person', 'and how much is reception fee?']);
  });

  it('is not split when only the contact is asked, or the rest asks nothing', () => {
    expect(apart('联系人是谁？电话多少？')).toBeUndefined();
    expect(apart('你好，电话多少？')).toBeUndefined();
    // (A topic announced before the request — I have a question about this budget — asks for no figure of it.)
    expect(apart('I have a question about this budget; which phone number should I call?')).toBeUndefined();
    expect(apart('我对这个预算有疑问，打哪个电话？')).toBeUndefined();
  });
});

describe('a clause naming something the document does not disclose', () => {
  const withUndisclosed = (clause: string) => {
    const r = read(clause);
    const notDisclosed = findUndisclosed(r.text)?.name;
    return notDisclosed ? { ...r, notDisclosed } : r;
  };
  const parts = (q: string) => questionParts(normalizeQuestion(q), withUndisclosed);

  it('is a question of its own beside one about a disclosed item', () => {
    expect(parts('差旅费多少？机关运行经费又是多少？')).toEqual(['差旅费多少?', '机关运行经费又是多少?']);
  });

  it('stays one question when every clause asks about the same undisclosed thing', () => {
    expect(parts('公务接待一年接待多少批次、多少人次？')).toBeUndefined();
  });
});

describe('another measure of the same item, or a headcount beside money', () => {
  it('a rhetorical question sets the scene; a listing beside a figure, and which items moved, are questions of their own', () => {
    expect(parts2('区政府办公室下面不是有好几个单位嘛，四个单位加起来实有好多人')).toBeUndefined();
    expect(parts2('收入预算多少？有没有AI+大客流那个专项？')).toEqual(['收入预算多少?', '有没有ai+大客流那个专项?']);
    expect(parts2('基本支出和项目支出各多少？哪个比去年增加了？')).toEqual(['基本支出和项目支出各多少?', '哪个比去年增加了?']);
  });

  it('the same question of another year, and transcribed speech joined by 另外, are parts of their own', () => {
    expect(parts2('接待费、运行维护费和购置费三项加起来多少？去年这三项加起来又是多少？')).toHaveLength(2);
    expect(parts2('联系人是哪个 另外机关运行经费好多')).toEqual(['联系人是哪个', '另外机关运行经费好多']);
  });

  it('questions typed with no punctuation are split after the question word that ends each', () => {
    expect(parts2('三公经费多少公务接待费多少联系人是谁')).toEqual(['三公经费多少', '公务接待费多少', '联系人是谁']);
    expect(parts2('一共有多少钱的预算')).toBeUndefined();
    // A noun after the count is what is counted, not a next question.
    expect(parts2('城口县农学会有几辆公车')).toBeUndefined();
    expect(parts2('本级有多少编制')).toBeUndefined();
  });

  it('a count of vehicles beside another question is a part of its own', () => {
    expect(parts2('三公多少，车有几辆')).toEqual(['三公多少,', '车有几辆']);
  });

  it('a rate then a share of one item are two questions', () => {
    expect(parts2('三公经费的增长率是多少？占总支出的比例呢？')).toEqual(['三公经费的增长率是多少?', '占总支出的比例呢?']);
  });

  it('a unit’s headcount and its budget are two questions', () => {
    expect(parts2('机关事务服务中心几个编制？它的预算多少？')).toEqual(['机关事务服务中心几个编制?', '它的预算多少?']);
  });
});

function parts2(q: string) {
  return questionParts(normalizeQuestion(q), (clause) => read(clause));
}

describe('what the asker took back', () => {
  it('drops a retracted reading and keeps what follows a correction', () => {
    expect(withoutRetracted('去年你们买了几辆车？不是说有好多辆，是说买了几辆')).toBe('去年你们买了几辆车？');
    expect(withoutRetracted('三公经费多少？不对不对，我是问机关运行经费')).toBe('机关运行经费');
    // (After a long preamble, what follows 所以我想先确认一下 is the question; a short opening is kept.)
    expect(withoutRetracted(normalizeQuestion('我们今晚八点档要做一个十分钟的板块，主题是区政府办公室的钱到底花在哪儿，所以我想先确认一下，项目支出今年到底是多少？'))).toBe('项目支出今年到底是多少?');
    expect(withoutRetracted('我想问一下三公经费多少')).toBe('我想问一下三公经费多少');
    expect(withoutRetracted('不是问有几辆，是问今年买几辆')).toBe('是问今年买几辆');
    expect(withoutRetracted('三公经费是不是增加了？')).toBe('三公经费是不是增加了？');
    expect(withoutRetracted('要得。算了算了接待费不管了，我其实主要想问的是机关运行经费，那个有好多？')).toBe('机关运行经费，那个有好多？');
  });
});

describe('two asks joined by 还有', () => {
  it('splits a contact request from a figure', () => {
    expect(contactApart(normalizeQuestion('出国费好多 还有联系电话给我一个'), (c) => read(c))).toEqual(['出国费好多,', '还有联系电话给我一个']);
  });
});

describe('an English request for the contact and a figure', () => {
  it('splits after the contact', () => {
    expect(contactApart(normalizeQuestion('Give me the contact person and the total three public expenses.'), (c) => read(c))).toEqual(['give me the contact person', 'and the total three public expenses.']);
  });
});

describe('a closing request for the figures listed', () => {
  it('asks each named clause before it', () => {
    expect(parts('实有人数合计、聘用人员合计、现有车辆数，三个数给我。')).toEqual(['实有人数合计,', '聘用人员合计,', '现有车辆数,']);
    expect(parts('实有人数合计、聘用人员合计、现有车辆数。')).toBeUndefined();
  });
});

describe('a conversion asked after a rate', () => {
  it('is a part of its own (a rate has no unit to convert)', () => {
    expect(parts('一般公共服务支出多少？占总支出百分之几？换成亿元是多少')).toEqual(['一般公共服务支出多少?', '占总支出百分之几?', '换成亿元是多少']);
  });
});

describe('a preamble before an enumeration', () => {
  it('is no question of its own: the parts start at 第一个', () => {
    expect(parts('我是做小生意的，就想晓得钱用到哪里去了。第一个，今年三公经费好多？还有，公务接待费是好多？对了，出国费有没得？')).toEqual(['今年三公经费好多?', '公务接待费是好多?', '出国费有没得?']);
  });
});

describe('a count of vehicles beside their cost, and an item beside the contact', () => {
  it('are questions of their own', () => {
    expect(parts('今年买几台车，买车钱好多')).toEqual(['今年买几台车,', '买车钱好多']);
    expect(contactApart(normalizeQuestion('total budget and who to contact?'), (c) => read(c))).toEqual(['total budget', 'and who to contact?']);
  });
});
