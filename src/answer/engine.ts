import type { AnswerNumber, AnswerStatus, Citation, Lang } from '../domain/answer.js';
import type { StoredDocument, StoredFact } from '../domain/types.js';
import type { StoredGlossaryEntry, StoredPassage } from '../store/store.js';
import { AnswerBuilder, type Draft } from './answer-builder.js';
import type { Intent } from './intent-cues.js';
import { contactLine, type DocContext, type Handler, type RetrievedText } from './intents/context.js';
import { amountHandler, changeHandler, growthHandler, priorYearHandler, reasonHandler } from './intents/figures.js';
import { orgCountHandler } from './intents/org.js';
import { staffingHandler, unitsHandler, vehiclesHandler } from './intents/people.js';
import { compareHandler, rankingHandler, shareHandler, sumHandler } from './intents/relations.js';
import {
  clarifyHandler, contactHandler, definitionHandler, dutiesHandler, findGlossaryEntry, notFoundHandler, outOfScopeHandler, usageHandler,
} from './intents/texts.js';
import { buildLexicon, type AliasFile, type Lexicon } from './lexicon.js';
import { normalizeQuestion } from './question-text.js';
import { understand, type Understanding } from './understand.js';
import { compileOrgCues } from './org-cues.js';
import { unitNames } from './unit-names.js';
import { verifyAnswer } from './verify.js';
import { refine } from './refine.js';

const HANDLERS: Record<Intent, Handler> = {
  amount: amountHandler, change: changeHandler, reason: reasonHandler, prior_year: priorYearHandler, growth: growthHandler,
  share: shareHandler, compare: compareHandler, ranking: rankingHandler, sum: sumHandler, staffing: staffingHandler,
  vehicles: vehiclesHandler, definition: definitionHandler, duties: dutiesHandler, usage: usageHandler, contact: contactHandler,
  units: unitsHandler, org_count: orgCountHandler, out_of_scope: outOfScopeHandler, clarify: clarifyHandler, not_found: notFoundHandler,
};

export interface EngineData {
  documents: StoredDocument[];
  facts: StoredFact[];
  glossary: StoredGlossaryEntry[];
  passages: StoredPassage[];
  aliases: AliasFile;
}

export interface AskOptions {
  previous?: Understanding;
  lang?: Lang;
  /** Retrieval over passages and glossary (hybrid search), when available. */
  retrieve?: (query: string, docId: string) => Promise<RetrievedText[]>;
  /** Called when a composed answer fails verification (it is then replaced). */
  onRejected?: (event: { question: string; offending: string[]; text: string }) => void;
}

export interface EngineAnswer {
  answer: string;
  status: AnswerStatus;
  numbers: AnswerNumber[];
  citations: Citation[];
  verified: true;
  engine: 'rules';
  understanding: Understanding;
  trace: string[];
  docId: string;
}

const NEEDS_TEXT: Intent[] = ['definition', 'duties', 'usage'];

