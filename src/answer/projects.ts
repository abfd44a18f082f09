import { normalizeQuestion } from './question-text.js';
import type { DocContext } from './intents/context.js';
import { chineseToDecimal } from './numbers-in-text.js';
import { inOrderShared, longestCommonRun } from './text-match.js';

/** One entry of a stated list of uses (项目支出 主要用于…；…；…), with its exact span. */
export interface ListedUse {
  text: string;
  span: { start: number; end: number };
  /** The fact whose stated use lists it (e.g. fiscal.project). */
  key: string;
}

/** Words too common to name a project on their own. */
const GENERIC = /项目|经费|专项|工作|支出|费用|建设|运行|维护|服务|管理|中心|单位|部门|办公|区域|系统|平台|日常|重点|相关/g;

/** Generic words ending a name (专项, 平台, 项目), and money words. */
const GENERIC_TAIL = new RegExp(`(?:${GENERIC.source}|资金|工程)+$`);

/** Only generic words (系统建设, 项目经费): names nothing on its own. */
export const onlyGeneric = (s: string) => s.replace(GENERIC, '').length === 0;

/**
 * A run names something when two or more characters are left once the generic words are taken out (费项目 does not),
 * or when it runs to eight characters or more (办公区域日常运行维护: generic words, but only one entry strings them so).
 */
const specific = (run: string) => run.length >= 8 || run.replace(GENERIC, '').length >= 2;

/** Every entry of every stated list of uses of a document (a use split at ； into three or more entries). */
export function listedUses(ctx: DocContext): ListedUse[] {
  return usesOf(ctx).uses.map((x) => x.use);
}

/** A listed use with its text folded for matching (a bracketed qualifier cut out). */
interface FoldedUse {
  use: ListedUse;
  folded: string;
  /** Its four-character windows: a run of four or more shared with a question shares one of them. */
  grams: string[];
  /** Its two-character windows: any name a question shares with it (two characters or more) shares one of them. */
  pairs: string[];
  /** Its bracketed qualifier of four characters or more (机关事业后勤服务), normalised: whose entry it is. */
  label?: string;
}

/** A document's listed uses, folded once per document: keyed by its facts map, which every context of it shares. */
const USES = new WeakMap<DocContext['facts'], { uses: FoldedUse[]; distinct: string[] }>();

function usesOf(ctx: DocContext): { uses: FoldedUse[]; distinct: string[] } {
  let entry = USES.get(ctx.facts);
  if (!entry) {
    const uses = readUses(ctx).map((use) => {
      // A bracketed qualifier (（机关事业后勤服务）) says whose the project is; it is not the project's name.
      const normal = normalizeQuestion(use.text);
      const folded = normal.replace(/\([^)]*\)/g, '|');
      const label = /\(([^)]{4,})\)/.exec(normal)?.[1];
      return { use, folded, grams: [...windows(folded, 4)], pairs: [...windows(folded, 2)], ...(label ? { label } : {}) };
    });
    entry = { uses, distinct: [...new Set(uses.map((u) => u.folded))] };
    USES.set(ctx.facts, entry);
  }
  return entry;
}

/**
 * "信息化这一摊子（网站、短信、网络这些）": the listed uses that hold the words the question names (each of two
 * characters or more, not only generic), and those words. Pure.
 */
export function usesHolding(words: readonly string[], ctx: DocContext): { uses: ListedUse[]; words: string[] } {
  const { uses } = usesOf(ctx);
  const held = words.filter((w) => w.length >= 2 && specific(w) && uses.some((x) => x.folded.includes(w)));
  return { uses: uses.filter((x) => held.some((w) => x.folded.includes(w))).map((x) => x.use), words: held };
}

/**
 * The listed uses an item's name is part of (公务用车购置费 → 全区公务用车购置及运行预留经费): those sharing a run of
 * four characters or more with the name, not only generic words (运行维护 names no project of the running cost). Pure.
 */
export function usesNaming(names: readonly string[], ctx: DocContext): ListedUse[] {
  const folded = names.map((n) => normalizeQuestion(n));
  const names4 = (r: string) => r.length >= 4 && specific(r);
  return usesOf(ctx)
    .uses.filter((x) => folded.some((n) => commonRun(n, x.folded, names4).length >= 4))
    .map((x) => x.use);
}

