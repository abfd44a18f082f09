import type { Lang } from '../../domain/answer.js';
import type { CatalogDoc } from '../../domain/document-catalog.js';
import type { StoredDocument } from '../../domain/types.js';
import { AnswerBuilder } from '../answer-builder.js';
import type { Candidate, EngineAnswer } from '../engine.js';
import { normalizeQuestion } from '../question-text.js';
import type { Understanding } from '../understand.js';
import { verifyClaims } from '../verify.js';

const LISTED = 8;

export const candidateOf = (d: CatalogDoc): Candidate => ({ docId: d.id, department: d.department, ...(d.district ? { district: d.district } : {}), year: d.year });

const NO_DOCUMENT: StoredDocument = { id: '', sourceName: '', title: '', department: '', year: 0, text: '', subUnits: [] };

function listNames(b: AnswerBuilder, docs: CatalogDoc[]): string {
  const shown = docs.slice(0, LISTED).map((d) => b.t(`${b.name(d.department)}（${d.year}年）`, `${b.name(d.department)} (${d.year})`));
  const more = docs.length - shown.length;
  return shown.join(b.t('、', '; ')) + (more > 0 ? b.t(`等${b.count(docs.length, 'departments offered')}个`, `; and ${b.count(more, 'more departments')} more`) : '');
}

/** A message with no figure but counts, names and years: composed and verified like any answer. */
function message(lang: Lang, say: (b: AnswerBuilder) => void): { text: string; verified: boolean } {
  const b = new AnswerBuilder(NO_DOCUMENT, lang);
  say(b);
  const d = b.build('clarify');
  return { text: d.text, verified: verifyClaims({ text: d.text, spans: d.spans, citations: d.citations, phones: d.phones, names: d.names }).ok };
}

/**
 * Several departments fit the question and nothing says which: ask, listing them (never answer from the first).
 * The turn's understanding is kept, so "荣昌区的" next answers the same question for the one picked.
 */
export function chooseDepartment(question: string, lang: Lang, candidates: CatalogDoc[], reason: 'ambiguous' | 'unnamed', u: Understanding | undefined): EngineAnswer {
  const { text: answer, verified } = message(lang, (b) => {
    const names = listNames(b, candidates);
    if (reason === 'ambiguous') {
      b.say(`您说的部门对应多个已收录的部门：${names}。请问是哪一个？（可加上区县名，或在页面上选择部门。）`, `More than one loaded department has that name: ${names}. Which one do you mean? (Add the district, or pick the department on the page.)`);
    } else {
      const n = b.count(candidates.length, 'loaded departments');
      b.say(`已收录${n}个部门的预算说明，请问您问的是哪个部门？例如：${names}。（可在问题中写明部门，或在页面上选择部门。）`, `Budget documents of ${n} departments are loaded. Which department do you mean? For example: ${names}. (Name it in the question, or pick it on the page.)`);
    }
  });
  const understanding: Understanding = {
    ...(u ?? { intent: 'clarify', items: [], year: 'current', lang, followUp: false, text: normalizeQuestion(question) }),
    candidates: candidates.map((d) => d.id),
  };
  delete understanding.docId;
  delete understanding.docIds;
  return {
    answer,
    status: 'clarify',
    numbers: [],
    citations: [],
    verified,
    engine: 'rules',
    understanding,
    trace: [`route choose (${reason}): ${candidates.length} candidate(s)`],
    candidates: candidates.map(candidateOf),
  };
}

/** The question names a department that is not loaded: say so, with the closest loaded names. */
export function unknownDepartment(question: string, lang: Lang, name: string, close: CatalogDoc[]): EngineAnswer {
  const { text: answer, verified } = message(lang, (b) => {
    const near = close.length ? listNames(b, close) : '';
    b.say(`本服务没有收录“${name}”的预算说明。${near ? `名称相近的已收录部门有：${near}。` : ''}`, `There is no budget document for "${name}" here.${near ? ` Loaded departments with similar names: ${near}.` : ''}`);
  });
  return {
    answer,
    status: 'not_found',
    numbers: [],
    citations: [],
    verified,
    engine: 'rules',
    understanding: { intent: 'not_found', items: [], year: 'current', lang, followUp: false, text: normalizeQuestion(question), candidates: close.map((d) => d.id) },
    trace: [`route unknown department "${name}": ${close.length} close match(es)`],
    candidates: close.map(candidateOf),
  };
}