/** The deterministic engine: understand → plan/compose (per intent) → verify. Built once from the store's data. */
export function createAnswerEngine(data: EngineData) {
  if (data.documents.length === 0) throw new Error('no documents: ingest at least one budget document first');
  const contexts = new Map<string, { ctx: DocContext; lexicon: Lexicon; folded: string }>();
  const orgCues = compileOrgCues(data.aliases.orgCounts);
  const groups = Object.fromEntries(Object.entries(data.aliases.groups ?? {}).map(([k, g]) => [k, { members: g.members }]));
  const contextOf = (doc: StoredDocument) => {
    let c = contexts.get(doc.id);
    if (!c) {
      const facts = data.facts.filter((f) => f.docId === doc.id);
      const lexicon = buildLexicon(facts, data.aliases);
      const ctx: DocContext = {
        doc,
        facts: new Map(facts.map((f) => [f.key, f])),
        glossary: data.glossary.filter((g) => g.docId === doc.id),
        passages: data.passages.filter((p) => p.docId === doc.id),
        lexicon,
        groups,
        usageText: facts.map((f) => f.usage ?? '').join('\n'),
        labelText: facts.filter((f) => !/\.mention\./.test(f.key)).map((f) => f.label).join('\n'),
      };
      c = { ctx, lexicon, folded: normalizeQuestion(doc.text) };
      contexts.set(doc.id, c);
    }
    return c;
  };

  async function ask(question: string, opts: AskOptions = {}): Promise<EngineAnswer> {
    const doc = pickDocument(data.documents, normalizeQuestion(question));
    const { ctx, lexicon, folded } = contextOf(doc);
    // The department's own name is not a "phrase of the document" a question asks about (渝中区哪家火锅好吃).
    const ownName = normalizeQuestion(`${doc.department}${doc.title}`);
    const u0 = understand(
      question,
      {
        lexicon,
        units: unitNames(doc.subUnits),
        docYear: doc.year,
        mentionedInDocument: (q) => {
          const phrase = mentioned(q, folded);
          return phrase && !ownName.includes(phrase) ? phrase : undefined;
        },
        translations: data.aliases.termTranslations ?? {},
        orgCues,
      },
      opts.previous,
      opts.lang,
    );
    const refined = refine(u0, ctx, data.documents, doc.text, (q) => mentioned(q, folded), data.aliases.districts?.names ?? []);
    const u = refined.u;
    if (typeof u.year === 'number' && !['out_of_scope', 'clarify', 'definition', 'duties', 'contact'].includes(u.intent)) u.intent = 'not_found';
    let retrieved: RetrievedText[] = [];
    if (NEEDS_TEXT.includes(u.intent) && opts.retrieve && !(u.intent === 'definition' && findGlossaryEntry({ u, ctx, b: new AnswerBuilder(doc, u.lang), retrieved }))) {
      retrieved = await opts.retrieve(question, doc.id);
    }
    const b = new AnswerBuilder(doc, u.lang);
    b.trace.push(`understand intent=${u.intent} items=${u.items.join(',') || '-'} unit=${u.unit ?? '-'} year=${u.year}${u.followUp ? ' follow-up' : ''}`);
    if (refined.otherDepartment) b.say(`本服务没有收录“${refined.otherDepartment}”的预算说明，目前只能回答${doc.department}${doc.year}年部门预算的问题。`, `There is no budget document for "${refined.otherDepartment}" here; only ${doc.department}'s ${doc.year} budget is loaded.`);
    if (refined.namedWithoutAmount) {
      const listed = ctx.usageText.includes(refined.namedWithoutAmount);
      b.say(
        listed ? `文件列出了“${refined.namedWithoutAmount}”，但没有单列它的金额。` : `文件没有单列“${refined.namedWithoutAmount}”的金额。`,
        `The document gives no separate amount for "${refined.namedWithoutAmount}".`,
      );
    }
    const status = refined.otherDepartment || refined.namedWithoutAmount ? contactOnly(b) : HANDLERS[u.intent]({ u, ctx, b, retrieved });
    let draft = b.build(status);
    const check = verifyAnswer(draft.text, draft.ledger);
    if (!check.ok) {
      opts.onRejected?.({ question, offending: check.offending, text: draft.text });
      draft = safeNotFound(doc, u.lang, check.offending);
    }
    return {
      answer: draft.text,
      status: draft.status,
      numbers: inTextOrder(dedupe(draft.numbers), draft.text),
      citations: draft.citations,
      verified: true,
      engine: 'rules',
      understanding: u,
      trace: draft.trace,
      docId: doc.id,
    };
  }

  return { ask, documents: data.documents };
}

export type AnswerEngine = ReturnType<typeof createAnswerEngine>;

/** The document a question names by department; the first (most recent) otherwise. */
function pickDocument(docs: StoredDocument[], q: string): StoredDocument {
  const sorted = [...docs].sort((a, b) => b.year - a.year || a.sourceName.localeCompare(b.sourceName));
  const named = sorted.find((d) => d.department && q.includes(normalizeQuestion(d.department).replace(/^重庆市/, '')));
  return named ?? sorted[0]!;
}

/** The longest phrase (3+ Chinese characters) of the question that also stands in the document. */
function mentioned(q: string, docText: string): string | undefined {
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

/** The numbers as the answer states them, in the order they appear. */
function inTextOrder(numbers: AnswerNumber[], text: string): AnswerNumber[] {
  return numbers.filter((n) => text.includes(n.text)).sort((a, b) => text.indexOf(a.text) - text.indexOf(b.text));
}

function dedupe(numbers: AnswerNumber[]): AnswerNumber[] {
  const seen = new Set<string>();
  return numbers.filter((n) => {
    const k = `${n.text}|${n.factId ?? ''}|${n.derivation ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