function windows(s: string, n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= s.length; i++) out.add(s.slice(i, i + n));
  return out;
}

function readUses(ctx: DocContext): ListedUse[] {
  const out: ListedUse[] = [];
  for (const f of ctx.facts.values()) {
    if (!f.usage || !f.usageSpan || /\.mention\./.test(f.key) || f.usage.split(/[；;]/).length < 3) continue;
    let offset = 0;
    for (const part of f.usage.split(/(?<=[；;])/)) {
      const text = part.replace(/[；;]$/, '').replace(/等重点工作$/, '');
      if (text.length >= 4) out.push({ text, span: { start: f.usageSpan.start + offset, end: f.usageSpan.start + offset + text.length }, key: f.key });
      offset += part.length;
    }
  }
  return out;
}

/** The longest run of characters two strings share that `accept` takes (runs of only generic words are not names). */
function commonRun(a: string, b: string, accept: (run: string) => boolean): string {
  let best = '';
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (a[i + k] !== undefined && a[i + k] === b[j + k]) k++;
      if (k > best.length && accept(a.slice(i, i + k))) best = a.slice(i, i + k);
    }
  }
  return best;
}

/**
 * Every listed use the question names equally well (六个办公区域日常运行维护项目 is listed once for 本级 and once for
 * 机关事业后勤服务): the entries sharing the longest specific run of characters with the question, not only generic
 * words like 项目/经费. A short run (食堂, 短信, 节能专项, 办实事) names an entry only when its own words are that entry's
 * alone (no other listed use holds them) and at least half of the unexplained words they stand in (改造项目 does not
 * name a listed repair project when 老旧小区改造 is asked).
 */
