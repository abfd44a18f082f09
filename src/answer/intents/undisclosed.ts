import { Decimal } from 'decimal.js';
import { evaluate } from '../../calc/index.js';
import type { StoredFact } from '../../domain/types.js';
import type { Understanding } from '../understand.js';
import type { AnswerBuilder } from '../answer-builder.js';
import type { Undisclosed } from '../undisclosed.js';
import { CUES } from '../intent-cues.js';
import { meansUnitAlone } from '../unit-names.js';
import { contactLine, factOperand, itemName, KIND_NAMES, resolveFacts, staffTotal, type DocContext, type Handler } from './context.js';

/**
 * "Not separately disclosed": what was asked is named, what the document does state instead is given as the
 * nearest disclosed figure, framed as such (never as the answer), with the document's own words on what that figure
 * includes when it has them, and the contact line.
 */
export const undisclosedHandler: Handler = ({ u, ctx, b }) => {
  const und = u.undisclosed!;
  if (und.perHead && perHeadOverNamedStaff(u, ctx, b)) return 'answered';
  // (Vehicles counted — 全区公务用车一共有好多辆 — are nearest to the vehicles the document counts, not to their costs.)
  const countsVehicles = CUES.vehicleCount.test(u.text) && CUES.headcountAsked.test(u.text) && !CUES.money.test(u.text) && ctx.facts.has('vehicles.held.total');
  // (A count of people asked — 离退休人员有多少人 — has no money figure near it; a fee named beside it — 离休费一年多少
  // — asks money.)
  const asksHeadcount = CUES.headcountAsked.test(u.text) && !CUES.money.test(u.text) && !u.text.includes('费') && !countsVehicles;
  const keys = countsVehicles ? ['vehicles.held.total'] : und.nearest === 'asked' ? (u.items.length ? u.items : ['expenditure.total']) : und.nearest ? [und.nearest] : [];
  const facts = resolveFacts(ctx, keys).facts.filter((f) => !b.inWords(f)).slice(0, 3);
  const nearest = (asksHeadcount ? [] : facts).map((f) => `${itemName(ctx, f, b.lang)}${b.t('为', ' is ')}${b.fact(f, { role: 'context' })}`).join(b.t('，', ', '));
  const lead = opening(b, ctx, und, u.items);
  // ("数字化中心的人员经费是多少": the figure given for reference is the whole department's, and said to be.)
  const unit = typeof u.unit === 'number' && und.kind !== 'sub_unit' && nearest ? ctx.doc.subUnits.find((x) => x.index === u.unit && meansUnitAlone(x, ctx.doc.department, u.text)) : undefined;
  if (unit) b.say(`${lead}，也没有按所属单位单列${unit.name}的数额；${b.name(ctx.doc.department)}（含所属各单位）${nearest}，供参考。`, `${lead}, nor figures for ${unit.name} alone; for reference, for ${b.name(ctx.doc.department)} as a whole (all its units), ${nearest}.`);
  else if (nearest) b.say(`${lead}；${nearest}，供参考。`, `${lead}; for reference, ${nearest}.`);
  else b.say(`${lead}。`, `${lead}.`);
  const clause = explaining(ctx, und.words, facts, b);
  if (clause) b.say(`文件的说明是：${b.quote(clause.text, clause.span)}。`, ` The document says: ${b.quote(clause.text, clause.span)}.`);
  contactLine(b);
  return 'not_found';
};

/**
 * "按实有人数算，人均三公经费是多少" / "按这个人数算，人均基本支出": the figure over the headcount the question names (of all
 * units together), worked out as the asker's division and said to be one — the document states no per-person figure.
 * False (nothing said) when no headcount is named, or one unit's is: a unit's own money is not stated.
 */
function perHeadOverNamedStaff(u: Understanding, ctx: DocContext, b: AnswerBuilder): boolean {
  const kind = u.staffKind ?? (CUES.thatHeadcount.test(u.text) ? u.staffHistory?.[0] : undefined);
  if (!kind || typeof u.unit === 'number') return false;
  const money = resolveFacts(ctx, u.items).facts.find((f) => f.unit === '万元' && !b.inWords(f));
  const staff = staffTotal(ctx, kind);
  if (!money || !staff || new Decimal(staff.r.value).isZero()) return false;
  const total = staff.r;
  const r = evaluate('{a} / {n}', { a: factOperand(money), n: { value: total.value, unit: '人', label: `staff.${kind}.total` } }, { kind: 'money', unit: '万元', ...(u.roundTo !== undefined ? { places: u.roundTo } : {}) });
  staff.facts.forEach((f) => b.uses(f));
  const [zh, en] = KIND_NAMES[kind];
  const name = itemName(ctx, money, b.lang);
  b.say(
    `文件没有单列人均数；按所属各单位${zh}合计${b.derived(total, { role: 'operand' })}（${b.derivation(total)}）计算，${b.doc.year}年${name}${b.fact(money, { role: 'operand' })}，人均${b.derived(r)}（${b.derivation(r)}）。`,
    `The document states no per-person figure; over the ${en} of all units together, ${b.derived(total, { role: 'operand' })} (${b.derivation(total)}), ${b.doc.year} ${name} of ${b.fact(money, { role: 'operand' })} comes to ${b.derived(r)} per person (${b.derivation(r)}).`,
  );
  return true;
}

