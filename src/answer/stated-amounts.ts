import { Decimal } from 'decimal.js';
import { chineseToDecimal } from './numbers-in-text.js';
import { CUES } from './intent-cues.js';

/** A figure a question states (三千万元, 252万, 一万一千四百九十一点六一万, 43人), in the unit the documents state it. */
export interface StatedAmount {
  /** Decimal string; money in 万元 (the unit of every budget explanation), counts as written. */
  value: string;
  /** 万元 for money (also when no unit is written), 人 / 个 / 辆 for counts. */
  unit: '万元' | '人' | '个' | '辆';
  start: number;
  end: number;
  /** "三千多万", "300多万", "好几百万": a range, not a figure — [min, max) in the same unit. */
  approx?: { min: string; max: string };
}

const CN = '[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?';
/**
 * An Arabic number with an optional unit, or a Chinese numeral with a unit written after it (三公 and 一般 are not
 * figures, nor is an approximation like 几百万; 将近两千万 is, about so much; 比去年多三十四万 is, the difference — and a
 * numeral is read whole, never from its middle: 十四万 of 三十四万 is no figure).
 */
const AMOUNT = new RegExp(`(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(亿元|亿|万元|万|元|人|个|辆|名)?|(?<![几数上好零〇一二两三四五六七八九十百千万亿]|(?<![将接])近|(?<!比[^,?;。]{0,12})多)(${CN})(亿元|亿|万元|万|元|人|个|辆|名)`, 'g');
const N_YI = /(超过|超|不止|多于)?([\d.]+|[一二两三四五六七八九十]+)个(多)?亿(多一点|多点|多|出头)?/g;
const SPOKEN_YUAN = /(?<![几数多上好近零〇一二两三四五六七八九十百千])([一二两三四五六七八九十百千]+万[零〇一二两三四五六七八九十百千]+)(?![零〇一二两三四五六七八九十百千万亿元点\d]|个|人|名|辆)/g;
/** "3.67 million yuan" / "1.15 hundred million": money said in English units, to 万元. */
const EN_MILLION = /(?<![\d.])(\d+(?:\.\d+)?)\s*(hundred[- ]million|million|mn\b|m\b)(?:\s*(?:yuan|rmb|cny))?/g;
const TO_WAN: Record<string, string> = { 亿元: '10000', 亿: '10000', 万元: '1', 万: '1', 元: '0.0001', '': '1' };

/**
 * The figures a normalised question states, money converted to 万元 with decimal arithmetic. Years and dates are not
 * figures (2025年, 截至2025年底), nor is a percentage (read separately). Pure.
 */