export function namedUses(
  question: string,
  ctx: DocContext,
  without: readonly string[] = [],
  words: { residue?: readonly string[]; unexplained?: readonly string[]; short?: boolean; text?: string; listing?: boolean } = {},
): { uses: ListedUse[]; run: number } {
  let q = normalizeQuestion(question);
  // (A Latin run names an entry only as a whole word of the question: the ai of "maintenance" is not AI.)
  const latinWords = new Set(q.match(/[a-z0-9]+/g) ?? []);
  // Names of the document's own units (政务服务中心) name a unit, not a project that shares their words.
  for (const n of [...without].sort((a, b) => b.length - a.length)) if (n.length >= 3) q = q.split(n).join('|');
  // Clause breaks stay breaks: a name never runs across them (预算公开，项目支出 does not name 政务公开项目).
  q = q.replace(/[,;?!.。，；？！]/g, '|').replace(/[^\u4e00-\u9fffa-z0-9+|]/g, '');
  // ("机关食堂一年的运行经费": a year said inside a name leaves the name whole — 机关食堂运行经费.)
  q = q.replace(/(?<=[\u4e00-\u9fff]{2})(?:一年|每年|全年|今年)的?(?=[\u4e00-\u9fff]{2})/g, '');
  let best: ListedUse[] = [];
  let bestRun = 0;
  const { uses, distinct } = usesOf(ctx);
  // An accepted run has two characters or more, and four or more without short names: it shares one of the entry's
  // windows of that size.
  const asked = words.short ? windows(q, 2) : windows(q, 4);
  for (const { use, folded, grams, pairs } of uses) {
    if (!(words.short ? pairs : grams).some((g) => asked.has(g))) continue;
    // Words of a unit's name (政务服务, even when the unit is misspelt 政务服务终心) name the unit.
    // A short run, or one that is mostly generic words (改造项目), names an entry only through its own words.
    const names = (r: string) => {
      if (!specific(r) || without.some((n) => n.includes(r))) return false;
      if (/^[a-z0-9+]+$/.test(r) && !latinWords.has(r.replace(/\+/g, ''))) return false;
      const core = r.replace(GENERIC, '');
      return r.length >= 6 || core.length >= 4 || (!!words.short && ownShortName(core, distinct, { ...words, text: q }));
    };
    const run = commonRun(q, folded, names);
    if (!run) continue;
    if (run.length > bestRun) {
      best = [use];
      bestRun = run.length;
    } else if (run.length === bestRun && !best.some((b) => b.text === use.text)) best.push(use);
  }
  // An abbreviated name keeps the entry's characters in order (大客流导控 → …大客流智慧导控…, 光纤租用费 →
  // 光纤及网络出口租用费用): a residue word of four or more characters held that way by exactly one entry names it.
  if (best.length === 0 && words.short) {
    // (The longest start of each unexplained run: 光纤租用费列了没 → 光纤租用费.)
    for (const r of [...(words.residue ?? []), ...(words.unexplained ?? [])]) {
      for (let end = r.length; end >= 4; end--) {
        const word = r.slice(0, end).replace(GENERIC_TAIL, '');
        if (word.length < 4 || onlyGeneric(word)) continue;
        // (…and shares a run of three specific characters with it: 大客流, 租用费.)
        const holders = distinct.filter((n) => isSubsequence(word, n) && commonRun(word, n, (x) => x.length >= 3 && specific(x)).length >= 3);
        if (holders.length === 0) continue;
        if (holders.length === 1) {
          best = uses.filter((x) => x.folded === holders[0]).map((x) => x.use);
          bestRun = word.length;
        }
        break;
      }
      if (best.length) break;
    }
  }
  // ("全区公车购置和运行的预留经费": a long name said again in other words — 公车 for 公务用车, 和 for 及 — keeps most of
  // the entry's characters in order within one clause: three in four of an entry of eight or more.)
  if (best.length === 0) {
    const clauses = q.split('|').filter((c) => c.length >= 6);
    // (Most names keep far fewer of their characters anywhere in the question: those are passed over uncounted.)
    const chars = new Set(clauses.join(''));
    for (const name of distinct.map((d) => d.split('|')[0]!)) {
      if (name.length < 8) continue;
      let held = 0;
      for (const ch of name) if (chars.has(ch)) held++;
      if (held * 4 < name.length * 3) continue;
      // (…close together: within a stretch of the clause no longer than the name and a third.)
      const span = Math.ceil((name.length * 4) / 3);
      const within = (c: string) => (inOrderShared(c, name) * 4 < name.length * 3 ? 0 : Math.max(...[...Array(Math.max(1, c.length - span + 1)).keys()].map((i) => inOrderShared(c.slice(i, i + span), name))));
      const kept = Math.max(0, ...clauses.map(within));
      if (kept * 4 < name.length * 3 || kept <= bestRun) continue;
      best = uses.filter((x) => x.folded.startsWith(name)).map((x) => x.use);
      bestRun = kept;
    }
  }
  // ("机关事业后勤服务相关项目有哪些": the bracketed qualifier saying whose entries they are, named whole, names every entry
  // it qualifies — unless an entry's own name is named at greater length.)
  let byLabel = false;
  for (const { use, label } of uses) {
    if (!label || !q.includes(label) || label.length < bestRun) continue;
    if (label.length > bestRun) best = [];
    bestRun = label.length;
    byLabel = true;
    if (!best.includes(use)) best.push(use);
  }
  // ("六个办公区域维修改造项目": of the entries tied on their longest shared run, those sharing most of the question's
  // pairs of characters — the repairs entry, not the upkeep one that shares 六个办公区域 alone.)
  // (Asked whether any is listed, every entry tied stays: 政府网站的维护有没有专门项目.)
  // (Nor when each is named whole: 政务服务大厅运行经费项目和行政审批电子监察专项经费 asks both.)
  const wholeNamed = best.every((u) => q.includes(normalizeQuestion(u.text).replace(/\([^)]*\)/g, '')));
  if (best.length > 1 && !words.listing && !wholeNamed && !byLabel) {
    // (Own words only: 项目 or 经费 shared says nothing of which entry — 政务服务大厅运行经费项目 and …人员经费 stay together.)
    const own = (t: string) => t.replace(GENERIC, '|');
    const pairs = (t: string) => [...windows(own(t), 2)].filter((p) => !p.includes('|'));
    const qPairs = new Set(pairs(q));
    const shared = (u: ListedUse) => pairs(normalizeQuestion(u.text).replace(/\([^)]*\)/g, '|')).filter((p) => qPairs.has(p)).length;
    const top = Math.max(...best.map(shared));
    best = best.filter((u) => shared(u) === top);
  }
  return { uses: best.slice(0, 6), run: bestRun };
}