function opening(b: AnswerBuilder, ctx: DocContext, und: Undisclosed, items: string[]): string {
  const year = b.doc.year;
  switch (und.kind) {
    case 'economic':
      // (信息网络及软件购置更新费 is asked; 资本性支出 says what kind of thing it is.)
      if (namesIt(und.words) && !und.name.includes(und.words) && !und.words.includes(und.name) && /^[\u4e00-\u9fff]{4,}/.test(und.words)) {
        return b.t(`文件没有单列${und.words}（属于${und.name}，按经济分类的支出）`, `The document does not state ${und.nameEn} separately (it is an economic classification the explanation does not disclose)`);
      }
      return b.t(`文件没有单列${und.name}（按经济分类的支出）`, `The document does not state ${und.nameEn} separately (it is an economic classification the explanation does not disclose)`);
    case 'sub_item': {
      // 培训费 is asked; 机关运行经费中的单项费用 says what kind of thing it is.
      const asked = namesIt(und.words) && !und.name.includes(und.words) && /[\u4e00-\u9fff]/.test(und.words) ? `${und.words}（${und.name}）` : und.name;
      return b.t(`文件没有单列${asked}`, `The document does not state ${und.nameEn} separately`);
    }
    case 'period':
      return b.t(`文件只公开${year}年全年预算，没有单列${und.name}`, `The document gives ${year} budgets for the whole year only; it does not state ${und.nameEn} separately`);
    case 'district':
      return b.t(`本文件是${b.name(ctx.doc.department)}的部门预算，没有单列${und.name}，只公开本部门的数额`, `This is the department budget of ${b.name(ctx.doc.department)}; it does not state ${und.nameEn} separately. This department's own figure`);
    case 'execution':
      return b.t(`本文件是${year}年预算，没有单列${und.name}`, `This is the ${year} budget; it does not state ${und.nameEn} separately`);
    case 'hypothetical':
      // (如果今年的车不买了…: the budget as planned is what the document states; no other case is worked out.)
      return b.t(`文件只公开${year}年的预算安排，没有测算假设情形下的数额`, `The document states the ${year} budget as planned; it works out no figures for a hypothetical case`);
    case 'unplaced':
      // (The name is the asker's own words, digits and all — 12345热线 — said back as a name, not a figure.)
      return b.t(`文件中没有单列“${b.name(und.name)}”`, `The document does not state "${b.name(und.name)}" separately`);
    case 'sub_unit': {
      const item = items[0] ? itemName(ctx, items[0], b.lang) : b.t('这项预算', 'that item');
      const units = ctx.doc.subUnits.map((x) => x.name).join(b.t('、', ', '));
      return b.t(`文件没有按所属单位单列${und.name}的${item}，只公开${b.name(ctx.doc.department)}（含${units}）的合计`, `The document does not state ${item} for ${und.nameEn} separately; it gives the total of ${b.name(ctx.doc.department)} (including ${units})`);
    }
  }
}

/** Words of the question that name the thing (差旅费), not a way of asking it (工资花了好多, 出国一年去几次). */
const namesIt = (words: string | undefined): words is string => !!words && !CUES.askingWord.test(words) && !/花了/.test(words);

/** The document's own words on what the nearest figure includes: a glossary clause or a stated use that names the term. */
function explaining(ctx: DocContext, words: string, facts: StoredFact[], b: AnswerBuilder): { text: string; span: { start: number; end: number } } | undefined {
  const probes = [words, words.replace(/费$|支出$/, '')].filter((w) => w.length >= 2);
  // Only a clause about what was asked (住房公积金：反映…) or about the nearest figure (公务接待费反映…（含外宾接待）):
  // 培训费 inside the definition of 因公出国（境）费 says nothing about 机关运行经费.
  const nearest = facts.flatMap((f) => [itemName(ctx, f, 'zh'), f.label].map((n) => n.replace(/[“”"]/g, '')));
  for (const g of ctx.glossary) {
    const defStart = g.span.end - g.definition.length;
    // (A word of two characters is no entry of its own: 办公 of 办公费 is in 其他政府办公厅（室）.)
    const ownEntry = probes.some((p) => p.length >= 3 && g.term.includes(p));
    let offset = 0;
    for (const part of g.definition.split(/(?<=[；;。])/)) {
      const clause = part.replace(/[；;。]$/, '');
      const relevant = ownEntry || facts.length === 0 || nearest.some((n) => n.length >= 2 && clause.replace(/[“”"]/g, '').includes(n));
      // (The entry of the term asked speaks of it whatever its words: 行政运行：反映行政单位…的基本支出.)
      if (clause && relevant && (ownEntry || probes.some((p) => clause.includes(p)))) return { text: clause, span: { start: defStart + offset, end: defStart + offset + clause.length } };
      offset += part.length;
    }
  }
  for (const f of facts) if (f.usage && f.usageSpan && probes.some((p) => f.usage!.includes(p))) return { text: f.usage, span: f.usageSpan };
  return undefined;
}
