import { CUES, type Intent } from './intent-cues.js';
import { asksSomething } from './question-claims.js';

/** What a clause read on its own is about: enough to tell one question from the next. */
export interface ClauseReading {
  intent: Intent;
  items: string[];
  unit?: number | 'all';
  /** Something budget-like the clause asks for that the document does not disclose (差旅费): a question of its own. */
  notDisclosed?: string;
  /** The year the clause asks about ('current', 'prior' or a year). */
  year?: string | number;
  /** The headcount it asks for (编制, 实有, 聘用). */
  staffKind?: string;
  /** Words of the clause nothing explains (a bare word of a list: 服务 of 货物、服务、工程). */
  residue?: string[];
}

/**
 * Several questions in one turn ("今年一共预算了多少钱，里面三公经费有多少，还有公务接待费是不是比去年少了？"): the
 * clauses that each ask about an item of their own, in order. A clause that asks nothing and names nothing (你好, 我是
 * 渝中的居民) is left out; one that names an item without asking ("公务用车，截至2025年底共有几辆？") opens the next
 * part; one that asks without naming anything new (为什么增加了) stays with the part before it. Undefined when the
 * turn asks about one thing, however many clauses it has. Pure.
 */

/** The measure a clause asks for — a share, a rate of change, which items moved — read from its own words alone. */
function measureOf(clause: string): Intent | undefined {
  if (CUES.shareExplicit.test(clause)) return 'share';
  if (CUES.changeWhich.test(clause) && !CUES.reason.test(clause)) return 'ranking';
  return CUES.growth.test(clause) ? 'growth' : undefined;
}

