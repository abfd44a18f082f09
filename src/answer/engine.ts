import type { AnswerNumber, AnswerStatus, Citation, Lang } from '../domain/answer.js';
import { withoutPlaceHeadings } from './document-headings.js';
import type { CatalogDoc, DocumentCatalog } from '../domain/document-catalog.js';
import { LruCache } from '../domain/lru-cache.js';
import type { DocumentBundle, StoredDocument, StoredFact } from '../domain/types.js';
import { AnswerBuilder, type Draft } from './answer-builder.js';
import { answerAcross, corpusUnderstanding } from './across/answer-across.js';
import { chooseDepartment, unknownDepartment } from './across/department-answers.js';
import { loadDocument, type LoadedDocument } from './document-context.js';
import type { PhraseIndex } from './phrase-index.js';
import { CUES, type Intent } from './intent-cues.js';
import { contactLine, type Handler, type RetrievedText } from './intents/context.js';
import { amountHandler, changeHandler, growthHandler, priorYearHandler, reasonHandler } from './intents/figures.js';
import { orgCountHandler } from './intents/org.js';
import { undisclosedHandler } from './intents/undisclosed.js';
import { statedArithmetic } from './intents/stated-arithmetic.js';
import { staffingHandler, unitsHandler, vehiclesHandler } from './intents/people.js';
import { compareHandler, rankingHandler, shareHandler, sumHandler } from './intents/relations.js';
import {
  clarifyHandler, contactHandler, definitionHandler, dutiesHandler, notFoundHandler, outOfScopeHandler, usageHandler,
} from './intents/texts.js';
import { buildLexicon, type AliasFile } from './lexicon.js';
import { otherDepartment } from './other-department.js';
import { detectLang, normalizeQuestion, withoutRetracted, yearsNamed } from './question-text.js';
import { refine } from './refine.js';
import { contactApart, questionParts } from './question-parts.js';
import { findUndisclosed } from './undisclosed.js';
import { route } from './router.js';
import { understand, type Understanding } from './understand.js';
import { compileOrgCues } from './org-cues.js';
import { unitNames } from './unit-names.js';
import { verifyClaims } from './verify.js';
import { askedItems } from './asked-items.js';

const HANDLERS: Record<Intent, Handler> = {
  amount: amountHandler, change: changeHandler, reason: reasonHandler, prior_year: priorYearHandler, growth: growthHandler,
  share: shareHandler, compare: compareHandler, ranking: rankingHandler, sum: sumHandler, staffing: staffingHandler,
  vehicles: vehiclesHandler, definition: definitionHandler, duties: dutiesHandler, usage: usageHandler, contact: contactHandler,
  units: unitsHandler, org_count: orgCountHandler, out_of_scope: outOfScopeHandler, clarify: clarifyHandler, not_found: notFoundHandler,
};

/** Where the engine reads documents from (a Store on any runtime, or data in memory for tests). */
export interface EngineSource {
  /** The documents loaded now (the caller refreshes it when the store changes). */
  catalog(): Promise<DocumentCatalog>;
  /** One document with its facts, passages and glossary, read in one snapshot. */
  bundle(docId: string): Promise<DocumentBundle | undefined>;
  /** Facts of these keys in these documents, each with its quoted sentence (questions across departments). */
  facts(query: { keys: string[]; docIds: string[] }): Promise<StoredFact[]>;
}

export interface AskOptions {
  previous?: Understanding;
  lang?: Lang;
  /** A document the request pins (the portal's department picker). */
  docId?: string;
  /** Retrieval over passages and glossary (hybrid search), when available. */
  retrieve?: (query: string, docId: string) => Promise<RetrievedText[]>;
  /** Called when a composed answer fails verification (it is then replaced). */
  onRejected?: (event: { question: string; offending: string[]; text: string }) => void;
}

export interface AnswerDocument {
  id: string;
  department: string;
  year: number;
}

export interface Candidate {
  docId: string;
  department: string;
  district?: string;
  year: number;
}

