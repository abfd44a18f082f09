import { sayVerdict } from './verdict.js';
import { ALIASES } from '../alias-data.js';
import { CUES } from '../intent-cues.js';
import { hanBigrams, longestCommonRun } from '../text-match.js';
import { withinOneEdit } from '../fuzzy.js';
import { normalizeQuestion } from '../question-text.js';
import { passageScore, shortenedScore, topicScore, topicTerms } from './search-text.js';
import { listedUses, onlyGeneric, usesNaming } from '../projects.js';
import { documentHeadings } from '../document-headings.js';
import { isShortNameOf, unitNames } from '../unit-names.js';
import { unique } from '../unique.js';
import { contactLine, itemName, resolveFacts, type DocContext, type Handler, type HandlerInput } from './context.js';

const fold = (s: string) => normalizeQuestion(s).replace(/["“”()（）\s]/g, '');

/** Glossary terms folded once per entry (an entry belongs to one loaded document). */
const FOLDED_TERMS = new WeakMap<object, string>();
const foldedTerm = (entry: { term: string }) => {
  let t = FOLDED_TERMS.get(entry);
  if (t === undefined) FOLDED_TERMS.set(entry, (t = fold(entry.term)));
  return t;
};


/** A window of `p` equal to `term` but for one character (项木支出 → 项目支出). */
function oneSubstitutionInside(p: string, term: string): boolean {
  return withinOneEdit(p, term, () => true) !== undefined;
}

/** The glossary entry a question is about: by the question's words and the names of the items it named. */
export function findGlossaryEntry(input: HandlerInput) {
  const { u, ctx } = input;
  const probes = [fold(u.text), ...u.items.map((k) => fold(itemName(ctx, k, 'zh')))];
  let best: { score: number; entry: DocContext['glossary'][number] } | undefined;
  for (const entry of ctx.glossary) {
    const term = foldedTerm(entry);
    const score = Math.max(
      ...probes.map((p) => {
        if (p.includes(term)) return 1.01;
        if (term.length >= 4 && oneSubstitutionInside(p, term)) return 0.95;
        const run = longestCommonRun(p, term);
        return run >= 6 ? Math.max(0.6, run / term.length) : run / term.length;
      }),
    );
    if (score >= 0.6 && (!best || score > best.score || (score === best.score && entry.term.length > best.entry.term.length))) best = { score, entry };
  }
  return best?.entry;
}

/** The full stop a sentence ending in a quotation needs, unless the quoted text ends a sentence itself. */
const end = (quoted: string, stop: string) => (/[。！？.!?]$/.test(quoted.trim()) ? '' : stop);

/** The words a claimed meaning gives (三个公司 of 三公就是三个公司的意思吧), the term's own name left out. */
function claimedMeaning(text: string, term: string): string {
  const m = /(?:就是指|是指|就是|是|指)([^,?]{1,14}?)(?:的意思)?(?:吧|吗|嘛|么|对吧|是吧|对吗|对不对)/.exec(text);
  return (m?.[1] ?? '').replace(term, '');
}

/** Whether two texts share a pair of Chinese characters. */
const sharesWords = (a: string, b: string) => [...hanBigrams(a)].some((p) => b.includes(p));

export const definitionHandler: Handler = (input) => {
  const { b } = input;
  if (input.u.countListed === 'glossary') return glossaryCount(input);
  if (input.u.documentParts) return documentParts(input);
  const entry = findGlossaryEntry(input);
  // ("行政运行科目的金额是多少": an amount asked of a term the glossary explains and no figure states — not disclosed,
  // with what the term means.)
  const amountAsked = entry && CUES.asksAmount.test(input.u.text) && /金额|多少钱|是多少|有多少|好多钱|how much|amount/.test(input.u.text);
  if (entry && amountAsked && !input.u.items.length) {
    const quoted = b.quote(entry.definition, { start: entry.span.end - entry.definition.length, end: entry.span.end });
    b.say(`文件没有单列${entry.term}的金额；专业性名词解释中，${entry.term}：${quoted}${end(entry.definition, '。')}`, `The document gives no amount for ${entry.term}; its glossary says: ${quoted}${end(entry.definition, '.')}`);
    contactLine(b);
    return 'not_found';
  }
  if (entry) {
    const def = entry.definition.replace(/^(指|是指)/, '');
    // ("财政拨款收入只包括一般公共预算财政拨款，对吗": a claim that a term holds only some of what its entry lists, judged.)
    // ("三公就是三个公司的意思吧": a meaning claimed that shares no two characters with the entry is not it.)
    const only = onlyIncludes(input.u.text, def) ?? (CUES.meaningClaimed.test(input.u.text) && !sharesWords(claimedMeaning(input.u.text, entry.term), def) ? 'no' : undefined);
    if (only) sayVerdict(b, only);
    // ("does the hospitality money also cover foreign guests": what is asked to be included, named by the entry.)
    const included = only ? undefined : includedNamed(input.u.text, def, entry.term);
    if (included?.excluded) b.say(`不包括${included.zh}。`, `No, it does not include ${included.said}. `);
    else if (included) b.say(`是的，包括${included.zh}。`, `Yes, it includes ${included.said}. `);
    const quoted = b.quote(entry.definition, { start: entry.span.end - entry.definition.length, end: entry.span.end });
    if (only) b.say(`的专业性名词解释写明，${entry.term}：${quoted}${end(entry.definition, '。')}`, `its glossary defines ${entry.term} as: ${quoted}${end(entry.definition, '.')}`);
    else b.say(`根据文件的专业性名词解释，${entry.term}：${quoted}${end(entry.definition, '。')}`, `The document's glossary defines ${entry.term} as: ${quoted}${end(entry.definition, '.')}`);
    // ("What are basic and project expenditure?": every item named whose name the glossary explains, not the first only.)
    const others = only || included ? [] : unique(input.u.items.flatMap((k) => input.ctx.glossary.filter((e) => e !== entry && foldedTerm(e) === fold(itemName(input.ctx, k, 'zh')))));
    for (const e of others) {
      const q = b.quote(e.definition, { start: e.span.end - e.definition.length, end: e.span.end });
      b.say(`${e.term}：${q}${end(e.definition, '。')}`, `It defines ${e.term} as: ${q}${end(e.definition, '.')}`);
    }
    if (def.length === 0) return 'not_found';
    return 'answered';
  }
  if (input.retrieved[0]?.kind === 'passage') input.b.say('文件的专业性名词解释中没有这一项。', 'The glossary of the document has no entry for this.');
  return passageAnswer(input, '文件中没有找到这个名词的解释。', 'The document has no definition of that term.');
};

/**
 * "X只包括A，对吗": whether A is all the glossary entry lists after 包括 (its parts split at 和、及、以及 and the
 * enumeration comma) — 'no' when it lists a part the claim leaves out; undefined when nothing of the kind is claimed.
 */
function onlyIncludes(question: string, definition: string): 'yes' | 'no' | undefined {
  const claimed = /只(?:包括|包含|含有?)([^?,]{1,30})/.exec(question)?.[1];
  const listed = /包括([^。；;]+)/.exec(definition)?.[1];
  if (!claimed || !listed) return undefined;
  const parts = listed.replace(/等$/, '').split(/和|及|以及|、|，|,/).map((p) => p.trim()).filter((p) => p.length >= 2);
  if (parts.length === 0) return undefined;
  return parts.every((p) => claimed.includes(p)) ? 'yes' : 'no';
}

/** Words asking whether something is included (包不包括, 含不含, does … cover). */
const ASKS_INCLUDED = /包不包括|包不包含|含不含|是否包括|是否包含|包括[^,?]{1,12}吗|包含[^,?]{1,12}吗|\binclude|\bcover/;

/**
 * "公务用车购置费包不包括购置税" / "does the hospitality money also cover foreign guests": the thing asked to be included
 * when the entry names it (购置税 in 「…（含车辆购置税）」), in the question's own words and in Chinese.
 */
function includedNamed(question: string, definition: string, term: string): { said: string; zh: string; excluded: boolean } | undefined {
  if (!ASKS_INCLUDED.test(question)) return undefined;
  // (Named in a clause that leaves it out — 「不包括…后勤服务中心、医务室等附属事业单位」 — it is not included.)
  const found = (said: string, zh: string) => {
    const at = definition.indexOf(zh);
    const clause = definition.slice(definition.slice(0, at).search(/[^，。；,;]*$/), at);
    return { said, zh, excluded: /不包括|不包含|不含|除外|以外/.test(clause) };
  };
  for (const [en, zh] of Object.entries(ALIASES.termTranslations ?? {})) {
    if (!en.startsWith('$') && /^[a-z]/.test(en) && new RegExp(`\\b${en}\\b`).test(question) && definition.includes(zh) && !term.includes(zh)) return found(en, zh);
  }
  const asked = /(?:包不包括|包不包含|含不含|是否包括|是否包含|包括|包含|含)([\u4e00-\u9fff]{2,10})/.exec(question)?.[1];
  for (let n = asked?.length ?? 0; n >= 2; n--) {
    const w = asked!.slice(0, n).replace(/[吗呢吧嘛]$/, '');
    if (w.length >= 2 && definition.includes(w) && !term.includes(w)) return found(w, w);
  }
  return undefined;
}

/** Entries of a list the document states, each cited, counted by the engine (the count is said with what it counts). */
function countCited(b: HandlerInput['b'], spans: ReadonlyArray<{ start: number; end: number }>, what: string): string {
  spans.forEach((s) => b.cite(s));
  return b.count(spans.length, what);
}

/** "这份说明分成了哪几个部分": the document's numbered top-level headings, counted and quoted. */
function documentParts({ ctx, b }: HandlerInput): 'answered' | 'not_found' {
  const headings = documentHeadings(ctx.doc.text);
  if (headings.length < 2) {
    b.say('文件没有按编号分部分的标题。', 'The document has no numbered parts.');
    contactLine(b);
    return 'not_found';
  }
  const n = countCited(b, headings.map((h) => h.span), 'numbered top-level headings');
  const quoted = headings.map((h) => b.quote(h.text, h.span));
  b.say(`文件正文按编号分为${n}个部分：${quoted.join('；')}。`, `The document is organised in ${n} numbered parts: ${quoted.join('; ')}.`);
  return 'answered';
}

/** "名词解释一共解释了几个名词": the glossary's own entries counted (a term defined inside another is not one), and named. */
function glossaryCount({ ctx, b }: HandlerInput): 'answered' | 'not_found' {
  const entries = ctx.glossary.filter((e) => !e.parent);
  if (entries.length === 0) {
    b.say('文件没有专业性名词解释。', 'The document has no glossary.');
    contactLine(b);
    return 'not_found';
  }
  const n = countCited(b, entries.map((e) => e.span), 'glossary entries');
  const terms = entries.map((e) => e.term).join(b.t('、', ', '));
  b.say(`文件的专业性名词解释共解释了${n}个名词：${terms}。`, `The document's glossary explains ${n} terms: ${terms}.`);
  return 'answered';
}

/** "项目支出重点工作一共列了多少项": the entries of an item's stated list of uses counted (the list itself is cited). */
function listedUsesCount({ u, ctx, b }: HandlerInput): 'answered' | 'not_found' | undefined {
  const keys = new Set(resolveFacts(ctx, u.items).facts.map((f) => f.key));
  const uses = listedUses(ctx).filter((x) => keys.has(x.key));
  if (uses.length === 0) return undefined;
  const owner = ctx.facts.get(uses[0]!.key)!;
  const name = itemName(ctx, owner, b.lang);
  const n = countCited(b, uses.map((x) => x.span), `listed uses of ${owner.key}`);
  const quoted = uses.map((x) => b.quote(x.text, x.span));
  b.say(
    `文件在${name}（${b.doc.year}年${b.fact(owner)}）的主要用途中列出了${n}项：${quoted.join('；')}。文件没有单列各项的金额。`,
    `The document lists ${n} entries among the uses of ${name} (${b.fact(owner)} in ${b.doc.year}): ${quoted.join('; ')}. It gives no separate amount for each.`,
  );
  return 'answered';
}

/** Answer with the best retrieved passage, trimmed, quoted and cited — or not_found with the contact. */
function passageAnswer({ b, retrieved }: HandlerInput, noneZh: string, noneEn: string) {
  const hit = retrieved[0];
  if (hit?.kind === 'glossary' && hit.term) {
    b.say(`根据文件的专业性名词解释，${hit.term}：${b.quote(hit.text, hit.span)}${end(hit.text, '。')}`, `The document's glossary defines ${hit.term} as: ${b.quote(hit.text, hit.span)}${end(hit.text, '.')}`);
    return 'answered' as const;
  }
  if (hit) {
    b.say(`文件中相关的内容是：${b.quote(hit.text, hit.span)}${end(hit.text, '。')}`, `The document says: ${b.quote(hit.text, hit.span)}${end(hit.text, '.')}`);
    return 'answered' as const;
  }
  b.say(noneZh, noneEn);
  contactLine(b);
  return 'not_found' as const;
}

/** The words that ask for duties (data/cues/texts.json dutyAskingWords), every one of them blanked. */
const DUTY_ASKING_WORDS = new RegExp(CUES.dutyAskingWords.source, 'g');

export const dutiesHandler: Handler = (input) => {
  const { u, ctx, b } = input;
  const duties = ctx.passages.filter((p) => p.headingPath.some((h) => /职能|职责/.test(h)));
  if (duties.length === 0) return passageAnswer(input, '文件中没有找到职能职责的说明。', 'The document does not describe its functions.');
  // The topic is what is left once the unit's name and the asking words are gone (管不管小额贷款公司 → 小额贷款公司).
  // (具体 names no topic: 机关事务服务中心具体做什么 asks all its duties.)
  // (An English question's translated words — mayor's hotline → 区长公开电话 — are its topic in the document's words.)
  // (Not words of a unit's name — service center → 服务中心 — which name who, not what.)
  const unitWords = unitNames(ctx.doc.subUnits).flatMap((x) => x.names);
  const topicWords = (u.topicText?.match(/[\u4e00-\u9fff]{2,}/g) ?? []).filter((w) => !unitWords.some((n) => n.includes(w))).join(' ');
  // (…and only those: the English words themselves stand in no passage of a Chinese document.)
  let rest = (u.lang === 'en' && topicWords ? topicWords : `${u.text} ${topicWords}`).replace(DUTY_ASKING_WORDS, ' ');
  for (const n of unitNames(ctx.doc.subUnits).flatMap((x) => x.names).sort((a, c) => c.length - a.length)) rest = rest.split(n).join(' ');
  // ("政务中心负责什么": nor the asked unit's name shortened.)
  const askedNames = unitNames(ctx.doc.subUnits).find((x) => x.index === u.unit)?.names ?? [];
  rest = rest.replace(/[\u4e00-\u9fff]{3,}/g, (w) => (askedNames.some((n) => isShortNameOf(w, n)) ? ' ' : w));
  const terms = topicTerms(rest);
  if (terms.length > 0) {
    const pool = typeof u.unit === 'number' ? duties.filter((p) => (p.headingPath[2] ?? '').replace(/\s/g, '').startsWith(`${u.unit}.`)) : duties;
    const bestOf = (passages: typeof duties) =>
      passages
        // (A term said shortened — 公车 of 公务用车 — counts toward finding a passage, and decides only between passages
        // that hold as many terms as they are.)
        .map((p) => ({ p, score: passageScore(p, terms), shortened: shortenedScore(p, terms) }))
        .filter((x) => x.score + x.shortened >= Math.min(2, terms.length))
        .sort((a, c) => c.score - a.score || c.shortened - a.shortened)[0];
    const headOf = (p: (typeof duties)[number]) => p.headingPath[2]?.replace(/^\d+\s*[.、]\s*/, '') ?? ctx.doc.department;
    const best = bestOf(pool.length ? pool : duties);
    if (best) {
      const unitHead = headOf(best.p);
      // (The unit found is what a follow-up's 它 means: 它的事业编制是多少人.)
      const index = Number(/^(\d+)\s*[.、]/.exec((best.p.headingPath[2] ?? '').replace(/\s/g, ''))?.[1]);
      if (ctx.doc.subUnits.some((x) => x.index === index)) b.about(index);
      b.say(`根据文件列出的职能职责，这项工作属于${unitHead}：${b.quote(best.p.text, best.p.span)}`, `According to the listed functions, this belongs to ${unitHead}: ${b.quote(best.p.text, best.p.span)}`);
      return 'answered';
    }
    // ("政务服务中心管不管机关食堂": not among the duties of the unit asked — another unit's, said so.)
    const elsewhere = pool.length && pool.length < duties.length ? bestOf(duties) : undefined;
    const asked = ctx.doc.subUnits.find((x) => x.index === u.unit)?.name;
    if (elsewhere && asked) {
      b.say(
        `根据文件列出的职能职责，这项工作不在${asked}的职责中，属于${headOf(elsewhere.p)}：${b.quote(elsewhere.p.text, elsewhere.p.span)}`,
        `According to the listed functions, this is not among the duties of ${asked}; it belongs to ${headOf(elsewhere.p)}: ${b.quote(elsewhere.p.text, elsewhere.p.span)}`,
      );
      return 'answered';
    }
    // ("我们小区广场舞音响太吵了，哪个管？": whose job something is that no listed duty holds — not this office's list.)
    if (u.unit === undefined && CUES.duties.test(u.text) && CUES.whoseJob.test(u.text)) {
      b.say('文件列出的职能职责中没有这项工作，无法从本文件判断由哪个单位负责。', 'None of the functions the document lists covers that, so the document does not say who handles it.');
      contactLine(b);
      return 'not_found';
    }
  }
  const names = unitNames(ctx.doc.subUnits);
  const index = typeof u.unit === 'number' ? u.unit : ctx.doc.subUnits.length ? 1 : undefined;
  const unitName = ctx.doc.subUnits.find((x) => x.index === index)?.name ?? ctx.doc.department;
  const short = names.find((n) => n.index === index)?.names ?? [];
  const own = duties.filter((p) => {
    const head = p.headingPath[2];
    if (!head) return true;
    const h = normalizeQuestion(head);
    return h.startsWith(`${index}.`) || short.some((n) => h.includes(n));
  });
  const list = (own.length ? own : duties).slice(0, 8);
  b.say(`${unitName}的主要职能职责包括：`, `The main functions of ${unitName} include:`);
  for (const p of list) b.say(`\n${b.quote(p.text, p.span)}`);
  if ((own.length ? own : duties).length > list.length) b.say('\n等（详见文件第一部分）。', '\n… (see part one of the document).');
  return 'answered';
};

/**
 * A project the document lists (有没有X项目 / X是干什么的): listed among the uses of an item, with no separate amount and
 * no further description — said so, with the listing cited.
 */
function listedUseAnswer({ u, ctx, b }: HandlerInput): 'answered' | 'not_found' {
  const uses = u.listedUses!;
  const owner = ctx.facts.get(uses[0]!.key);
  const name = owner ? itemName(ctx, owner, b.lang) : b.t('支出', 'spending');
  if (u.countedInUse) {
    // The count as the document writes it, in the quoted entries, and in figures: a count read from the cited words.
    const c = u.countedInUse;
    b.cite(c.span);
    const n = b.count(Number(c.value), `${c.words}${c.noun}, as written at ${c.span.start}–${c.span.end}`);
    b.say(
      `文件在${b.doc.year}年${name}${owner ? `（${b.fact(owner)}）` : ''}的主要用途中写的是${uses.map((x) => b.quote(x.text, x.span)).join('、')}，即${n}${c.words.slice(-1)}${c.noun}；文件没有列出具体是哪些，也没有单列这些项目的金额。`,
      `Among the uses of ${name}${owner ? ` (${b.fact(owner)})` : ''} in ${b.doc.year} the document lists ${uses.map((x) => b.quote(x.text, x.span)).join(', ')}: ${n} (${c.words}${c.noun}). It does not say which they are, nor give these projects an amount.`,
    );
    return 'answered';
  }
  const asksWhether = CUES.hasAny.test(u.text) || /有没有|有没得|有木有|有吗|is there|are there|any /.test(u.text);
  b.say(asksWhether ? b.t('有。', 'Yes. ') : '');
  // ("六个办公区域相关的项目有几项": the entries found, counted — a count of cited listings.)
  if (uses.length > 1 && CUES.countAsked.test(u.text)) {
    const n = countCited(b, uses.map((x) => x.span), 'listed uses named');
    b.say(`共${n}项：`, `${n} entries: `);
  }
  b.say(
    `文件在${b.doc.year}年${name}${owner ? `（${b.fact(owner)}）` : ''}的主要用途中列出了${uses.map((x) => b.quote(x.text, x.span)).join('、')}，没有单列${uses.length > 1 ? '它们' : '它'}的金额，也没有进一步说明具体内容。`,
    `The document lists ${uses.map((x) => b.quote(x.text, x.span)).join(', ')} among the uses of ${name}${owner ? ` (${b.fact(owner)})` : ''} in ${b.doc.year}; it gives no separate amount or further description.`,
  );
  // ("AI+…专项是新增的吗": a listed project the document also names in a stated reason for a change — 新增…专项等经费拨款
  // 增加 — is said there too, with the reason quoted.)
  const ownName = (t: string) => t.replace(/[（(][^）)]*[）)]/g, '');
  for (const f of ctx.facts.values()) {
    const named = f.reason && f.reasonSpan ? uses.find((x) => ownName(x.text).length >= 6 && f.reason!.includes(ownName(x.text))) : undefined;
    if (!named) continue;
    const changed = itemName(ctx, f, b.lang);
    b.say(`文件在说明${changed}变化的原因时也提到了它：${b.quote(f.reason!, f.reasonSpan!)}。`, ` The document also names it in the reason for the change in ${changed}: ${b.quote(f.reason!, f.reasonSpan!)}.`);
    break;
  }
  // "有专项经费吗？要多少？": listed, and the amount asked is not given — unless the amount is asked of the spending that
  // lists it, in a clause of its own that names it (项目支出多少？里面有没有网络安全的项目？), which is stated.
  const amountClauses = u.text.split(/[,?;!]/).filter((c) => /多少|好多|金额|how much|amount/.test(c));
  const ofOwner = !!owner && amountClauses.every((c) => ctx.lexicon.match(c).some((m) => m.entry.target.type === 'item' && m.entry.target.key === owner.key));
  return amountClauses.length && !ofOwner ? 'not_found' : 'answered';
}

/** 项目支出里有没有AI相关的项目: the parts of the stated uses (项目 lists) that mention the topic, quoted. */
function searchUses(input: HandlerInput): ReturnType<Handler> | undefined {
  const { u, ctx, b } = input;
  // Generic pairs (系统, 建设, 项目) name no topic: 智慧停车系统建设 is not found in 网络安全防护体系建设.
  const all = topicTerms(u.topicText ?? u.text).filter((t) => !onlyGeneric(t));
  // An English question's words translated into the document's (militia → 民兵) are what its Chinese text can hold.
  const translated = all.filter((t) => /[\u4e00-\u9fff]/.test(t));
  const terms = u.lang === 'en' && translated.length ? translated : all;
  const about = (text: string) => topicScore(text, terms) >= Math.min(2, terms.length);
  // (An item the question names — 公车 read as the vehicle items — is searched by its own name: 全区公务用车购置及运行预留经费.)
  const named = u.items.filter((k) => k !== 'fiscal.project').map((k) => itemName(ctx, k, 'zh'));
  const byName = named.length ? usesNaming(named, ctx) : [];
  if (terms.length === 0 && byName.length === 0) return undefined;
  const hits: Array<{ text: string; span: { start: number; end: number }; item: string }> = byName.map((x) => ({ text: x.text, span: x.span, item: itemName(ctx, x.key, b.lang) }));
  for (const f of ctx.facts.values()) {
    if (!f.usage || !f.usageSpan) continue;
    let offset = 0;
    for (const part of f.usage.split(/(?<=[；;])/)) {
      const clean = part.replace(/[；;]$/, '');
      if (clean && terms.length && !hits.some((h) => h.span.start === f.usageSpan!.start + offset) && about(clean)) hits.push({ text: clean, span: { start: f.usageSpan.start + offset, end: f.usageSpan.start + offset + clean.length }, item: itemName(ctx, f, b.lang) });
      offset += part.length;
    }
  }
  if (hits.length === 0) {
    b.say('文件列出的项目和用途中没有找到相关内容。', 'Nothing like that is among the projects and uses the document lists.');
    contactLine(b);
    return 'not_found';
  }
  // (有 answers 有没有…; 叫什么名字 / 在哪个项目里 asks no yes or no.)
  const yes = CUES.hasAny.test(u.text) || CUES.yesNo.test(u.text);
  b.say(`${yes ? '有。' : ''}文件列出的用途中包括：`, `${yes ? 'Yes. ' : ''}The uses the document lists include:`);
  for (const h of hits.slice(0, 5)) b.say(`\n${h.item}：${b.quote(h.text, h.span)}`, `\n${h.item}: ${b.quote(h.text, h.span)}`);
  b.say(b.t('\n文件没有单列这些项目的金额。', '\nThe document gives no separate amount for them.'));
  return 'answered';
}

export const usageHandler: Handler = (input) => {
  const { u, ctx, b } = input;
  if (u.countListed === 'uses') {
    const counted = listedUsesCount(input);
    if (counted) return counted;
  }
  if (u.listedUses?.length) return listedUseAnswer(input);
  if (CUES.hasAny.test(u.text) || CUES.projectsAbout.test(u.text) || CUES.projectNamed.test(u.text)) {
    const found = searchUses(input);
    if (found) return found;
  }
  const keys = u.items.length ? u.items : ['fiscal.project'];
  const { facts } = resolveFacts(ctx, keys);
  const withUsage = facts.filter((f) => f.usage && f.usageSpan);
  if (withUsage.length === 0) {
    const named = facts.map((f) => itemName(ctx, f, b.lang)).join(b.t('、', ', '));
    if (input.retrieved.length) return passageAnswer(input, '', '');
    b.say(`文件没有说明${named || '这笔资金'}的具体用途。`, `The document does not say what ${named || 'this money'} is used for.`);
    contactLine(b);
    return 'not_found';
  }
  for (const f of withUsage) {
    const name = itemName(ctx, f, b.lang);
    b.say(`${b.doc.year}年${name}${b.fact(f)}，主要用于${b.quote(f.usage!, f.usageSpan!)}。`, `${name} (${b.fact(f)} in ${b.doc.year}) is mainly used for: ${b.quote(f.usage!, f.usageSpan!)}.`);
  }
  if (withUsage.some((f) => f.key === 'fiscal.project')) b.say('文件只列出项目名称，没有单列各项目的金额。', 'The document names the projects but does not give each one an amount.');
  return 'answered';
};

export const contactHandler: Handler = ({ u, b, ctx }) => {
  // ("區長公開電話是多少": a line the document names as someone's duty, not the contact it publishes — no number given.)
  const line = otherLine(u.text, ctx.doc.text);
  if (line) {
    b.say(`文件提到了“${line}”，但没有公布它的号码。`, `The document mentions "${line}" but publishes no number for it.`);
    contactLine(b);
    return 'not_found';
  }
  if (!b.doc.contact) {
    b.say('本文件没有公布联系人。', 'The document publishes no contact.');
    return 'not_found';
  }
  const person = b.doc.contact.person;
  // ("联系邮箱是什么": the document publishes a contact and a telephone line only.)
  // (…nor a postal address, for a complaint either: the hand-over and the telephone line are the ways there are.)
  if (CUES.unpublishedChannel.test(u.text)) {
    b.say('文件没有公布联系邮箱、传真或通讯地址，只公布了联系人和联系电话。', 'The document publishes no e-mail address, fax or postal address, only a contact person and a telephone number. ');
    if (u.complaint) b.say('如需投诉或反映问题，可以在页面上点击“没有解决我的问题”，把本次对话转给热线工作人员跟进。', 'To complain or raise a problem, press "没有解决我的问题" on the page to hand this conversation to hotline staff. ');
    contactLine(b);
    return 'not_found';
  }
  if (u.complaint) {
    b.say(
      '如需投诉或反映问题，可以在页面上点击“没有解决我的问题”，把本次对话转给热线工作人员跟进；',
      'To complain or raise a problem, press "没有解决我的问题" on the page to hand this conversation to hotline staff, or ',
    );
  } else if (person && u.text.includes(person.toLowerCase())) {
    // (Asked who the person is — 陈庆是谁，能给我他手机号吗 — is no claim to confirm.)
    if (/吧|吗|嘛|是不是|对吧|对不对|right\?|isn't it|is it\b/.test(u.text) && !/谁|\bwho\b/.test(u.text)) sayVerdict(b, 'yes');
    b.say(`${person}是文件公布的${b.name(b.doc.department)}单位预算公开联系人。`, `${person} is the budget contact that ${b.name(b.doc.department)} publishes in the document.`);
  } else if (claimedContact(u.text, b.doc.contact.phone)) {
    // "联系人是不是叫陈静" / "电话是63259688吧": a name or number that is not the one published.
    sayVerdict(b, 'no');
    b.say('公布的不是这一联系人或号码。', 'it publishes another contact. ');
  } else {
    b.say(`关于${b.name(b.doc.department)}预算公开的问题，`, `Questions about the budget of ${b.name(b.doc.department)}:`);
  }
  contactLine(b);
  return 'answered';
};

/** A telephone line or hotline the question names by words the document also uses (区长公开电话), other than its contact. */
function otherLine(text: string, docText: string): string | undefined {
  for (const m of text.matchAll(/([\u4e00-\u9fff]{2,8}?)(?:电话|热线)/g)) {
    const name = `${m[1]}${m[0].slice(m[1]!.length)}`;
    if (/联系|咨询|预算|公开的|你们|办公室|单位|部门|打|哪个|什么|啥/.test(m[1]!)) continue;
    if (docText.includes(name)) return name;
  }
  return undefined;
}

/** A contact name (叫陈静, 联系人是王明吧) or telephone number the question asserts: another than the one published. */
function claimedContact(text: string, phone: string | undefined): boolean {
  const name = /(?:叫|联系人是|联系人为)([\u4e00-\u9fff]{2,3}?)(?:,\s*)?(?:吗|吧|嘛|么|呢|对吧|是吧|对不对|\?|$)/.exec(text)?.[1];
  if (name && !/谁|哪|什么|啥/.test(name)) return true;
  const digits = (phone ?? '').replace(/\D/g, '');
  const said = text.match(/\d[\d-]{6,}\d/g)?.map((d) => d.replace(/\D/g, '')) ?? [];
  return !!digits && said.some((d) => !digits.endsWith(d));
}

export const notFoundHandler: Handler = ({ u, b }) => {
  const year = typeof u.year === 'number' ? u.year : undefined;
  // ("到底是节约还是浪费": the document states figures and their reasons, never such a judgement.)
  if (!year && CUES.judgement.test(u.text)) b.say('文件只公布预算数字和变化的原因，不对是否浪费、是否合规作评价。', 'The document states figures and the reasons for their changes; it makes no judgement of whether they are wasteful or proper.');
  else if (year) b.say(`本服务只收录了${b.doc.department}${b.doc.year}年的预算说明，没有${year}年的数据。`, `Only the ${b.doc.year} budget of ${b.doc.department} is available here; there is no data for ${year}.`);
  else b.say('文件中没有单列您问的这一项，无法给出准确数字。', 'The document does not state a figure for what you asked, so no number can be given.');
  contactLine(b);
  return 'not_found';
};

export const outOfScopeHandler: Handler = ({ b }) => {
  b.say(
    `这个问题不在${b.doc.department}${b.doc.year}年部门预算公开信息的范围内。我可以回答收入和支出预算、“三公”经费、机关运行经费、政府采购、车辆和人员编制等问题。`,
    `That is outside the published ${b.doc.year} budget of ${b.doc.department}. I can answer questions about income and spending, the "three public expenses", operating costs, procurement, vehicles and staffing.`,
  );
  return 'out_of_scope';
};

export const clarifyHandler: Handler = ({ u, b }) => {
  if (u.choices?.length) {
    b.say(`请问您指的是哪一个：${u.choices.join('、')}？`, `Which one do you mean: ${u.choices.join(', ')}?`);
    return 'clarify';
  }
  b.say(
    '请问您想了解哪一项？例如：“三公”经费是多少、公务接待费为什么减少、项目支出主要用于哪些项目、政务服务中心有多少编制。',
    'Which item do you mean? For example: the "three public expenses", official reception, project spending, or the staffing of a sub-unit.',
  );
  return 'clarify';
};