export function questionParts(text: string, read: (clause: string) => ClauseReading): string[] | undefined {
  // ("…就想晓得钱用到哪里去了。第一个，今年三公经费好多？还有…": what comes before the first of an enumeration is its
  // preamble, not a question.)
  // (A numbered list — 一、…二、… / 1) … 2) … — is read item by item: each numbered item is one clause, its own commas
  // kept, and each is asked, question word or not.)
  const numbered = numberedItems(text);
  const all = numbered ?? clausesOf(text);
  const first = all.findIndex((c) => /^(?:第一(?:个|点|条|项)?|首先|一是|其一)(?:[,:]|$)/.test(c));
  const clauses = first > 0 && all.length - first >= 3 ? all.slice(first) : all;
  if (clauses.length < 2) return undefined;
  const parts: Array<{ text: string; about: string; intent?: Intent; year?: string | number }> = [];
  let opening = { text: '', about: '' };
  // ("实有人数合计、聘用人员合计、现有车辆数，三个数给我": a closing request for the figures listed asks each clause before it.)
  // ("Three things: total budget, project spending, and number of vehicles to be bought?": so does an opening that says
  // several things are asked.)
  const askedAll = (clauses.length >= 3 && CUES.askForListed.test(clauses[clauses.length - 1]!)) || CUES.listIntro.test(clauses[0]!) || !!numbered;
  for (const clause of clauses) {
    // ("去年三公经费实际执行了多少，不是预算哈": what is not meant narrows the question before it.)
    if (parts.length && CUES.notThis.test(clause)) {
      parts[parts.length - 1]!.text += clause;
      continue;
    }
    const r = read(clause);
    // A request for the contact is a question of its own (联系人是谁？另外机关运行经费今年多少？).
    // What the clause asks about: something undisclosed it names (外宾接待费 inside 公务接待费), the items, or the contact.
    // ("今年买几台车，买车钱好多": a count of vehicles is its own question, whatever purchase word it says.)
    const own = r.notDisclosed
      ? `?${r.notDisclosed}`
      : r.intent === 'vehicles' && /几辆|多少辆|几台|多少台|how many/.test(clause)
        ? 'vehicles'
      : r.items.length
        ? `${[...r.items].sort().join('+')}@${r.unit ?? ''}`
        : r.intent === 'contact'
          ? 'contact'
          : r.intent === 'vehicles' && /几辆|多少辆|几台|多少台|how many/.test(clause)
            ? 'vehicles'
          : r.intent === 'staffing' && (r.unit !== undefined || r.staffKind)
            ? `staffing@${r.unit ?? ''}:${r.staffKind ?? ''}`
            : r.intent === 'duties' && r.unit !== undefined
              ? `duties@${r.unit}`
            // ("它是什么级别" asks of the department; "总收入为啥多了，钱从哪来的" asks of the money just named.)
            : r.intent === 'units' && (r.unit !== undefined || !CUES.moneyNoun.test(clause))
              ? `units@${r.unit ?? ''}`
            : CUES.hasAny.test(clause) || CUES.insideAsked.test(clause)
              ? 'listing'
              // ("…综上所述，到底是节约还是浪费？": a judgement asked is a question of its own, which the document does not make.)
              : CUES.judgement.test(clause)
                ? 'judgement'
                : '';
    // ("一、社会保障和就业支出；二、卫生健康支出；三、住房保障支出；四、三项合计": a sum naming nothing of its own after
    // the parts it counts is a question of its own — over them all.)
    if (numbered && !own && parts.length >= 2 && CUES.sum.test(clause) && !r.items.length) {
      parts.push({ text: parts.map((p) => p.text).join('') + opening.text + clause, about: 'sum#all', intent: 'sum' });
      opening = { text: '', about: '' };
      continue;
    }
    // ("请核实：一般公共服务、社会保障和就业、…四项支出合计": an item named bare at the head of a list, after a word
    // asking to check, is the first of the list, not a question of its own.)
    const bare = clause.replace(CUES.checkPreamble, '');
    if (bare !== clause && /^[\u4e00-\u9fff]{1,8},$/.test(bare) && r.items.length) {
      opening = { text: opening.text + clause, about: opening.about || own };
      continue;
    }
    // ("基本支出多少，项目支出多少，加起来对得上总数不" / "四项加总是多少？和支出预算总数对得上吗？": what the clauses
    // before it named, added and set against a whole, is the turn's one question.)
    if (parts.length && (CUES.sum.test(clause) || CUES.sum.test(parts.at(-1)!.text)) && CUES.equalsWhole.test(clause) && r.items.length <= 1) return undefined;
    // ("电话号码也给我": a request for the contact asks, with or without a question word.)
    // ("下面不是有好几个单位嘛" sets the scene: a rhetorical question asks nothing.)
    if ((!(asksSomething(clause) || (askedAll && own)) || CUES.rhetorical.test(clause)) && r.intent !== 'contact') {
      // (A bare word of a list — "货物、服务、工程三项各多少" — belongs to the clause it is listed in, though it names
      // nothing read alone.)
      // (Nor is how to give the figures — 百分比保留一位小数就行, 换成亿元 — dropped: it goes with the question it follows.)
      if (own || (/^[\u4e00-\u9fff]{1,4},$/.test(clause) && r.residue?.length)) opening = { text: opening.text + clause, about: opening.about || own };
      else if (parts.length && (CUES.roundTo.test(clause) || CUES.convertUnit.test(clause))) parts[parts.length - 1]!.text += clause;
      continue;
    }
    const last = parts[parts.length - 1];
    // ("因公出国去几个国家 几个人去": people counted after an undisclosed thing, with no unit and no kind of post named,
    // are counted of that thing — not the units' headcounts.)
    if (last?.about.startsWith('?') && r.intent === 'staffing' && r.unit === undefined && !CUES.staffKindNamed.test(clause)) {
      last.text += opening.text + clause;
      opening = { text: '', about: '' };
      continue;
    }
    // ("基本养老保险缴费支出是多少？占社保支出多少？": a share with no part of its own named is the share of what the clause
    // before asked — read with it, whatever whole it names.)
    if (last?.about.startsWith('?') && /^(?:那|那么|and )?(?:它|其|这个|that|it)?\s*(?:占|is what share|what share)/.test(clause)) {
      last.text += opening.text + clause;
      opening = { text: '', about: '' };
      continue;
    }
    // ("How many authorized posts and how many actual staff does the Office Affairs Service Center have?": the unit
    // named once, at the end, is the unit of the headcounts before it too — one question, not posts over all units.)
    if (last?.about.startsWith('staffing@:') && !opening.text && r.intent === 'staffing' && typeof r.unit === 'number') {
      last.text += clause;
      last.about = own;
      continue;
    }
    // ("接待费减少的原因？是不是在压减三公": a guess at the reason just asked is that question's, not a claim of its own.)
    if (last?.intent === 'reason' && CUES.reasonGuess.test(clause)) {
      last.text += opening.text + clause;
      opening = { text: '', about: '' };
      continue;
    }
    // "三公经费的增长率是多少？占总支出的比例呢？": another measure of the same item is a question of its own.
    // ("两项合起来多少，比去年一共多了多少？": the change of a sum just asked is a question of its own.)
    // ("准备买几辆？平均一辆多少？": money per vehicle after a count of vehicles is an amount of its own.)
    // (The item named again — not an undisclosed thing, whose figure no measure gives.)
    const sameItem = own === last?.about && !own.startsWith('?');
    const asked = measureOf(clause)
      ?? (last?.intent === 'sum' && !own && CUES.change.test(clause) ? 'change' : undefined)
      ?? (last?.intent === 'vehicles' && CUES.perVehicle.test(clause) ? 'amount' : undefined)
      // ("机关运行经费主要用在哪些方面？比上年变化了多少？": a figure asked after what the item is for.)
      ?? (['usage', 'definition', 'duties'].includes(last?.intent ?? '') && (!own || sameItem) && CUES.change.test(clause) ? 'change' : undefined)
      // ("what does the document mean by 'basic expenditure', and how much is it for 2026?": its figure after what it is.)
      // ("什么叫项目支出？今年项目支出多少？": so is the figure of the item named again.)
      ?? (last?.intent === 'definition' && (!own || sameItem) && CUES.asksAmount.test(clause) ? 'amount' : undefined);
    // ("三公经费里哪一项最大？占三公总数的比例？": so is another measure of the item the clause names again.)
    const measure = (!own || own === last?.about) && last && asked && last.intent !== asked ? `${last.about}#${asked}` : '';
    // "三项加起来多少？去年这三项加起来又是多少？": the same question of another year is a question of its own.
    const otherYear = last && r.year !== undefined && last.year !== undefined && r.year !== last.year && (!own || own === last.about) ? `${last.about}@@${String(r.year)}` : '';
    // ("占总支出百分之几？换成亿元是多少": a rate has no unit to convert — the conversion asks the figure again, its own part.)
    if (!own && last && ['share', 'growth'].includes(last.intent ?? '') && CUES.convertUnit.test(clause)) {
      parts.push({ text: opening.text + clause, about: `${last.about}#convert`, intent: 'amount' });
      opening = { text: '', about: '' };
      continue;
    }
    const about = otherYear || (own && own !== last?.about ? own : '') || measure || own || opening.about;
    if (!about || (['clarify', 'out_of_scope'].includes(r.intent) && !r.notDisclosed && !otherYear && !measure) || last?.about === about) {
      if (last) last.text += opening.text + clause;
      else opening = { text: opening.text + clause, about: opening.about };
      opening = last ? { text: '', about: '' } : opening;
      continue;
    }
    parts.push({ text: opening.text + clause, about, intent: measureOf(clause) ?? r.intent, ...(r.year !== undefined ? { year: r.year } : {}) });
    opening = { text: '', about: '' };
  }
  if (opening.text && parts.length) parts[parts.length - 1]!.text += opening.text;
  if (parts.length < 2) return undefined;
  // ("请问2025年：一、公务接待费多少？二、…" / "请问本级：一、行政编制几人？二、…": what stands before the colon is said of
  // every part — the year or the unit of the list — not of the first alone.)
  const preamble = /^([^:：?？,，;；]{1,20})[:：]/.exec(text)?.[1];
  // (Only a year or a unit: 老板要我做个表： says nothing of the parts.)
  const said = preamble && parts[0]!.text.startsWith(preamble) && !asksSomething(preamble) ? read(preamble) : undefined;
  const shared = said && said.items.length === 0 && (said.unit !== undefined || (said.year !== undefined && said.year !== 'current')) ? `${preamble}:` : '';
  return parts.map((p, i) => (i > 0 && shared && !p.text.startsWith(preamble!) ? shared + p.text : p.text));
}

