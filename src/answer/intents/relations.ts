import { Decimal } from 'decimal.js';
import { CalcError, difference, share, sum, type Operand } from '../../calc/index.js';
import type { StoredFact } from '../../domain/types.js';
import { childrenOf, contactLine, itemName, parentOf, resolveFacts, type Handler } from './context.js';
import { notStated } from './figures.js';
import { staffRankingHandler } from './people.js';

const op = (f: StoredFact): Operand => ({ value: f.value, unit: f.unit, factId: f.id, label: f.key });

export const shareHandler: Handler = ({ u, ctx, b }) => {
  const keys = u.items.length >= 2 ? u.items : [...u.items, parentOf(u.items[0]!)];
  const { facts, missing } = resolveFacts(ctx, keys);
  if (facts.length < 2) return notStated(b, ctx, missing);
  // The whole is the largest figure named: a part never exceeds its whole.
  const whole = facts.reduce((m, f) => (new Decimal(f.value).gte(m.value) ? f : m));
  const wholeName = itemName(ctx, whole, b.lang);
  for (const part of facts.filter((f) => f !== whole).slice(0, 4)) {
    if (part.unit !== whole.unit) continue;
    try {
      const r = share(op(part), op(whole));
      b.say(
        `${b.doc.year}年${itemName(ctx, part, 'zh')}${b.fact(part)}，占${wholeName}${b.fact(whole)}的${b.derived(r)}（${r.derivation}）。`,
        `${itemName(ctx, part, 'en')} (${b.fact(part)}) is ${b.derived(r)} of ${wholeName} (${b.fact(whole)}) in ${b.doc.year} (${r.derivation}).`,
      );
    } catch (err) {
      if (!(err instanceof CalcError)) throw err;
      b.say(`${wholeName}为${b.fact(whole)}，无法计算占比。`, `${wholeName} is ${b.fact(whole)}, so no share can be computed.`);
    }
  }
  return 'answered';
};

export const compareHandler: Handler = ({ u, ctx, b }) => {
  const { facts, missing } = resolveFacts(ctx, u.items);
  if (facts.length < 2) return notStated(b, ctx, missing);
  const [x, y] = facts as [StoredFact, StoredFact];
  const [hi, lo] = new Decimal(x.value).gte(y.value) ? [x, y] : [y, x];
  const r = difference(op(hi), op(lo));
  const same = new Decimal(r.value).isZero();
  b.say(
    `${b.doc.year}年${itemName(ctx, x, 'zh')}为${b.fact(x)}，${itemName(ctx, y, 'zh')}为${b.fact(y)}，` +
      (same ? '两者相同。' : `${itemName(ctx, hi, 'zh')}比${itemName(ctx, lo, 'zh')}多${b.derived(r)}（${r.derivation}）。`),
    `In ${b.doc.year}, ${itemName(ctx, x, 'en')} is ${b.fact(x)} and ${itemName(ctx, y, 'en')} is ${b.fact(y)}; ` +
      (same ? 'they are equal.' : `${itemName(ctx, hi, 'en')} is ${b.derived(r)} more (${r.derivation}).`),
  );
  return 'answered';
};

export const sumHandler: Handler = ({ u, ctx, b }) => {
  const { facts, missing } = resolveFacts(ctx, u.items);
  if (facts.length === 0) return notStated(b, ctx, missing);
  if (facts.length === 1) {
    b.say(`${b.doc.year}年${itemName(ctx, facts[0]!, 'zh')}为${b.fact(facts[0]!)}。`, `${itemName(ctx, facts[0]!, 'en')}: ${b.fact(facts[0]!)}.`);
    return 'answered';
  }
  const r = sum(facts.map(op));
  const list = facts.map((f) => `${itemName(ctx, f, b.lang)}${b.t('', ' ')}${b.fact(f)}`).join(b.t('、', ', '));
  b.say(`${b.doc.year}年${list}，合计${b.derived(r)}（${r.derivation}）。`, `${list}: together ${b.derived(r)} (${r.derivation}).`);
  if (missing.length) b.say(`（${missing.map((k) => itemName(ctx, k, 'zh')).join('、')}文件未单列。）`, `(${missing.map((k) => itemName(ctx, k, 'en')).join(', ')} not stated.)`);
  return 'answered';
};

const RANK_GROUPS: Array<[RegExp, string]> = [
  [/三公|sangong|three public/, 'sangong.total'],
  [/采购|procurement/, 'procurement.total'],
  [/收入|income|revenue/, 'income.total'],
  [/基本|项目|basic|project/, 'fiscal.general_budget.expenditure'],
  [/支出|功能|花|预算|spend|expenditure|categor|budget/, 'expenditure.total'],
];

export const rankingHandler: Handler = (input) => {
  const { u, ctx, b } = input;
  if (u.staffKind || /人|编制|聘用|实有|单位|staff|people|employees|posts|headcount|unit/.test(u.text) && u.items.every((k) => !childrenOf(ctx, k).length)) {
    return staffRankingHandler(input);
  }
  const groupKey = u.items.find((k) => childrenOf(ctx, k).length > 0) ?? u.items.map((k) => parentOf(k)).find((k) => childrenOf(ctx, k).length > 0) ?? RANK_GROUPS.find(([re]) => re.test(u.text))?.[1];
  const members = groupKey ? childrenOf(ctx, groupKey) : [];
  if (!groupKey || members.length === 0) {
    b.say('请说明要比较哪一类项目，例如“三公”经费各项、各功能分类支出或政府采购各类。', 'Which group should be ranked? For example the "three public expenses" items, expenditure by function, or procurement by type.');
    return 'clarify';
  }
  const sorted = [...members].sort((p, q) => new Decimal(q.value).cmp(p.value));
  const order = u.rank === 'min' ? [...sorted].reverse() : sorted;
  const top = order[0]!;
  const groupName = itemName(ctx, groupKey, b.lang);
  const lead = u.rank === 'min' ? b.t('最少的是', 'The smallest is') : b.t('最多的是', 'The largest is');
  b.say(`${b.doc.year}年${groupName}中，${lead}${itemName(ctx, top, 'zh')}${b.fact(top)}。`, `Within ${groupName} in ${b.doc.year}, ${lead.toLowerCase()} ${itemName(ctx, top, 'en')} at ${b.fact(top)}.`);
  const rest = order.slice(1).map((f) => `${itemName(ctx, f, b.lang)}${b.t('', ' ')}${b.fact(f)}`).join(b.t('、', ', '));
  if (rest) b.say(`其后依次为：${rest}。`, `Then: ${rest}.`);
  return 'answered';
};

export const unsupported: Handler = ({ b }) => {
  contactLine(b);
  return 'not_found';
};