export function statedAmounts(text: string): StatedAmount[] {
  const out: StatedAmount[] = approximations(text);
  const taken = (i: number) => out.some((a) => i >= a.start && i < a.end);
  // "两个亿" (N亿, said with 个); "超过两个亿": more than it.
  for (const m of text.matchAll(N_YI)) {
    const n = /\d/.test(m[2]!) ? m[2]! : chineseToDecimal(m[2]!);
    if (n === undefined || taken(m.index!)) continue;
    const v = new Decimal(n).times(10000);
    const over = !!m[1];
    // ("一个多亿" / "一个亿多点": a little over, short of the next 亿.)
    const more = !over && !!(m[3] || m[4]);
    const range = over ? { min: v.toFixed(), max: v.times(1000).toFixed() } : more ? { min: v.toFixed(), max: v.plus(10000).toFixed() } : undefined;
    out.push({ value: v.toFixed(), unit: '万元', start: m.index!, end: m.index! + m[0].length, ...(range ? { approx: range } : {}) });
  }
  // ("3.67 million yuan": a million is 100万; a figure with decimals, or said to be about so much, is that figure rounded.)
  for (const m of text.matchAll(EN_MILLION)) {
    // ("what is it in 100 million yuan": the unit asked, not a figure.)
    if (taken(m.index!) || UNIT_ASKED_BEFORE.test(text.slice(0, m.index!))) continue;
    const scale = new Decimal(/hundred/.test(m[2]!) ? 10000 : 100);
    const v = new Decimal(m[1]!).times(scale);
    const places = m[1]!.split('.')[1]?.length ?? 0;
    const roughly = CUES.roughlyBefore.test(text.slice(Math.max(0, m.index! - 14), m.index!));
    const half = places > 0 || roughly ? new Decimal(10).pow(-places).div(2).times(scale) : undefined;
    out.push({ value: v.toFixed(), unit: '万元', start: m.index!, end: m.index! + m[0].length, ...(half ? { approx: { min: v.minus(half).toFixed(), max: v.plus(half).toFixed() } } : {}) });
  }
  // "二百三十五万四千八" with no unit after it: yuan said aloud (2354800元 = 235.48万元).
  for (const m of text.matchAll(SPOKEN_YUAN)) {
    const yuan = chineseToDecimal(m[1]!);
    if (yuan === undefined || taken(m.index!)) continue;
    out.push({ value: new Decimal(yuan).div(10000).toFixed(), unit: '万元', start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(AMOUNT)) {
    const arabic = m[1];
    // 万 or 亿 alone is a unit, not a figure ("in 亿元", "多少亿元").
    if (!arabic && /^[万亿]+$/.test(m[3]!)) continue;
    const numeral = arabic ?? chineseToDecimal(m[3]!);
    const suffix = (arabic ? m[2] : m[4]) ?? '';
    const after = text.slice(m.index! + m[0].length);
    if (taken(m.index!) || numeral === undefined || /^\s*(?:%|年|月|日|号|多|k\b|k-)/i.test(after) || /^0\d/.test(numeral)) continue;
    // ("11491.61 (in 10,000 yuan)", "in units of 10,000 yuan": the unit the figures are in, not a figure.)
    if (numeral === '10000' && /^\s*-?\s*(?:yuan|rmb|元)\b/.test(after) && /(?:\(|\bin|\bof|\bunits?)\s*$/.test(text.slice(0, m.index!))) continue;
    // ("1) total budget 2) 三公 total", "1. Basic expenditure growth? 2. …": the numbers of a list, not figures.)
    if (arabic && !suffix && /^\d{1,2}$/.test(arabic) && (/^[)）]/.test(after) || /^\.(?:\s|$)/.test(after)) && /(?:^|[\s:;,?!。：；，？！])$/.test(text.slice(0, m.index!))) continue;
    // ("2 decimal places", "保留2位小数": how to round, not a figure.)
    if (/^\s*(?:decimal|dp\b|位小数|位)/.test(after)) continue;
    // ("what is it in 100 million yuan": the unit asked, not a figure.)
    if (/^\s*million\b/.test(after) && UNIT_ASKED_BEFORE.test(text.slice(0, m.index!))) continue;
    // ("四个单位", "三个中心", "四个功能分类": how many units or kinds are meant, not a figure claimed.)
    // ("四个数都要", "三公经费四个分项加起来": how many figures are asked for, not a figure claimed.)
    if (suffix === '个' && /^\s*(?:(?:二级|下属|所属)?(?:单位|中心|部门|科室|机构)|功能|分类|类|项|分项|子项|科目|方面|部分|数|问题)/.test(after)) continue;
    if (arabic && !suffix && /^(19|20)\d{2}$/.test(arabic)) continue;
    const count = suffix === '人' || suffix === '名' ? '人' : suffix === '个' ? '个' : suffix === '辆' ? '辆' : undefined;
    // ("275,500 yuan": yuan said in English is 元, not 万元; "231 thousand yuan" is 231000元.)
    const thousand = arabic !== undefined && !suffix && /^\s*thousand\b/.test(after);
    const yuan = arabic !== undefined && !suffix && /^\s*(?:thousand\s+)?(?:yuan|rmb|cny)\b/.test(after) ? '元' : suffix;
    const value = count ? numeral : new Decimal(numeral).times(thousand ? 1000 : 1).times(TO_WAN[yuan] ?? '1').toFixed();
    // ("约为1.15亿元": a figure given in 亿 with decimals, or said to be about so much, is that figure rounded — the range
    // it stands for, half its last place either way.)
    const roughly = CUES.roughlyBefore.test(text.slice(Math.max(0, m.index! - 14), m.index!)) || /^\s*左右/.test(after);
    const yi = /^亿/.test(suffix) && arabic !== undefined && (arabic.includes('.') || roughly);
    // ("大约370万左右", "约2600万": money in 万 said to be about so much — half its last significant place either way.)
    const aboutWan = !yi && !count && roughly && /^(?:万元|万|元|)$/.test(yuan);
    const lastPlace = (n: string) => (n.includes('.') ? new Decimal(10).pow(-n.split('.')[1]!.length) : new Decimal(10).pow(/0*$/.exec(n)![0].length));
    const half = yi ? new Decimal(10).pow(-(arabic!.split('.')[1]?.length ?? 0)).div(2).times(10000) : aboutWan ? lastPlace(numeral).div(2).times(thousand ? 1000 : 1).times(TO_WAN[yuan] ?? '1') : undefined;
    const around = half ? { approx: { min: new Decimal(value).minus(half).toFixed(), max: new Decimal(value).plus(half).toFixed() } } : {};
    out.push({ value, unit: count ?? '万元', start: m.index!, end: m.index! + m[0].length, ...around });
  }
  return joinYiAndWan(text, out.sort((a, b) => a.start - b.start));
}

/**
 * "一个亿一千多万" / "1亿2千万": a figure in 亿 run straight into one in 万 is one figure — their sum (an approximation
 * in the second stays one, moved up by the first).
 */
function joinYiAndWan(text: string, amounts: StatedAmount[]): StatedAmount[] {
  const out: StatedAmount[] = [];
  for (const a of amounts) {
    const last = out[out.length - 1];
    const yi = last && last.unit === '万元' && !last.approx && /亿元?$/.test(text.slice(last.start, last.end));
    const joined = yi && a.unit === '万元' && a.start <= last.end && new Decimal(a.value).lt(10000) && /万元?$/.test(text.slice(a.start, a.end)) && /^(?:亿元?)?$/.test(text.slice(a.start, last.end));
    if (!joined) {
      out.push(a);
      continue;
    }
    const base = new Decimal(last.value);
    out[out.length - 1] = {
      value: base.plus(a.value).toFixed(),
      unit: '万元',
      start: last.start,
      end: a.end,
      ...(a.approx ? { approx: { min: base.plus(a.approx.min).toFixed(), max: base.plus(a.approx.max).toFixed() } } : {}),
    };
  }
  return out;
}

const APPROX = new RegExp(`(?<![\\d.])(\\d+|${CN})多(亿元|亿|万元|万|元|个人|人|名|辆|个)?|(好|上)?几([十百千])(亿元|亿|万元|万|元|个人|人|名|辆|个)?|(?<![\\d.一二两三四五六七八九])([二两三四五六七八九]?)十几(亿元|亿|万元|万|元|个人|人|名|辆|个)?|上([百千])(亿元|亿|万元|万|元|个人|人|名|辆|个|台)?`, 'g');

/** "in 100 million yuan", "into units of 100 million": the unit an answer is asked in comes next, not a figure. */
const UNIT_ASKED_BEFORE = /\b(?:in|into|to)(?:\s+(?:units|terms|multiples)\s+of)?\s*$/;

/** "2000万出头" → [2000, 2100) 万元: a little over, within the next step of its last non-zero place. */
const A_LITTLE_OVER = /(?<![\d.])(\d+)(万|亿)?出头/g;
/** 好几万 / 几万块 / 几亿: a few of a unit of money (not 几万人, nor 多少/好多 asked). */
const A_FEW = /(?<![十百千万\d多少])(好)?几(万|亿)(?:元|块)?(?![人名辆个])/g;

/** "8870万多" → [8870, 8871) 万元; "1亿多" → [10000, 20000) 万元; "1.2亿多" → [12000, 13000): the next step of its last place. */
const UNIT_THEN_MORE = new RegExp(`(?<![\\d.])(\\d+(?:\\.\\d+)?|${CN.replace('万亿', '')})(万|亿)多`, 'g');

/** "三千多万" → [3000, 4000) 万元; "300多万" → [300, 400); "好几百万" → [200, 1000); "几十万" → [10, 100); "十几万" → [10, 20). */
function approximations(said: string): StatedAmount[] {
  // (十来万 is said as 十几万: ten-odd. Same length, so positions stand.)
  const text = said.replace(/十来(?=万|元|个|人|辆)/g, '十几');
  const out: StatedAmount[] = [];
  for (const m of text.matchAll(APPROX)) {
    // ("住了几十年了", "十几岁": a span of time or an age, not a figure.)
    if (/^(?:年|岁|天|个月|月|日|次|遍|倍)/.test(text.slice(m.index! + m[0].length))) continue;
    let min: Decimal;
    let max: Decimal;
    let suffix: string;
    if (m[8] !== undefined) {
      // "上百辆" → [100, 1000): a hundred or more, short of the next order.
      min = new Decimal(m[8] === '百' ? 100 : 1000);
      max = min.times(10);
      suffix = m[9] ?? '';
    } else if (/^[二两三四五六七八九]?十几/.test(m[0])) {
      // "十几万" → [10, 20); "二十几个人" → [20, 30)
      const tens = m[6] ? Number(chineseToDecimal(m[6]) ?? 1) : 1;
      min = new Decimal(tens * 10);
      max = min.plus(10);
      suffix = m[7] ?? '';
    } else if (m[1] !== undefined) {
      // ("一亿多", "一万多", "一亿零七百八十四万多": a numeral ending in 万 or 亿 with no unit after 多 — the whole numeral is
      // yuan, in 万元, and the step is one of its last unit.)
      const unitInside = !m[2] && /^[^\d]+[万亿]$/.test(m[1]) && m[1].length > 1;
      if (unitInside) {
        const yuan = chineseToDecimal(m[1]);
        if (yuan === undefined) continue;
        const lo = new Decimal(yuan).div(10000);
        const step = new Decimal(TO_WAN[m[1].slice(-1)]!);
        out.push({ value: lo.toFixed(), unit: '万元', start: m.index!, end: m.index! + m[0].length, approx: { min: lo.toFixed(), max: lo.plus(step).toFixed() } });
        continue;
      }
      const read = /^\d+$/.test(m[1]) ? m[1] : chineseToDecimal(m[1]);
      if (read === undefined || /^0/.test(read)) continue;
      // ("一亿零七百多万": the 亿 is 10000万 and what follows it is already in 万 — 10700多万, not 100000700万.)
      const yi = /亿/.test(m[1]) && /^万/.test(m[2] ?? '') ? new Decimal(read).div(1e8).floor() : undefined;
      const base = yi ? yi.times(1e4).plus(new Decimal(read).minus(yi.times(1e8))).toFixed() : read;
      const zeros = /0*$/.exec(base)![0].length;
      min = new Decimal(base);
      max = min.plus(new Decimal(10).pow(zeros));
      suffix = m[2] ?? '';
    } else {
      const step = new Decimal({ 十: 10, 百: 100, 千: 1000 }[m[4] as '十' | '百' | '千']);
      min = step.times(m[3] === '好' ? 2 : 1);
      max = step.times(10);
      suffix = m[5] ?? '';
    }
    const count = /人|名/.test(suffix) ? '人' : suffix === '辆' ? '辆' : suffix === '个' ? '个' : undefined;
    const scale = count ? '1' : (TO_WAN[suffix] ?? '1');
    const lo = min.times(scale).toFixed();
    out.push({ value: lo, unit: count ?? '万元', start: m.index!, end: m.index! + m[0].length, approx: { min: lo, max: max.times(scale).toFixed() } });
  }
  // "好几万" → [2万, 10万); "几万块" → [1万, 10万): a few of that unit, short of ten.
  for (const m of text.matchAll(A_FEW)) {
    if (out.some((a) => m.index! < a.end && a.start < m.index! + m[0].length)) continue;
    const unit = new Decimal(TO_WAN[m[2]!] ?? '1');
    const lo = unit.times(m[1] ? 2 : 1).toFixed();
    out.push({ value: lo, unit: '万元', start: m.index!, end: m.index! + m[0].length, approx: { min: lo, max: unit.times(10).toFixed() } });
  }
  for (const m of text.matchAll(A_LITTLE_OVER)) {
    if (out.some((a) => m.index! < a.end && a.start < m.index! + m[0].length)) continue;
    const base = new Decimal(m[1]!);
    const zeros = /0*$/.exec(m[1]!)![0].length;
    const scale = TO_WAN[m[2] ?? ''] ?? '1';
    const lo = base.times(scale);
    const step = new Decimal(10).pow(Math.max(zeros - 1, 0)).times(scale);
    out.push({ value: lo.toFixed(), unit: '万元', start: m.index!, end: m.index! + m[0].length, approx: { min: lo.toFixed(), max: lo.plus(step).toFixed() } });
  }
  for (const m of text.matchAll(UNIT_THEN_MORE)) {
    const base = /^\d+(?:\.\d+)?$/.test(m[1]!) ? m[1]! : chineseToDecimal(m[1]!);
    if (base === undefined || /^0/.test(base) || out.some((a) => m.index! < a.end && a.start < m.index! + m[0].length)) continue;
    const scale = TO_WAN[m[2]!]!;
    const lo = new Decimal(base).times(scale);
    // ("1.2亿多": the step is one of its last place — [1.2亿, 1.3亿).)
    const step = new Decimal(scale).times(new Decimal(10).pow(-(base.split('.')[1]?.length ?? 0)));
    out.push({ value: lo.toFixed(), unit: '万元', start: m.index!, end: m.index! + m[0].length, approx: { min: lo.toFixed(), max: lo.plus(step).toFixed() } });
  }
  return out;
}