/** The marker of a numbered item (一、 / 二, / 1) / 2. / （3）) where it opens an item: at the start or after a break. */
const ITEM_MARKER = /(?<=^|[\s:：;；,，。?？!！])\s*(?:[一二三四五六七八九十]{1,2}[、,.]|\d{1,2}[、,.)）]|[(（]\d{1,2}[)）])(?=\s*\D)/g;

/**
 * The items of a turn that numbers its questions (一、…二、… / 1) … 2) …), each item with the text before the first (its
 * preamble) kept on it — undefined unless the turn numbers two items or more, from one, in order.
 */
function numberedItems(text: string): string[] | undefined {
  const marks = [...text.matchAll(ITEM_MARKER)];
  const numberOf = (m: string) => {
    const t = m.replace(/[\s、,.)）(（]/g, '');
    return /^\d+$/.test(t) ? Number(t) : '一二三四五六七八九十'.indexOf(t) + 1;
  };
  if (marks.length < 2 || !marks.every((m, i) => numberOf(m[0]) === i + 1)) return undefined;
  const items = marks.map((m, i) => text.slice(m.index! + m[0].length, marks[i + 1]?.index ?? text.length).trim()).filter((x) => x.length > 0);
  const preamble = text.slice(0, marks[0]!.index!).trim();
  if (items.length < 2) return undefined;
  return [preamble + items[0]!, ...items.slice(1)];
}

