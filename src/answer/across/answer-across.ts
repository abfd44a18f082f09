import { Decimal } from 'decimal.js';
import { difference, priorYear, share, sumMany, yuanToWan, type CalcResult, type Operand } from '../../calc/index.js';
import type { Lang } from '../../domain/answer.js';
import type { CatalogDoc, DocumentCatalog } from '../../domain/document-catalog.js';
import type { StoredDocument, StoredFact } from '../../domain/types.js';
import { AnswerBuilder } from '../answer-builder.js';
import { CUES } from '../intent-cues.js';
import type { AskOptions, EngineAnswer, EngineSource } from '../engine.js';
import { verifyDraft } from '../engine.js';
import type { AliasFile, Lexicon } from '../lexicon.js';
import { understand, type Understanding } from '../understand.js';

/** The understanding of a question read without a document: the template's vocabulary and the aliases only. */
export function corpusUnderstanding(question: string, lexicon: Lexicon, aliases: AliasFile, year: number, opts: AskOptions): Understanding {
  return understand(question, { lexicon, units: [], docYear: year, mentionedInDocument: () => undefined, translations: aliases.termTranslations ?? {} }, opts.previous, opts.lang);
}

export interface AcrossInput {
  catalog: DocumentCatalog;
  docs: CatalogDoc[];
  year: number;
  question: string;
  opts: AskOptions;
  lexicon: Lexicon;
  aliases: AliasFile;
  source: EngineSource;
}

/** One department's figure for the item asked, as a calculator operand in 万元 (元 converted by the calculator). */
interface Row {
  doc: CatalogDoc;
  fact: StoredFact;
  op: Operand;
  /** How the figure is written in the answer (with its conversion or last-year derivation, when there is one). */
  text: string;
  value: Decimal;
}

const MAX_LISTED = 10;

/**
 * Questions across departments over the loaded documents of one year: ranking, comparison, sums and shares,
 * every figure cited in its own document, every computed figure from the calculator. A sum is the sum over the
 * documents loaded here — never called a district total.
 */
export async function answerAcross(input: AcrossInput): Promise<EngineAnswer> {
  const { docs, year, question, opts, lexicon, aliases, source } = input;
  const u: Understanding = { ...corpusUnderstanding(question, lexicon, aliases, year, opts), docIds: docs.map((d) => d.id) };
  delete u.docId;
  delete u.candidates;
  const b = new AnswerBuilder(acrossDocument(year), u.lang);
  b.trace.push(`route across ${docs.length} document(s) of ${year}`);
  b.trace.push(`understand intent=${u.intent} items=${u.items.join(',') || '-'} year=${u.year}`);
  const groups = aliases.groups ?? {};
  const keys = u.items.flatMap((k) => groups[k]?.members ?? [k]).filter((k) => !k.startsWith('units.') && !k.startsWith('vehicles.'));
  let status: EngineAnswer['status'];
  if (u.intent === 'out_of_scope') {
    b.say('这个问题不在已收录的部门预算公开信息范围内。', 'That is outside the published department budgets loaded here.');
    status = 'out_of_scope';
  } else if (keys.length === 0) {
    b.say(
      '请说明要在各部门之间比较哪一项，例如“三公”经费、公务接待费、公务用车购置费、项目支出或支出预算；或先选择一个部门再提问。',
      'Which item should be compared across departments? For example the "three public expenses", official reception, vehicle purchases, project spending or total expenditure. Or pick one department first.',
    );
    status = 'clarify';
  } else {
    const facts = await source.facts({ keys: [keys[0]!], docIds: docs.map((d) => d.id) });
    status = compose(b, u, docs, keys[0]!, facts, lexicon);
  }
  let draft = b.build(status);
  const documents = new Set(docs.map((d) => d.id));
  let check = verifyDraft(draft, { documents });
  if (!check.ok) {
    opts.onRejected?.({ question, offending: check.offending, text: draft.text });
    const safe = new AnswerBuilder(acrossDocument(year), u.lang);
    safe.say('抱歉，这个问题我无法给出经过核对的答案。', 'Sorry, I cannot give a checked answer to that question.');
    draft = safe.build('not_found');
    check = verifyDraft(draft, { documents });
  }
  return {
    answer: draft.text,
    status: draft.status,
    numbers: draft.numbers,
    citations: draft.citations,
    verified: check.ok,
    engine: 'rules',
    understanding: u,
    trace: draft.trace,
    docIds: docs.map((d) => d.id),
  };
}