/** Whether every character of `short` occurs in `long`, in order. */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long.charCodeAt(j) === short.charCodeAt(i)) i++;
  return i === short.length;
}

/**
 * Words held by one listed use only, standing where nothing else explains them (人员 of 在职人员 is a staffing word, 行政
 * of 行政编制 an item's), and the head (the end) and at least half of the residue word they stand in.
 */
function ownShortName(core: string, names: readonly string[], words: { residue?: readonly string[]; unexplained?: readonly string[]; text?: string; listing?: boolean }): boolean {
  // One entry holds the word — or, asked whether any is listed (政府网站的维护有没有专门项目), the few that do.
  const holding = names.filter((n) => n.includes(core));
  if (holding.length === 0 || holding.length > (words.listing ? 3 : 1)) return false;
  // Said of money or a project in the same clause (食堂有没有专门的经费项目, 短信的费用): 区政府办公室公开了预算 is not.
  const at = words.text?.indexOf(core) ?? -1;
  // ("重点工作里跟短信有关的是哪项": the entries concerning the word, asked in a listing question — the frame around it is
  // the listing cue's, so the word is no residue.)
  const concerning = at >= 0 && !!words.listing && /(?:跟|与|和)$/.test(words.text!.slice(0, at)) && /^(?:有关|相关)/.test(words.text!.slice(at + core.length));
  // (In English the word for a project may stand before the name: "the crowd-control project (大客流)".)
  const saidOfMoney = /^[^,;?。|]{0,12}?(?:项目|经费|费|钱|资金|专项|预算里|预算中|project|programme|program|scheme|fund)/.test(words.text!.slice(at + core.length))
    || /(?:project|programme|program|scheme)s?$/.test(words.text!.slice(Math.max(0, at - 12), at))
    // ("项目里的群工系统是啥": named as something inside the projects.)
    || /(?:项目|专项)(?:支出)?(?:里|中|里面|里头|当中)?的?$/.test(words.text!.slice(Math.max(0, at - 8), at))
    // ("项目支出主要用在哪些 → 有没有数据中心的": asked whether one is listed, the word ending the question.)
    || ((!!words.listing || /有没有|有木有|有无|是否有|有没得/.test(words.text!)) && /^(?:的|的吗|的呢|吗|呢|没|没得|嘛)?[?|]*$/.test(words.text!.slice(at + core.length).replace(GENERIC, '')))
    || concerning;
  if (at < 0 || !saidOfMoney) return false;
  // ("12345热线升级改造的项目": words right before the name that no entry holding it has make it another thing.)
  // (A Chinese modifier may say the entry's words in others — 为老百姓办实事 of 为民办实事 — a number no entry holding
  // the word has cannot: 12345热线升级改造 is not 维修改造.)
  const lead = words.text!.slice(0, at).split(/[,;?。|的]|有没有|有无|是否有/).at(-1) ?? '';
  if ((lead.match(/\d{3,}/g) ?? []).some((t) => !holding.some((n) => n.includes(t)))) return false;
  // (Nor can a modifier that shares nothing with the entries' own modifier of the word: 老年食堂 is not 机关食堂, though
  // 为老百姓办实事 may be 为民办实事.)
  // (Read from the residue, where filler words — 啥子, 那个 — are gone, and from the run as written, where 为 of
  // 为老百姓 stays: a modifier either reading leaves empty, or that shares a character with an entry's, may be it.)
  // (A reading with no run holding the word — 公开 is a cue word, gone from the residue of 区长公开电话 — says nothing.)
  const leadIn = (runs: readonly string[] | undefined) => {
    const run = (runs ?? []).find((r) => r.includes(core));
    return run === undefined ? undefined : run.slice(0, run.indexOf(core)).slice(-4);
  };
  const entryLeads = holding.map((n) => n.slice(0, n.indexOf(core)).match(/[\u4e00-\u9fff]+$/)?.[0].slice(-4) ?? '');
  const conflicts = (own: string) => own.length >= 2 && entryLeads.every((e) => e.length >= 2 && ![...own].some((c) => e.includes(c)));
  const leads = [leadIn(words.residue), leadIn(words.unexplained)].filter((x): x is string => x !== undefined);
  if (leads.length && leads.every(conflicts)) return false;
  // (A Latin word — AI — is never part of the Chinese residue; it names the entry that holds it.)
  if (!/^[a-z]{2,}$/.test(core) && !concerning && !(words.unexplained ?? []).some((w) => w.includes(core))) return false;
  // The head of a compound is its last word: 为老百姓办实事 is about 办实事, 智慧停车 about parking, not about 智慧.
  // (A generic tail is not the head: 大客流专项 is about 大客流, 短信平台 about 短信.)
  // (…unless the whole compound is the entry's own words in order: 光纤网络 of 光纤及网络出口租用费用.)
  const inOrder = (r: string) => holding.some((owner) => inOrderOf(r, owner));
  const inOrderOf = (r: string, owner: string) => {
    let at = 0;
    for (const c of r) {
      at = owner.indexOf(c, at);
      if (at < 0) return false;
      at++;
    }
    return true;
  };
  return (words.residue ?? []).map((r) => r.replace(GENERIC_TAIL, '')).every((r) => !r.includes(core) || (r.endsWith(core) && core.length * 2 >= r.length) || inOrder(r));
}