/**
 * A request for the contact beside a question of another kind ("数字化中心几个编制？电话多少？"), when the turn as a
 * whole reads as one of them: the other question first, then the contact clause(s), in the turn's order. Undefined
 * when no clause asks for the contact, or nothing else is asked. Pure.
 */
export function contactApart(text: string, read: (clause: string) => ClauseReading): string[] | undefined {
  const clauses = clausesOf(text);
  if (clauses.length < 2) return undefined;
  // (A request for the contact asks with or without a question word: 顺便把联系电话给我。)
  const contact = clauses.map((c) => read(c).intent === 'contact');
  const rest = clauses.filter((_, i) => !contact[i]).join('');
  // ("Give me the contact person and the total three public expenses": one request asks for both.)
  // ("total budget and who to contact?": an item named beside the request for the contact is asked too.)
  const r = rest ? read(rest) : undefined;
  if (!contact.some(Boolean) || !rest || !r || !(asksSomething(rest) || asksSomething(clauses[0]!) || r.items.length > 0)) return undefined;
  if (['contact', 'clarify', 'out_of_scope'].includes(r.intent)) return undefined;
  // ("I have a question about this budget; which phone number should I call?": a topic announced, not asked.)
  if (CUES.questionAbout.test(rest)) return undefined;
  const first = contact.indexOf(true);
  const asked = clauses.filter((_, i) => contact[i]).join('');
  return clauses.slice(0, first).some((_, i) => !contact[i]) ? [rest, asked] : [asked, rest];
}

/**
 * The clauses of a turn, split after its punctuation, before an English "and" that asks again, before 另外/顺便, and
 * after a question word that ends a question run on into the next (三公经费多少公务接待费多少: typed with no
 * punctuation); empty ones left out.
 */
function clausesOf(text: string): string[] {
  // (An English list — "what do social security, health and housing add up to" — goes on after its commas.)
  return splitClauses(text).reduce<string[]>((out, c) => {
    const last = out[out.length - 1];
    if (last && /[a-z],$/.test(last) && /^[a-z]/.test(c) && !/^(?:and|or|but|also|plus|then|what|how|which|who|why|when|where|is|are|was|were|does|do|did|can|could|will|would|should|please|tell|give|show)\b/.test(c)) out[out.length - 1] = last + c;
    else out.push(c);
    return out;
  }, []);
}

function splitClauses(text: string): string[] {
  // (The numbers of a list — "一、政府采购总额；二、货物…" — are no clauses of their own.)
  return text.replace(ITEM_MARKER, '').split(/(?<=[,;?!。，；？！])|\s(?=and (?:how|what|who|why|when|which|where|is|are|does|did|do)\b)|\s(?=and (?:the |a |your |its )?(?:contact|phone|telephone|hotline)\b)|(?<=\b(?:contact(?: person)?|phone(?: number)?|telephone(?: number)?))\s(?=and\b)|(?<=[哪谁么吗呢少几个多子啥\s])(?=另外|顺便|再问|还有(?!多少|好多|几|没有|没得))|(?<=[\u4e00-\u9fff])(?=顺便问|顺带问|另外问|再问一下|再问下)|(?<=多少|好多|几多|是谁|吗|呢)\s?\+\s?(?=[\u4e00-\u9fff])|(?<=多少|好多|是谁|是哪个|几个|几辆)(?!钱|万|元|个|人|倍|辆|年|次|比|呢|吗|啊|嘛|哦|了|的|单位|科室|项|中心|批|号|部|家|位|国|地方|月|季度|城市|区|[,?!.。，？！\s]|$)(?=[\u4e00-\u9fff][^,?!.。，？！]*(?:多少|好多|几|是谁|是哪个|吗|呢))/).map((c) => c.trim()).filter((c) => c.replace(/[,;?!。，；？！\s]/g, '').length > 0);
}