/** A stand-in document for the builder: the answer cites each figure in its own document, never this one. */
function acrossDocument(year: number): StoredDocument {
  return { id: '', sourceName: '', title: '', department: '', year, text: '', subUnits: [] };
}

function compose(b: AnswerBuilder, u: Understanding, docs: CatalogDoc[], key: string, facts: StoredFact[], lexicon: Lexicon): EngineAnswer['status'] {
  const item = itemName(lexicon, key, facts, b.lang);
  const byDoc = new Map(facts.map((f) => [f.docId, f]));
  const year = u.year === 'prior' ? docs[0]!.year - 1 : docs[0]!.year;
  const rows = docs.flatMap((doc) => {
    const fact = byDoc.get(doc.id);
    const row = fact ? rowOf(b, doc, fact, u.year === 'prior') : undefined;
    return row ? [row] : [];
  });
  const missing = docs.length - rows.length;
  const n = b.count(docs.length, `loaded ${docs[0]!.year} documents asked about`);
  const scope = b.t(`在已收录的${n}个部门${year}年预算中，`, `Among the ${n} departments' ${year} budgets loaded here, `);
  if (rows.length === 0) {
    b.say(`${scope}没有一份单列${item}${u.year === 'prior' ? '及其上年数' : ''}。`, `${scope}none states ${item}${u.year === 'prior' ? ' for the year before' : ''}.`);
    return 'not_found';
  }
  const gap = missing > 0 ? b.t(`（另有${b.count(missing, 'documents that do not state the item')}个部门的文件没有单列这一项。）`, ` (${b.count(missing, 'documents that do not state the item')} of them do not state this item.)`) : '';
  const sorted = [...rows].sort((x, y) => y.value.cmp(x.value));
  // Across departments one item is enough for a sum, share or comparison (the departments are the operands).
  if (u.intent === 'share' || (CUES.share.test(u.text) && /占|比例|比重|share|proportion/.test(u.text))) return shareRows(b, sorted, item, scope, gap);
  if (u.intent === 'sum' || CUES.sum.test(u.text)) return sumRows(b, rows, item, scope, gap);
  if ((u.intent === 'compare' || CUES.compare.test(u.text)) && rows.length === 2) return compareRows(b, rows, item, year);
  const min = u.rank === 'min' || CUES.rankingMin.test(u.text);
  const order = min ? [...sorted].reverse() : sorted;
  if (u.intent === 'ranking' || rows.length > 2) {
    const top = order[0]!;
    const lead = min ? b.t('最少', 'the smallest') : b.t('最多', 'the largest');
    b.say(`${scope}${item}${lead}的是${b.name(top.doc.department)}，${top.text}。`, `${scope}${lead} ${item} is ${b.name(top.doc.department)}'s, ${top.text}.`);
    const rest = order.slice(1, MAX_LISTED);
    if (rest.length) b.say(`其后依次为：${rest.map((r) => `${b.name(r.doc.department)}${r.text}`).join('、')}${order.length > MAX_LISTED ? `等` : ''}。`, `Then: ${rest.map((r) => `${b.name(r.doc.department)} ${r.text}`).join('; ')}${order.length > MAX_LISTED ? '; …' : ''}.`);
    b.say(gap);
    return 'answered';
  }
  b.say(`${year}年${item}：${rows.map((r) => `${b.name(r.doc.department)}${r.text}`).join('；')}。`, `${item} in ${year}: ${rows.map((r) => `${b.name(r.doc.department)} ${r.text}`).join('; ')}.`);
  b.say(gap);
  return 'answered';
}