export interface EngineAnswer {
  answer: string;
  status: AnswerStatus;
  numbers: AnswerNumber[];
  citations: Citation[];
  /** The claim check of the text returned (an answer that fails is replaced, so a returned answer holds true). */
  verified: boolean;
  engine: 'rules';
  understanding: Understanding;
  trace: string[];
  /** The document the answer speaks of (absent for answers across departments, or when asking which department). */
  docId?: string;
  document?: AnswerDocument;
  /** Documents an answer across departments read. */
  docIds?: string[];
  /** Departments to choose from, when the question did not say which. */
  candidates?: Candidate[];
}

const NEEDS_TEXT: Intent[] = ['definition', 'duties', 'usage'];

export interface EngineOptions {
  source: EngineSource;
  aliases: AliasFile;
  /** Documents whose answering context is kept in memory (least recently used dropped). */
  cacheSize?: number;
}

/**
 * The deterministic engine: route to the document(s) a question is about → understand → plan/compose (per intent)
 * → verify. A document's context is built the first time it is asked about and kept in a bounded LRU, so start-up
 * time and memory do not grow with the number of documents.
 */
export function createAnswerEngine(opts: EngineOptions) {
  const { source, aliases } = opts;
  const cache = new LruCache<string, Promise<LoadedDocument | undefined>>(opts.cacheSize ?? 64);
  const corpusLexicon = buildLexicon([], aliases);
  const districts = aliases.districts?.names ?? [];
  const districtsEn = aliases.districts?.en ?? {};
  const orgCues = compileOrgCues(aliases.orgCounts);

  function contextOf(docId: string): Promise<LoadedDocument | undefined> {
    let c = cache.get(docId);
    if (!c) {
      c = source.bundle(docId).then((b) => (b ? loadDocument(b, aliases) : undefined));
      c.catch(() => cache.delete(docId));
      cache.set(docId, c);
    }
    return c;
  }

  async function ask(question: string, o: AskOptions = {}): Promise<EngineAnswer> {
    const catalog = await source.catalog();
    const q = normalizeQuestion(question);
    const lang = o.lang ?? detectLang(question);
    if (catalog.size === 0) return plain(question, lang, 'not_found', '目前还没有收录任何部门预算文件。', 'No budget document is loaded yet.');
    const r = route(catalog, {
      question: q,
      ...(o.docId ? { pinnedDocId: o.docId } : {}),
      ...(o.previous ? { previous: { docId: o.previous.docId, docIds: o.previous.docIds, candidates: o.previous.candidates } } : {}),
      acrossCue: CUES.acrossDepartments.test(q),
      ...(namedYear(q) ? { year: namedYear(q)! } : {}),
      ...withName(otherDepartment(q, catalog, districts, undefined, districtsEn)),
    });
    switch (r.kind) {
      case 'document':
        return answerInDocument(catalog, r.doc, question, o, 0);
      case 'across':
        return answerAcross({ catalog, docs: r.docs, year: r.year, question, opts: o, lexicon: corpusLexicon, aliases, source });
      case 'choose': {
        const u = corpusUnderstanding(question, corpusLexicon, aliases, catalog.latestYear() ?? 0, o);
        if (u.intent === 'out_of_scope' && r.reason === 'unnamed') {
          return plain(question, lang, 'out_of_scope', '这个问题不在已收录的部门预算公开信息范围内。我可以回答各部门的收入和支出预算、“三公”经费、机关运行经费、政府采购、车辆和人员编制等问题。', 'That is outside the published department budgets loaded here. I can answer questions about income and spending, the "three public expenses", operating costs, procurement, vehicles and staffing.');
        }
        return chooseDepartment(question, lang, r.candidates, r.reason, u);
      }
      case 'unknown':
        return unknownDepartment(question, lang, r.name, r.close);
    }
  }

  async function answerInDocument(catalog: DocumentCatalog, entry: CatalogDoc, question: string, o: AskOptions, depth: number, whole = true): Promise<EngineAnswer> {
    const loaded = await contextOf(entry.id);
    if (!loaded) return plain(question, o.lang ?? detectLang(question), 'not_found', '这份文件刚刚被更新，请再问一次。', 'That document was just updated; please ask again.');
    const doc = loaded.ctx.doc;
    const priorEntry = catalog.sibling(entry, entry.year - 1);
    const prior = priorEntry ? await contextOf(priorEntry.id) : undefined;
    const ctx = prior ? { ...loaded.ctx, prior: { doc: prior.ctx.doc, facts: prior.ctx.facts } } : loaded.ctx;
    const { lexicon } = loaded;
    // The department's own name is not a "phrase of the document" a question asks about (渝中区哪家火锅好吃).
    const ownName = normalizeQuestion(`${doc.department}${doc.title}`);
    const uctx = {
      lexicon,
      figureOf: (key: string) => ctx.facts.get(key),
      units: unitNames(doc.subUnits),
      docYear: doc.year,
      mentionedInDocument: (q: string) => {
        const phrase = mentioned(q, loaded.phrases);
        return phrase && !ownName.includes(phrase) ? phrase : undefined;
      },
      translations: aliases.termTranslations ?? {},
      orgCues,
    };
    const namesItem = (title: string) => lexicon.match(normalizeQuestion(title)).some((m) => m.entry.target.type === 'item' && !m.entry.weak);
    const ownQuestion = withoutPlaceHeadings(withoutRetracted(withoutOwnName(question, catalog, entry)), doc.text, namesItem);
    const u0 = understand(ownQuestion, uctx, o.previous, o.lang);
    // Several questions in one turn, each about its own item: answered one after another, each as asked.
    if (whole && (SPLITS.includes(u0.intent) || APART.includes(u0.intent))) {
      const read = (clause: string) => {
        const r = understand(clause, { ...uctx, turnText: normalizeQuestion(ownQuestion) }, undefined, o.lang);
        // (Only a clause that names something asks of its own undisclosed thing: "多少人次？" after "几个团组" goes on
        // with the clause before it.)
        const notDisclosed = r.items.length || r.residue?.length || r.unit !== undefined ? findUndisclosed(r.text)?.name : undefined;
        return notDisclosed ? { ...r, notDisclosed } : r;
      };
      const parts = (SPLITS.includes(u0.intent) ? questionParts(ownQuestion, read) : undefined) ?? contactApart(ownQuestion, read);
      // Every part in the language of the whole turn (三公经费的growth rate是多少？share of total呢？ is a Chinese question).
      if (parts) return answerParts(catalog, entry, parts, { ...o, lang: o.lang ?? u0.lang }, depth);
    }
    // "2024年的呢" when that year of the department is loaded: answered from that year's own document.
    if (typeof u0.year === 'number' && depth === 0) {
      const other = catalog.sibling(entry, u0.year);
      if (other) return answerInDocument(catalog, other, question, o, depth + 1);
    }
    const other = otherDepartment(u0.text, catalog, districts, (name) => loaded.phrases.includes(name), districtsEn);
    const refined = refine(u0, ctx, doc.text, (q) => mentioned(q, loaded.phrases), other);
    const u: Understanding = { ...refined.u, docId: doc.id };
    delete u.docIds;
    if (typeof u.year === 'number' && !['out_of_scope', 'clarify', 'definition', 'duties', 'contact'].includes(u.intent)) u.intent = 'not_found';
    const compose = (retrieved: RetrievedText[]) => {
      const b = new AnswerBuilder(doc, u.lang);
      b.trace.push(`route ${entry.id} (${doc.department} ${doc.year})`);
      b.trace.push(`understand intent=${u.intent} items=${u.items.join(',') || '-'} unit=${u.unit ?? '-'} year=${u.year}${u.followUp ? ' follow-up' : ''}`);
      if (refined.otherDepartment) {
        if (catalog.latestPerDepartment().length === 1) b.say(`本服务没有收录“${refined.otherDepartment}”的预算说明，目前只能回答${doc.department}${doc.year}年部门预算的问题。`, `There is no budget document for "${refined.otherDepartment}" here; only ${doc.department}'s ${doc.year} budget is loaded.`);
        else b.say(`本服务没有收录“${refined.otherDepartment}”的预算说明；您选择的是${doc.department}${doc.year}年部门预算。`, `There is no budget document for "${refined.otherDepartment}" here; the department chosen is ${doc.department} (${doc.year}).`);
      }
      if (refined.namedWithoutAmount) {
        const named = refined.namedWithoutAmount;
        const listed = ctx.usageText.includes(named);
        const explained = ctx.glossary.some((g) => g.term === named);
        // A name the document lists is quoted from it, so its own numerals (六个办公区域) are cited, not claimed.
        const at = listed ? doc.text.indexOf(named) : -1;
        const shown = at >= 0 ? b.quote(named, { start: at, end: at + named.length }) : `“${named}”`;
        b.say(
          listed ? `文件列出了${shown}，但没有单列它的金额。` : explained ? `文件的专业性名词解释说明了“${named}”的含义，但没有单列它的金额。` : `文件没有单列“${named}”的金额。`,
          `The document gives no separate amount for ${at >= 0 ? shown : `"${named}"`}.`,
        );
      }
      if (refined.listedWithoutAmounts) {
        // Each name quoted from the document, so its own numerals are cited, not claimed.
        const shown = refined.listedWithoutAmounts.map((named) => {
          const at = doc.text.indexOf(named);
          return at >= 0 ? b.quote(named, { start: at, end: at + named.length }) : `“${named}”`;
        });
        b.say(`文件在项目支出的主要用途中列出了${shown.join('、')}，但没有单列它们的金额。`, `The document lists ${shown.join(', ')} among the uses of its project spending, but gives no separate amount for them.`);
      }
      if (refined.listedWithoutReason) {
        b.say(
          `文件在项目支出的主要用途中列出了“${refined.listedWithoutReason}”，但没有说明安排它的原因。`,
          `The document lists "${refined.listedWithoutReason}" among the uses of its project spending, but gives no reason for it.`,
        );
      }
      const handler = u.undisclosed ? undisclosedHandler : HANDLERS[u.intent];
      const withoutFigures = refined.otherDepartment || refined.namedWithoutAmount || refined.listedWithoutAmounts || refined.listedWithoutReason;
      const status = withoutFigures ? contactOnly(b) : (statedArithmetic({ u, ctx, b, retrieved }) ?? handler({ u, ctx, b, retrieved }));
      return { b, status };
    };
    // The document's own structure first (facts, their stated uses, the glossary, the duties list); passages are
    // searched only when that does not answer — so most questions never touch the retrieval index.
    let { b, status } = compose([]);
    if (status === 'not_found' && NEEDS_TEXT.includes(u.intent) && o.retrieve && !refined.otherDepartment && !refined.namedWithoutAmount && !refined.listedWithoutAmounts && !refined.listedWithoutReason) {
      const retrieved = await o.retrieve(question, doc.id);
      if (retrieved.length) ({ b, status } = compose(retrieved));
    }
    let draft = withSource(b.build(status), doc, u.lang);
    const documents = new Set([doc.id, ...(ctx.prior ? [ctx.prior.doc.id] : [])]);
    const asked = askedItems(u, ctx);
    let check = verifyDraft(draft, { documents, asked });
    if (!check.ok) {
      o.onRejected?.({ question, offending: check.offending, text: draft.text });
      draft = withSource(safeNotFound(doc, u.lang, check.offending), doc, u.lang);
      check = verifyDraft(draft, { documents, asked });
    }
    return {
      answer: draft.text,
      status: draft.status,
      numbers: draft.numbers,
      citations: draft.citations,
      verified: check.ok,
      engine: 'rules',
      understanding: { ...u, ...(draft.subjectUnit !== undefined && u.unit === undefined ? { unit: draft.subjectUnit } : {}), ...(draft.subjectItem ? { answeredItem: draft.subjectItem } : {}) },
      trace: draft.trace,
      docId: doc.id,
      document: { id: doc.id, department: doc.department, year: doc.year },
    };
  }

  /** Each part answered in turn (a part follows the one before it, as a follow-up would), then put together. */
  async function answerParts(catalog: DocumentCatalog, entry: CatalogDoc, parts: string[], o: AskOptions, depth: number): Promise<EngineAnswer> {
    const answers: EngineAnswer[] = [];
    let previous = o.previous;
    for (const part of parts) {
      const a = await answerInDocument(catalog, entry, part, { ...o, ...(previous ? { previous } : {}) }, depth, false);
      answers.push(a);
      previous = a.understanding;
    }
    return joinAnswers(answers);
  }

  return { ask, catalog: () => source.catalog() };
}