/** How many of a named thing a listed use counts in words (六个办公区域…), with where the count stands. */
export interface CountInUses {
  /** The count as a plain integer. */
  value: string;
  /** The numeral and measure word as the document writes them (六个), with their span. */
  words: string;
  span: { start: number; end: number };
  /** The thing counted, in the document's words (办公区域). */
  noun: string;
  /** Every listed use that counts it so. */
  uses: ListedUse[];
}

/**
 * "项目支出里说的办公区域维护，是几个办公区域": the name after the measure word asked (几个 办公区域) stands in listed uses
 * right after a numeral and the same measure word (六个办公区域日常运行维护项目) — the count the document writes.
 * Undefined when no use counts it, or when the uses count it differently.
 */
export function countInUses(question: string, asked: RegExp, ctx: DocContext): CountInUses | undefined {
  const m = new RegExp(asked.source).exec(question);
  if (!m) return undefined;
  const measure = m[0].slice(-1);
  // The name asked: the Chinese run after the measure word, cut back to what a listed use writes after a numeral —
  // or, with none after it (办公区域有几个), the run before the count, without 一共/总共.
  const after = /^[\u4e00-\u9fff]+/.exec(question.slice(m.index + m[0].length))?.[0] ?? '';
  const before = /[\u4e00-\u9fff]+$/.exec(question.slice(0, m.index))?.[0]?.replace(/(?:一共|总共|共)$/, '') ?? '';
  const name = after || (before.split('的').pop() ?? '').slice(-6);
  const found: Array<{ use: ListedUse; value: string; words: string; at: number; noun: string }> = [];
  for (const use of listedUses(ctx)) {
    for (const n of use.text.matchAll(new RegExp(`([一二两三四五六七八九十百]+)${measure}([\\u4e00-\\u9fff]+)`, 'g'))) {
      let shared = 0;
      while (shared < Math.min(name.length, n[2]!.length) && name[shared] === n[2]![shared]) shared++;
      const value = chineseToDecimal(n[1]!);
      // (All of the name asked, or four characters of it: 办公室 is not 办公区域.)
      if ((shared === name.length || shared >= 4) && shared >= 2 && value) found.push({ use, value, words: n[1]! + measure, at: use.span.start + n.index!, noun: name.slice(0, shared) });
    }
  }
  if (found.length === 0 || new Set(found.map((f) => f.value)).size > 1) return undefined;
  // ("日常运行维护项目涉及几个办公区域": of the uses that count it, those sharing the question's longest run of words.)
  const runs = found.map((f) => longestCommonRun(question, normalizeQuestion(f.use.text)));
  const best = found.filter((_, i) => runs[i] === Math.max(...runs));
  const first = best[0]!;
  return { value: first.value, words: first.words, span: { start: first.at, end: first.at + first.words.length }, noun: first.noun, uses: [...new Set(best.map((f) => f.use))] };
}