function rowOf(b: AnswerBuilder, doc: CatalogDoc, fact: StoredFact, prior: boolean): Row | undefined {
  if (b.inWords(fact)) {
    const op: Operand = { value: '0', unit: '万元', factId: fact.id, label: fact.key };
    return { doc, fact, op, text: b.fact(fact), value: new Decimal(0) };
  }
  let op: Operand = { value: fact.value, unit: fact.unit, factId: fact.id, label: fact.key };
  let text: string;
  if (prior) {
    if (fact.change === undefined) return undefined;
    b.uses(fact);
    const r = priorYear(op, { value: fact.change, unit: fact.unit, factId: fact.id });
    op = { value: r.exact, unit: fact.unit, factId: fact.id, label: `${fact.key}@prior` };
    text = `${b.derived(r)}（${b.derivation(r)}）`;
  } else text = b.fact(fact);
  if (op.unit === '元') {
    const r = yuanToWan(op);
    op = { value: r.exact, unit: '万元', ...(op.factId ? { factId: op.factId } : {}) };
    text = `${text}${b.t('（合', ' (= ')}${b.derived(r)}${b.t('）', ')')}`;
  }
  return { doc, fact, op, text, value: new Decimal(op.value) };
}

function sumRows(b: AnswerBuilder, rows: Row[], item: string, scope: string, gap: string): 'answered' {
  const r = sumMany(rows.map((x) => x.op));
  const k = b.count(rows.length, 'documents that state the item');
  const shown = rows.length <= MAX_LISTED ? `（${b.derivation(r)}）` : b.t(`（${k}项相加）`, ` (${k} figures added)`);
  const list = rows.length <= MAX_LISTED ? `${rows.map((x) => `${b.name(x.doc.department)}${x.text}`).join(b.t('、', '; '))}，` : '';
  for (const x of rows) if (rows.length > MAX_LISTED) b.citeFact(x.fact);
  b.say(
    `${scope}${list}${k}个部门的${item}合计${b.derived(r)}${shown}。这是已收录文件的合计，不是全区总数。`,
    `${scope}${list}${item} of ${k} departments adds up to ${b.derived(r)}${shown}. This is the sum over the documents loaded here, not a district total.`,
  );
  b.say(gap);
  return 'answered';
}

function shareRows(b: AnswerBuilder, rows: Row[], item: string, scope: string, gap: string): 'answered' {
  const total = sumMany(rows.map((x) => x.op));
  const whole: Operand = { value: total.exact, unit: '万元' };
  const k = b.count(rows.length, 'documents that state the item');
  b.say(`${scope}${k}个部门的${item}合计${b.derived(total)}；各部门所占比例：`, `${scope}${item} of ${k} departments adds up to ${b.derived(total)}; each department's share: `);
  const parts = rows.slice(0, MAX_LISTED).map((x) => {
    const s: CalcResult = share(x.op, whole);
    return `${b.name(x.doc.department)}${x.text}，${b.t('占', '')}${b.derived(s)}（${b.derivation(s)}）`;
  });
  b.say(`${parts.join(b.t('；', '; '))}${rows.length > MAX_LISTED ? b.t('等', '; …') : ''}。`, `${parts.join('; ')}.`);
  b.say(b.t('合计是已收录文件之和，不是全区总数。', ' The total is over the documents loaded here, not a district total.'));
  b.say(gap);
  return 'answered';
}

function compareRows(b: AnswerBuilder, rows: Row[], item: string, year: number): 'answered' {
  const [x, y] = rows as [Row, Row];
  const [hi, lo] = x.value.gte(y.value) ? [x, y] : [y, x];
  const r = difference(hi.op, lo.op);
  const same = new Decimal(r.value).isZero();
  b.say(
    `${year}年${item}：${b.name(x.doc.department)}${x.text}，${b.name(y.doc.department)}${y.text}，` +
      (same ? '两者相同。' : `${b.name(hi.doc.department)}比${b.name(lo.doc.department)}多${b.derived(r)}（${b.derivation(r)}）。`),
    `${item} in ${year}: ${b.name(x.doc.department)} ${x.text}, ${b.name(y.doc.department)} ${y.text}; ` +
      (same ? 'they are equal.' : `${b.name(hi.doc.department)} has ${b.derived(r)} more (${b.derivation(r)}).`),
  );
  return 'answered';
}

function itemName(lexicon: Lexicon, key: string, facts: StoredFact[], lang: Lang): string {
  const n = lexicon.name(key);
  const name = lang === 'en' ? n.en : n.zh;
  return name === key ? (facts[0]?.label ?? key) : name;
}