/** Intents of a whole turn that may be several questions (a headcount, vehicle or contact question reads itself whole). */
const SPLITS: Intent[] = ['amount', 'change', 'reason', 'prior_year', 'growth', 'share', 'compare', 'sum', 'ranking', 'vehicles', 'staffing', 'not_found', 'duties', 'usage', 'definition', 'units'];
/** Turns read as one of these may hold a request for the contact beside their question (contactApart). */
const APART: Intent[] = ['contact', 'staffing', 'vehicles', 'units', 'duties', 'definition', 'usage'];

/** The contact line contactLine writes (intents/context.ts), in either language. */
const CONTACT_SENTENCE = /如需进一步了解，可联系单位预算公开联系人[^。]*。|Please contact the department's budget contact [^.]*?\d{3}-\d{7,8}\.\s?/g;

/** The answers to the parts of one turn as one answer: the source named once, at the end (and the contact line). */
function joinAnswers(answers: EngineAnswer[]): EngineAnswer {
  const last = answers[answers.length - 1]!;
  const source = /(?:（来源：[^）]*）| \(Source: [^)]*\)\.?)$/;
  // The contact line once, where it is said last (each part that could not be answered ends with it).
  // (Two parts answered alike — 民兵的经费在预算里头？有这个项目没得？ — are one answer, said once.)
  const bare = answers.map((a) => a.answer.replace(source, '').trim());
  const texts = answers.map((a, i) => (bare.slice(i + 1).includes(bare[i]!) ? '' : i < answers.length - 1 ? a.answer.replace(source, '') : a.answer));
  const deduped = texts.map((t, i) => t.replace(CONTACT_SENTENCE, (m) => (texts.slice(i + 1).some((later) => later.includes(m)) ? '' : m)));
  // A sentence two parts both say is said once: where it is said more fully (the figure, then the figure with its
  // reason; 不对：文件中… before the same figure), or else the later time. (The contact line and the source aside.)
  const en = last.understanding.lang === 'en';
  const tailOf = (t: string) => (t.match(source)?.[0] ?? '');
  const sentences = deduped.map((t) => t.trimEnd().replace(source, '').split(en ? /(?<=\.)\s+(?=[A-Z(「"])/ : /(?<=[。！？])/).filter((x) => x.trim()));
  const plain = (x: string) => x.replace(CONTACT_SENTENCE, '').trim();
  const kept = sentences.map((list, i) =>
    list.filter((x, a) => {
      const sx = plain(x);
      // (Short sentences — 有。是的： — are no repeat: 有 stands inside 没有.)
      return sx.length < 6 || !sentences.some((other, j) => other.some((y, c) => (j !== i || c !== a) && plain(y).includes(sx) && (plain(y).length > sx.length || j > i || (j === i && c > a))));
    }),
  );
  const text = kept.map((list, i) => (list.join(en ? ' ' : '') + (i === kept.length - 1 ? tailOf(deduped[i]!.trimEnd()) : '')).trim()).filter((t) => t).join(en ? ' ' : '');
  const citations = answers.flatMap((a) => a.citations).filter((c, i, all) => all.findIndex((d) => d.docId === c.docId && d.start === c.start && d.end === c.end) === i);
  return {
    ...last,
    answer: text,
    status: answers.some((a) => a.status === 'answered') ? 'answered' : answers[0]!.status,
    numbers: answers.flatMap((a) => a.numbers),
    citations,
    verified: answers.every((a) => a.verified),
    trace: answers.flatMap((a, i) => [`part ${i + 1}`, ...a.trace]),
  };
}

export type AnswerEngine = ReturnType<typeof createAnswerEngine>;

/**
 * The question without the names of the department it was routed to (渝中区政府办公室, 石岚镇): a name routes the
 * question, it is not what is asked about. Sub-unit names stay (they say which unit's staff).
 */
function withoutOwnName(question: string, catalog: DocumentCatalog, entry: CatalogDoc): string {
  let q = normalizeQuestion(question);
  for (const hit of catalog.findNames(q)) {
    if (hit.kind === 'subunit') continue;
    if (!hit.docIds.some((id) => catalog.get(id)?.departmentKey === entry.departmentKey)) continue;
    q = q.split(hit.name).join(' ');
  }
  return q.trim() || question;
}

/** Verify a composed draft: every number against the claim written at its place. */
export function verifyDraft(d: Draft, extra: { documents?: ReadonlySet<string>; asked?: (item: string) => boolean } = {}) {
  return verifyClaims({ text: d.text, spans: d.spans, citations: d.citations, phones: d.phones, names: d.names, ...extra });
}

/** A year the question names outright (the latest one when it names several: "2026年比2025年"). */
function namedYear(q: string): number | undefined {
  const years = yearsNamed(q);
  return years.length ? Math.max(...years) : undefined;
}

const withName = (name: string | undefined) => (name ? { unknownName: name } : {});

/**
 * Every answer about a document names the department and year it speaks of, after the answer (so a yes or no still
 * comes first) — for answers that state or withhold a figure, not for out-of-scope or clarify turns.
 */
function withSource(d: Draft, doc: StoredDocument, lang: Lang): Draft {
  if (d.status !== 'answered' && d.status !== 'not_found') return d;
  const tail = lang === 'en' ? ` (Source: ${doc.department}, ${doc.year} department budget.)` : `（来源：${doc.department}${doc.year}年部门预算）`;
  return { ...d, text: `${d.text}${tail}`, names: [...d.names, doc.department] };
}

/** The longest phrase (3+ Chinese characters) of the question that also stands in the document. */
function mentioned(q: string, docText: PhraseIndex): string | undefined {
  const runs = q.match(/[\u4e00-\u9fff]{3,}/g) ?? [];
  const STOP = /^(是多少|多少钱|为什么|是什么|有多少|怎么样|请问一下|花了多少)$/;
  for (let len = 12; len >= 3; len--) {
    for (const run of runs) {
      for (let i = 0; i + len <= run.length; i++) {
        const w = run.slice(i, i + len);
        if (STOP.test(w) || !docText.includes(w)) continue;
        // Grow the phrase while the document still holds it (a long project name is named in full).
        let [s, e] = [i, i + len];
        while (e < run.length && docText.includes(run.slice(s, e + 1))) e++;
        while (s > 0 && docText.includes(run.slice(s - 1, e))) s--;
        return run.slice(s, e);
      }
    }
  }
  return undefined;
}

/** The answer used when a composed one fails the number check: nothing unverified is ever returned. */
function safeNotFound(doc: StoredDocument, lang: Lang, offending: string[]): Draft {
  const b = new AnswerBuilder(doc, lang);
  b.trace.push(`verify rejected: ${offending.join(', ')}`);
  b.say('抱歉，这个问题我无法给出经过核对的答案。', 'Sorry, I cannot give a checked answer to that question.');
  contactLine(b);
  return b.build('not_found');
}

function contactOnly(b: AnswerBuilder): 'not_found' {
  contactLine(b);
  return 'not_found';
}

/** An answer with no figure and no document (nothing loaded, or a document replaced while it was read). */
function plain(question: string, lang: Lang, status: AnswerStatus, zh: string, en: string): EngineAnswer {
  const intent = status === 'not_found' ? 'not_found' : status === 'out_of_scope' ? 'out_of_scope' : 'clarify';
  const u: Understanding = { intent, items: [], year: 'current', lang, followUp: false, text: normalizeQuestion(question) };
  return { answer: lang === 'en' ? en : zh, status, numbers: [], citations: [], verified: true, engine: 'rules', understanding: u, trace: [] };
}

